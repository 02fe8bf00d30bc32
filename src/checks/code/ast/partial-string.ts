// Strings whose parts are only partly known: enough to see `${home}/.npmrc` or `'https://' + host + '/x'`.
import type { AnyNode, TemplateLiteral } from 'acorn';
import type { StringFolder } from './string-eval.js';

/** Stands for the unknown parts of a partly constant string; never part of a real path, host or glob. */
export const UNKNOWN = '\u0001';

const MAX_DEPTH = 50;

/** The constant text of a template literal, with each `${...}` as UNKNOWN. */
export function templateText(node: TemplateLiteral): string {
  return node.quasis.map((q) => q.value.cooked ?? '').join(UNKNOWN);
}

/** The folded value, or the known parts of a `+` chain or template with the unknown parts marked. */
export function partialString(node: AnyNode, folder: StringFolder, depth = 0): string {
  if (depth > MAX_DEPTH) return UNKNOWN;
  const folded = folder.fold(node);
  if (folded) return folded.value;
  if (node.type === 'BinaryExpression' && node.operator === '+') return partialString(node.left as AnyNode, folder, depth + 1) + partialString(node.right, folder, depth + 1);
  if (node.type === 'TemplateLiteral') return templateText(node);
  return UNKNOWN;
}
