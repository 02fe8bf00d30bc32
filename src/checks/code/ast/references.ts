// Which global a name or member expression stands for, through aliases and computed keys:
// `global['ev' + 'al']`, `const e = eval`, `(0, eval)`, `globalThis[key]` with a constant key.
import type { AnyNode } from 'acorn';
import type { StringFolder } from './string-eval.js';

const GLOBAL_OBJECTS = new Set(['global', 'globalThis', 'window', 'self']);
const KNOWN_GLOBALS = new Set([
  'eval', 'Function', 'require', 'process', 'module', 'fetch', 'XMLHttpRequest', 'WebSocket', 'navigator',
  'setTimeout', 'setInterval', 'Buffer', 'atob', 'ethereum', ...GLOBAL_OBJECTS,
]);

/** The name of a member's property: the identifier, or the folded value of a computed key. */
export function memberKey(node: AnyNode, folder: StringFolder): string | undefined {
  if (node.type !== 'MemberExpression') return undefined;
  const property = node.property as AnyNode;
  if (!node.computed) return property.type === 'Identifier' ? property.name : undefined;
  return folder.fold(property)?.value;
}

export function isGlobalObject(node: AnyNode, folder: StringFolder): boolean {
  const name = refersTo(node, folder);
  return name !== undefined && GLOBAL_OBJECTS.has(name);
}

/** The well-known global `node` refers to, if any (`window.fetch` -> 'fetch', `global['ev'+'al']` -> 'eval'). */
export function refersTo(node: AnyNode, folder: StringFolder, hops = 0): string | undefined {
  if (hops > 4) return undefined;
  switch (node.type) {
    case 'Identifier': {
      const bound = folder.boundExpression(node.name);
      if (bound && (bound.type === 'Identifier' || bound.type === 'MemberExpression' || bound.type === 'SequenceExpression')) {
        const alias = refersTo(bound, folder, hops + 1);
        if (alias) return alias;
      }
      if (bound && bound.type === 'CallExpression' && refersTo(bound.callee as AnyNode, folder, hops + 1) === 'createRequire') return 'require';
      return KNOWN_GLOBALS.has(node.name) || node.name === 'createRequire' ? node.name : undefined;
    }
    case 'MemberExpression': {
      const object = node.object as AnyNode;
      const key = memberKey(node, folder);
      if (key === undefined) return undefined;
      const owner = refersTo(object, folder, hops + 1);
      if (owner && GLOBAL_OBJECTS.has(owner) && KNOWN_GLOBALS.has(key)) return key;
      if (key === 'require' && (owner === 'module' || (object.type === 'MemberExpression' && memberKey(object, folder) === 'mainModule'))) return 'require';
      if (key === 'createRequire') return 'createRequire';
      return undefined;
    }
    case 'SequenceExpression':
      return refersTo(node.expressions[node.expressions.length - 1]!, folder, hops + 1);
    case 'ParenthesizedExpression':
      return refersTo(node.expression, folder, hops + 1);
    default:
      return undefined;
  }
}
