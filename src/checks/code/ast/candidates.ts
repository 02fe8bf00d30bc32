// The walk over a parsed file: records every binding in the folder (so hoisted helpers and later declarations are
// known before any check runs) and collects, in source order, the nodes the sink families check afterwards.
import type { AnyNode, Program } from 'acorn';
import { fullAncestor } from 'acorn-walk';
import type { FileScan } from './file-scan.js';
import { isFunctionNode } from './js-ast.js';
import { CHILD_PROCESS_MEMBERS } from './module-capabilities.js';
import type { StringFolder } from './string-eval.js';
import { noteObfuscatedId } from './sinks/obfuscation.js';
import { noteImportedModule } from './sinks/modules.js';
import { noteChildProcessImport } from './sinks/process.js';

export interface Candidate {
  node: AnyNode;
  parent: AnyNode | undefined;
  /** For calls: the nearest enclosing function, whose parameters shadow file-level names. */
  enclosing?: AnyNode;
}

// Members worth a look even when written out: the rest only matter when computed (`obj['ex' + 'ec']`).
const INTERESTING_MEMBERS = new Set([
  'env', '_compile', 'constructor', 'fetch', 'sendBeacon', 'ethereum', 'XMLHttpRequest', 'WebSocket', 'binding', '_linkedBinding',
  ...CHILD_PROCESS_MEMBERS,
]);

const ALWAYS_CHECKED = new Set([
  'CallExpression', 'NewExpression', 'ImportDeclaration', 'ImportExpression', 'ExportNamedDeclaration', 'ExportAllDeclaration',
  'ForInStatement', 'TemplateLiteral',
]);

export function collectCandidates(program: Program, scan: FileScan): Candidate[] {
  const candidates: Candidate[] = [];
  fullAncestor(program, (node, _state, ancestors) => {
    const parent = ancestors[ancestors.length - 2];
    recordBinding(node, scan.folder);
    noteObfuscatedId(scan, node);
    noteChildProcessImport(scan, node);
    noteImportedModule(scan, node);
    if (!isCandidate(node, parent)) return;
    if (node.type === 'CallExpression' || node.type === 'NewExpression') candidates.push({ node, parent, enclosing: enclosingFunction(ancestors) });
    else candidates.push({ node, parent });
  });
  return candidates;
}

function recordBinding(node: AnyNode, folder: StringFolder): void {
  if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && node.init) {
    folder.bind(node.id.name, node.init);
    if (isFunctionNode(node.init)) folder.defineFunction(node.id.name, node.init);
  } else if (node.type === 'AssignmentExpression' && node.left.type === 'Identifier') {
    folder.bind(node.left.name, node.right);
  } else if (node.type === 'FunctionDeclaration' && node.id) {
    folder.defineFunction(node.id.name, node);
  }
}

function isCandidate(node: AnyNode, parent: AnyNode | undefined): boolean {
  switch (node.type) {
    case 'VariableDeclarator':
      return node.id.type === 'ObjectPattern' && node.init !== null && node.init !== undefined;
    case 'AssignmentExpression':
      return node.left.type === 'MemberExpression';
    case 'Identifier':
      return node.name === 'XMLHttpRequest' || node.name === 'WebSocket';
    case 'MemberExpression': {
      const property = node.property as AnyNode;
      return node.computed
        ? property.type !== 'Literal' || typeof property.value === 'string'
        : property.type === 'Identifier' && INTERESTING_MEMBERS.has(property.name);
    }
    case 'BinaryExpression':
      // Only the outermost `+` of a chain: its folded value covers the parts.
      return node.operator === '+' && !(parent?.type === 'BinaryExpression' && parent.operator === '+');
    case 'Literal':
      return typeof node.value === 'string' && node.value.length >= 4;
    case 'ArrayExpression':
      // Character codes spell text only in printable ASCII; lookup tables of small numbers never get this far.
      return node.elements.length >= 4 && node.elements.every((e) => e?.type === 'Literal' && typeof e.value === 'number' && e.value >= 9 && e.value <= 126);
    default:
      return ALWAYS_CHECKED.has(node.type);
  }
}

function enclosingFunction(ancestors: AnyNode[]): AnyNode | undefined {
  for (let i = ancestors.length - 2; i >= 0; i--) {
    const t = ancestors[i]!.type;
    if (t === 'FunctionDeclaration' || t === 'FunctionExpression' || t === 'ArrowFunctionExpression') return ancestors[i];
  }
  return undefined;
}
