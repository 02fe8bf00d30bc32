// String values in code: literals, templates, `+` chains and decoding calls, each checked by `stringFacts` for
// hosts, secret files, encoded blobs and hidden code.
import type { BinaryExpression, Literal, TemplateLiteral } from 'acorn';
import type { CallSite, FileScan } from '../file-scan.js';
import { partialString, templateText } from '../partial-string.js';
import { stringFacts } from '../string-facts.js';

// Calls whose result is worth folding: decoders and string builders (identifier callees, possibly helpers, always are).
const FOLDING_CALLS = new Set(['atob', 'from', 'fromCharCode', 'join', 'toString', 'decodeURIComponent', 'unescape', 'concat', 'replace', 'replaceAll']);

export function literalFacts(scan: FileScan, node: Literal): void {
  if (typeof node.value === 'string') stringFacts(scan, node.value, node.start, { raw: node.raw });
}

export function templateFacts(scan: FileScan, node: TemplateLiteral): void {
  stringFacts(scan, templateText(node), node.start);
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
