// Strings whose parts are only partly known: enough to see `${home}/.npmrc` or `'https://' + host + '/x'`.
import type { AnyNode, TemplateLiteral } from 'acorn';
import { memberKey, refersTo } from './references.js';
import type { StringFolder } from './string-eval.js';

/** Stands for the unknown parts of a partly constant string; never part of a real path, host or glob. */
export const UNKNOWN = '\u0001';

const MAX_DEPTH = 50;

/** The constant text of a template literal, with each `${...}` as UNKNOWN. */
export function templateText(node: TemplateLiteral): string {
  return node.quasis.map((q) => q.value.cooked ?? '').join(UNKNOWN);
}

const HOME_VARIABLES = new Set(['HOME', 'USERPROFILE', 'HOMEPATH']);
/** Names people give the home folder: `home`, `homeDir`, `userHome`, `HOME_DIR`. */
const HOME_NAME = /^(user_?)?home(_?dir(ectory)?)?$/i;

/**
 * True for an expression that is the user's home folder: `os.homedir()`, `process.env.HOME` / `USERPROFILE`,
 * `os.userInfo().homedir`, or a name bound to (or named for) one of them.
 */
export function isHomeDirectory(node: AnyNode, folder: StringFolder, hops = 0): boolean {
  if (hops > 4) return false;
  switch (node.type) {
    case 'CallExpression': {
      const callee = node.callee as AnyNode;
      return (callee.type === 'MemberExpression' && memberKey(callee, folder) === 'homedir') || (callee.type === 'Identifier' && callee.name === 'homedir');
    }
    case 'MemberExpression': {
      const key = memberKey(node, folder);
      if (key === 'homedir') return true;
      const object = node.object as AnyNode;
      return key !== undefined && HOME_VARIABLES.has(key) && object.type === 'MemberExpression' && memberKey(object, folder) === 'env' && refersTo(object.object as AnyNode, folder) === 'process';
    }
    case 'LogicalExpression':
      return isHomeDirectory(node.left, folder, hops + 1) || isHomeDirectory(node.right, folder, hops + 1);
    case 'Identifier': {
      const bound = folder.boundExpression(node.name);
      return bound !== undefined ? isHomeDirectory(bound, folder, hops + 1) : HOME_NAME.test(node.name);
    }
    default:
      return false;
  }
}

/**
 * The folded value, or the known parts of a `+` chain or template with the unknown parts marked; the home folder
 * is spelled `~`, so that `path.join(os.homedir(), '.npmrc')` reads `~/.npmrc`.
 */
export function partialString(node: AnyNode, folder: StringFolder, depth = 0): string {
  if (depth > MAX_DEPTH) return UNKNOWN;
  const folded = folder.fold(node);
  if (folded) return folded.value;
  if (isHomeDirectory(node, folder)) return '~';
  if (node.type === 'BinaryExpression' && node.operator === '+') return partialString(node.left as AnyNode, folder, depth + 1) + partialString(node.right, folder, depth + 1);
  if (node.type === 'TemplateLiteral') {
    return node.quasis.map((q, i) => (q.value.cooked ?? '') + (i < node.expressions.length ? partialString(node.expressions[i] as AnyNode, folder, depth + 1) : '')).join('');
  }
  return UNKNOWN;
}
