// The facts of one parsed file: the walk collects bindings and candidate nodes first (so hoisted helpers and later
// declarations are known), then each candidate goes, in source order, to the sink families that check its kind:
// process, network, eval, env, filesystem, globals, plus modules, strings and obfuscation (in sinks/).
// The order of the family calls per node is part of the output: the first place a fact key shows up is the one
// reported, and the folder memoizes, so keep it when adding a family.
import type { AnyNode, MemberExpression, ObjectPattern, Program } from 'acorn';
import { collectCandidates, type Candidate } from './candidates.js';
import { startFileScan, type AstContext, type CallNode, type CallSite, type FileScan } from './file-scan.js';
import { memberKey, refersTo } from './references.js';
import type { StringFolder } from './string-eval.js';
import { envCallFacts, envDestructuringFacts, envEnumerationFacts, envMemberFacts, noteChildEnvironment, secretNameFacts } from './sinks/env.js';
import { evalMemberFacts, evalMethodFacts, evalTargetFacts } from './sinks/eval.js';
import { pathJoinFacts } from './sinks/filesystem.js';
import { computedGlobalCallFacts, computedGlobalReachFacts, globalHookFacts, walletFacts } from './sinks/globals.js';
import { dynamicImportFacts, importedNames, importFacts, moduleUseFacts, reexportFacts, requireFacts } from './sinks/modules.js';
import { fetchCallFacts, networkGlobalFacts, networkMemberFacts, requestOptionHostFacts } from './sinks/network.js';
import { charCodeFacts, hexIdentifierFacts } from './sinks/obfuscation.js';
import { childProcessCallFacts, childProcessDestructuringFacts, childProcessImportFacts, processMemberFacts } from './sinks/process.js';
import { charCodeArrayFacts, concatenationFacts, decodedCallFacts, literalFacts, templateFacts } from './sinks/strings.js';

export type { AstContext } from './file-scan.js';

export function astFacts(program: Program, ctx: AstContext): void {
  const scan = startFileScan(ctx);
  scan.textModule = isTextModule(program);
  const candidates = collectCandidates(program, scan);
  for (const { node } of candidates) {
    if (node.type === 'CallExpression' || node.type === 'NewExpression') noteChildEnvironment(scan, { node, args: node.arguments.filter((a) => a.type !== 'SpreadElement') as CallSite['args'] });
  }
  for (const candidate of candidates) candidateFacts(scan, candidate);
  hexIdentifierFacts(scan);
  secretNameFacts(scan);
}

function candidateFacts(scan: FileScan, { node, parent, enclosing }: Candidate): void {
  switch (node.type) {
    case 'CallExpression':
    case 'NewExpression':
      return callFacts(scan, node, parent, enclosing);
    case 'ImportExpression':
      return dynamicImportFacts(scan, node, parent);
    case 'ImportDeclaration': {
      const names = importedNames(node);
      importFacts(scan, node, parent, names);
      return childProcessImportFacts(scan, node, names);
    }
    case 'ExportNamedDeclaration':
    case 'ExportAllDeclaration':
      return reexportFacts(scan, node, parent);
    case 'VariableDeclarator': {
      if (node.id.type !== 'ObjectPattern' || !node.init) return;
      const keys = destructuredKeys(node.id, scan.folder);
      envDestructuringFacts(scan, node, node.init, keys);
      return childProcessDestructuringFacts(scan, node, node.init, keys);
    }
    case 'ForInStatement':
      return envEnumerationFacts(scan, node);
    case 'AssignmentExpression':
      return globalHookFacts(scan, node);
    case 'MemberExpression':
      return memberFacts(scan, node, parent);
    case 'Identifier':
      return networkGlobalFacts(scan, node);
    case 'Literal':
      return literalFacts(scan, node, parent);
    case 'TemplateLiteral':
      return templateFacts(scan, node);
    case 'ArrayExpression':
      return charCodeArrayFacts(scan, node);
    case 'BinaryExpression':
      return concatenationFacts(scan, node);
    default:
      return;
  }
}

function callFacts(scan: FileScan, node: CallNode, parent: AnyNode | undefined, enclosing: AnyNode | undefined): void {
  const args = node.arguments.filter((a) => a.type !== 'SpreadElement') as CallSite['args'];
  const site: CallSite = { node, parent, enclosing, args };
  envCallFacts(scan, site);
  requireFacts(scan, site);
  const callee = node.callee as AnyNode;
  const target = refersTo(callee, scan.folder);
  evalTargetFacts(scan, site, target);
  fetchCallFacts(scan, site, target);
  requestOptionHostFacts(scan, site);
  const method = callee.type === 'MemberExpression' ? memberKey(callee, scan.folder) : callee.type === 'Identifier' ? callee.name : undefined;
  evalMethodFacts(scan, site, method);
  charCodeFacts(scan, site, method);
  decodedCallFacts(scan, site, method);
  pathJoinFacts(scan, site, method);
  childProcessCallFacts(scan, site);
  moduleUseFacts(scan, site);
}

/** Checks in a fixed order; a family that recognizes the member settles it and the later ones skip it. */
function memberFacts(scan: FileScan, node: MemberExpression, parent: AnyNode | undefined): void {
  const key = memberKey(node, scan.folder);
  if (key === undefined) return computedGlobalCallFacts(scan, node, parent);
  const call = parent?.type === 'CallExpression' && parent.callee === node ? parent : undefined;
  const member = { node, key, object: node.object as AnyNode, parent, call };
  if (envMemberFacts(scan, member) || evalMemberFacts(scan, member) || processMemberFacts(scan, member)) return;
  const target = refersTo(node, scan.folder);
  computedGlobalReachFacts(scan, member, target);
  networkMemberFacts(scan, member, target);
  walletFacts(scan, member, target);
}

/** The keys of `{ a, 'b': c, [k]: d }`, in order; undefined where a computed key does not fold. */
function destructuredKeys(pattern: ObjectPattern, folder: StringFolder): Array<string | undefined> {
  return pattern.properties.map((p) => {
    if (p.type !== 'Property') return undefined;
    if (p.computed) return folder.fold(p.key)?.value;
    return p.key.type === 'Identifier' ? p.key.name : p.key.type === 'Literal' ? String(p.key.value) : undefined;
  });
}

/** `export default \`...\`` or `module.exports = '...'` and nothing else: a file that is text wrapped as a module. */
function isTextModule(program: Program): boolean {
  if (program.body.length !== 1) return false;
  const only = program.body[0]!;
  const isText = (node: AnyNode) => (node.type === 'Literal' && typeof node.value === 'string') || (node.type === 'TemplateLiteral' && node.expressions.length === 0);
  if (only.type === 'ExportDefaultDeclaration') return isText(only.declaration as AnyNode);
  return (
    only.type === 'ExpressionStatement' &&
    only.expression.type === 'AssignmentExpression' &&
    only.expression.left.type === 'MemberExpression' &&
    !only.expression.left.computed &&
    only.expression.left.property.type === 'Identifier' &&
    only.expression.left.property.name === 'exports' &&
    isText(only.expression.right)
  );
}
