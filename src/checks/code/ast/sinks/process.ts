// Starting programs: `child_process` members reached through an import, a `require`, an alias or destructuring,
// and Node's internal spawn bindings (`process.binding('spawn_sync')`) that skip `child_process` altogether.
import type { AnyNode, ImportDeclaration, VariableDeclarator } from 'acorn';
import { addFact, declareFact, useFact, type CallSite, type FileScan, type MemberSite } from '../file-scan.js';
import { CHILD_PROCESS_MEMBERS, childProcessMemberFact, moduleBase, moduleFact } from '../module-capabilities.js';
import { partialString, UNKNOWN } from '../partial-string.js';
import { programFact, programOfCommand } from '../programs.js';
import { memberKey, refersTo } from '../references.js';
import { requireSpecifier } from './modules.js';

const MAX_ALIAS_HOPS = 3;
const SPAWN_BINDINGS = new Set(['spawn_sync', 'process_wrap']);

/** Called by the walk for every node: names bound to the module itself by `import cp from` / `import * as cp from`. */
export function noteChildProcessImport(scan: FileScan, node: AnyNode): void {
  if (node.type !== 'ImportDeclaration' || moduleBase(String(node.source.value)) !== 'child_process') return;
  for (const spec of node.specifiers) {
    if (spec.type !== 'ImportSpecifier') scan.childProcessNames.add(spec.local.name);
    else if (spec.imported.type === 'Identifier' && CHILD_PROCESS_MEMBERS.has(spec.imported.name)) scan.childProcessFunctions.set(spec.local.name, spec.imported.name);
  }
}

/** True for the `child_process` module: a name imported or bound to it, or `require('child_process')` itself. */
export function isChildProcess(scan: FileScan, node: AnyNode, hops = 0): boolean {
  if (hops > MAX_ALIAS_HOPS) return false;
  if (node.type === 'Identifier') {
    if (scan.childProcessNames.has(node.name)) return true;
    const bound = scan.folder.boundExpression(node.name);
    return bound !== undefined && isChildProcess(scan, bound, hops + 1);
  }
  const required = requireSpecifier(scan, node);
  return required !== undefined && moduleBase(required.spec) === 'child_process';
}

/** `import { exec } from 'child_process'`; `names` are the imported names, in order. */
export function childProcessImportFacts(scan: FileScan, node: ImportDeclaration, names: string[]): void {
  if (moduleBase(String(node.source.value)) !== 'child_process') return;
  for (const name of names) if (CHILD_PROCESS_MEMBERS.has(name)) declareFact(scan, childProcessMemberFact(scan.path, name), node);
}

/** `const { exec } = require('child_process')`; `keys` are the destructured keys, in order. */
export function childProcessDestructuringFacts(scan: FileScan, node: VariableDeclarator, init: AnyNode, keys: Array<string | undefined>): void {
  if (!isChildProcess(scan, init) || node.id.type !== 'ObjectPattern') return;
  node.id.properties.forEach((property, i) => {
    const key = keys[i];
    if (!key || !CHILD_PROCESS_MEMBERS.has(key)) return;
    declareFact(scan, childProcessMemberFact(scan.path, key), node);
    if (property.type === 'Property' && property.value.type === 'Identifier') scan.childProcessFunctions.set(property.value.name, key);
  });
}

/** The callee without the wrappers compilers add: `(0, cp.execSync)(...)` calls `cp.execSync`. */
function unwrapCallee(node: AnyNode): AnyNode {
  if (node.type === 'SequenceExpression') return unwrapCallee(node.expressions[node.expressions.length - 1]!);
  if (node.type === 'ParenthesizedExpression') return unwrapCallee(node.expression);
  return node;
}

/**
 * A call that starts a program (`cp.execSync('npm ...')`, `spawnSync(process.execPath, ...)`): the capability's
 * evidence moves to this call, and the program it starts, when the code names it, is a fact of its own, so that a
 * package that already ran programs is still reported when it starts a new kind of program.
 */
export function childProcessCallFacts(scan: FileScan, site: CallSite): void {
  const callee = unwrapCallee(site.node.callee as AnyNode);
  let member: string | undefined;
  if (callee.type === 'Identifier') member = scan.childProcessFunctions.get(callee.name);
  else if (callee.type === 'MemberExpression') {
    const key = memberKey(callee, scan.folder);
    if (key !== undefined && CHILD_PROCESS_MEMBERS.has(key) && isChildProcess(scan, callee.object as AnyNode)) member = key;
  }
  if (member === undefined) return;
  useFact(scan, childProcessMemberFact(scan.path, member), site.node);
  useFact(scan, moduleFact(scan.path, 'child_process')!, site.node);
  const first = site.args[0];
  if (member === 'fork' || first === undefined) return;
  const program = isExecPath(scan, first) ? 'node' : programOfCommand(partialString(first, scan.folder), member === 'exec' || member === 'execSync');
  if (program !== undefined && !program.includes(UNKNOWN)) scan.out.add(programFact(scan.path, program), site.node.start, site.node.end);
}

/** `process.execPath`: the running node binary. */
function isExecPath(scan: FileScan, node: AnyNode): boolean {
  return node.type === 'MemberExpression' && memberKey(node, scan.folder) === 'execPath' && refersTo(node.object as AnyNode, scan.folder) === 'process';
}

/** `cp.exec`, `cp['ex' + 'ec']`, `process.binding('spawn_sync')`; true when the member is settled here and no later family looks at it. */
export function processMemberFacts(scan: FileScan, member: MemberSite): boolean {
  const { key, node, object, call } = member;
  if (CHILD_PROCESS_MEMBERS.has(key) && isChildProcess(scan, object)) {
    declareFact(scan, childProcessMemberFact(scan.path, key), node);
    return true;
  }
  if ((key !== 'binding' && key !== '_linkedBinding') || !call || refersTo(object, scan.folder) !== 'process') return false;
  const arg = call.arguments[0];
  const name = arg && arg.type !== 'SpreadElement' ? scan.folder.fold(arg)?.value : undefined;
  if (name !== undefined && SPAWN_BINDINGS.has(name)) {
    addFact(
      scan,
      {
        key: `shell:process.binding:${name}`,
        kind: 'shell',
        severity: 'high',
        detail: `${scan.path} reaches Node's internal \`${name}\` binding through \`process.${key}\`, starting programs without going through \`child_process\`.`,
      },
      node,
    );
  }
  return true;
}
