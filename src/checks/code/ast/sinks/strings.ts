// String values in code: literals, templates, `+` chains and decoding calls, each checked by `stringFacts` for
// hosts, secret files, encoded blobs and hidden code.
import type { AnyNode, ArrayExpression, BinaryExpression, Literal, TemplateLiteral } from 'acorn';
import { decodeCharCodes } from '../encoded-constants.js';
import type { CallSite, FileScan } from '../file-scan.js';
import { partialString, templateText } from '../partial-string.js';
import { memberKey } from '../references.js';
import { encodedConstantFacts, hostOptionFacts, stringFacts } from '../string-facts.js';

// Calls whose result is worth folding: decoders and string builders (identifier callees, possibly helpers, always are).
const FOLDING_CALLS = new Set(['atob', 'from', 'fromCharCode', 'join', 'toString', 'decodeURIComponent', 'unescape', 'concat', 'replace', 'replaceAll']);

const PATH_BUILDERS = new Set(['join', 'resolve']);

/** A literal that is one part of a path built around it (`home + '/.npmrc'`, `path.join(cwd, '.npmrc')`). */
function isPathPart(scan: FileScan, node: Literal, parent: AnyNode | undefined): boolean {
  if (parent?.type === 'BinaryExpression' && parent.operator === '+') return true;
  if ((parent?.type !== 'CallExpression' && parent?.type !== 'NewExpression') || parent.callee === node || parent.arguments.length < 2) return false;
  const callee = parent.callee as AnyNode;
  const name = callee.type === 'MemberExpression' ? memberKey(callee, scan.folder) : callee.type === 'Identifier' ? callee.name : undefined;
  return name !== undefined && PATH_BUILDERS.has(name);
}

// Option keys that name the server of a request (`https.request({ hostname })`, `http.get({ host })`, `net.connect({ host })`).
const HOST_OPTIONS = new Set(['host', 'hostname']);

/** `{ hostname: 'api.x.io' }`: the value of a host option, where a request's server is named without a URL. */
function isHostOption(node: Literal, parent: AnyNode | undefined): boolean {
  if (parent?.type !== 'Property' || parent.value !== node || parent.computed) return false;
  const key = parent.key as AnyNode;
  const name = key.type === 'Identifier' ? key.name : key.type === 'Literal' ? String(key.value) : undefined;
  return name !== undefined && HOST_OPTIONS.has(name);
}

/** `atob('...')`, `Buffer.from('...', 'hex')`: the call's decoded value is reported, not the literal again. */
function isDecoderInput(scan: FileScan, node: Literal, parent: AnyNode | undefined): boolean {
  if ((parent?.type !== 'CallExpression' && parent?.type !== 'NewExpression') || !parent.arguments.includes(node)) return false;
  return scan.folder.fold(parent)?.decoded !== undefined;
}

export function literalFacts(scan: FileScan, node: Literal, parent?: AnyNode): void {
  if (typeof node.value !== 'string') return;
  stringFacts(scan, node.value, node.start, { raw: node.raw, pathPart: isPathPart(scan, node, parent), decoderInput: isDecoderInput(scan, node, parent) });
  if (isHostOption(node, parent)) hostOptionFacts(scan, node.value, node.start);
}

export function templateFacts(scan: FileScan, node: TemplateLiteral): void {
  stringFacts(scan, node.expressions.length > 0 ? partialString(node, scan.folder) : templateText(node), node.start);
}

/** The outermost `+` of a chain: its folded value, or its known parts. */
export function concatenationFacts(scan: FileScan, node: BinaryExpression): void {
  const folded = scan.folder.fold(node);
  stringFacts(scan, folded ? folded.value : partialString(node, scan.folder), node.start, folded?.decoded ? { decoded: folded.decoded } : {});
}

/** `atob('...')`, `Buffer.from(x, 'hex').toString()`, `decode('...')`: only values that were decoded are reported. */
export function decodedCallFacts(scan: FileScan, site: CallSite, method: string | undefined): void {
  if (method === undefined || (!FOLDING_CALLS.has(method) && site.node.callee.type !== 'Identifier')) return;
  const folded = scan.folder.fold(site.node);
  if (folded?.decoded) stringFacts(scan, folded.value, site.node.start, { decoded: folded.decoded });
}

/** `[99, 104, 105, 108, 100, ...]`: an array of character codes that spells a URL, code or a module name. */
export function charCodeArrayFacts(scan: FileScan, node: ArrayExpression): void {
  const codes = node.elements.map((e) => (e?.type === 'Literal' && typeof e.value === 'number' ? e.value : -1));
  const decoded = codes.includes(-1) ? undefined : decodeCharCodes(codes);
  if (decoded) encodedConstantFacts(scan, decoded, node.start);
}
