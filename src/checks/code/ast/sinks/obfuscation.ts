// Code written to hide what it does: machine-generated names, text built from character codes, module names
// assembled at runtime. Decoded payloads and computed globals are reported by the eval and globals families.
import type { AnyNode } from 'acorn';
import type { FactInput } from '../fact-collector.js';
import { addFact, type CallSite, type FileScan } from '../file-scan.js';
import { moduleBase } from '../module-capabilities.js';

const OBFUSCATED_ID = /^_0x[0-9a-f]{4,}$/i;
const MAX_OBFUSCATED_IDS = 64;
const MIN_OBFUSCATED_IDS = 5;
/** Fewer literal char codes than this is ordinary code (`String.fromCharCode(10)`), not a hidden string. */
const MIN_CHAR_CODES = 10;

/** Called by the walk for every node: tallies `_0x1a2b`-style names. */
export function noteObfuscatedId(scan: FileScan, node: AnyNode): void {
  if (node.type !== 'Identifier' || !OBFUSCATED_ID.test(node.name)) return;
  if (scan.obfuscatedIds.size === 0) scan.firstObfuscatedId = node.start;
  if (scan.obfuscatedIds.size < MAX_OBFUSCATED_IDS) scan.obfuscatedIds.add(node.name);
}

/** Once the file is walked: enough machine-generated names mean an obfuscator went over it. */
export function hexIdentifierFacts(scan: FileScan): void {
  const { obfuscatedIds: ids, path } = scan;
  if (ids.size < MIN_OBFUSCATED_IDS) return;
  scan.out.add(
    {
      key: 'obfuscation:hex-identifiers',
      kind: 'obfuscation',
      severity: 'medium',
      detail: `${path} uses machine-generated names like \`${[...ids][0]}\` (${ids.size}${ids.size >= MAX_OBFUSCATED_IDS ? '+' : ''} of them), the mark of an obfuscator hiding what the code does.`,
    },
    scan.firstObfuscatedId,
  );
}

/** `String.fromCharCode(104, 116, ...)` or `String.fromCharCode(...[104, 116])`. */
export function charCodeFacts(scan: FileScan, site: CallSite, method: string | undefined): void {
  if (method !== 'fromCharCode') return;
  const { node } = site;
  const spreadsArray = node.arguments.some((a) => a.type === 'SpreadElement' && a.argument.type === 'ArrayExpression');
  const numberArgs = node.arguments.filter((a) => a.type === 'Literal' && typeof a.value === 'number').length;
  if (numberArgs < MIN_CHAR_CODES && !spreadsArray) return;
  addFact(
    scan,
    {
      key: 'obfuscation:char-codes',
      kind: 'obfuscation',
      severity: 'medium',
      detail: `${scan.path} builds text from numeric character codes (\`String.fromCharCode\`), a way to keep strings out of sight of reviewers and scanners.`,
    },
    node,
  );
}

export function hiddenRequireFact(path: string, specifier: string): FactInput {
  return {
    key: 'obfuscation:hidden-require',
    kind: 'obfuscation',
    severity: 'high',
    detail: `${path} assembles the module name \`${moduleBase(specifier)}\` at runtime instead of writing it out, which only serves to hide what it loads.`,
  };
}
