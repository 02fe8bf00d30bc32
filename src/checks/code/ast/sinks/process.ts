// Starting programs: `child_process` members reached through an import, a `require`, an alias or destructuring,
// and Node's internal spawn bindings (`process.binding('spawn_sync')`) that skip `child_process` altogether.
import type { AnyNode, ImportDeclaration, VariableDeclarator } from 'acorn';
import { addFact, type FileScan, type MemberSite } from '../file-scan.js';
import { CHILD_PROCESS_MEMBERS, childProcessMemberFact, moduleBase } from '../module-capabilities.js';
import { refersTo } from '../references.js';
import { requireSpecifier } from './modules.js';

const MAX_ALIAS_HOPS = 3;
const SPAWN_BINDINGS = new Set(['spawn_sync', 'process_wrap']);

/** Called by the walk for every node: names bound to the module itself by `import cp from` / `import * as cp from`. */
export function noteChildProcessImport(scan: FileScan, node: AnyNode): void {
  if (node.type !== 'ImportDeclaration' || moduleBase(String(node.source.value)) !== 'child_process') return;
  for (const spec of node.specifiers) if (spec.type !== 'ImportSpecifier') scan.childProcessNames.add(spec.local.name);
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
  for (const name of names) if (CHILD_PROCESS_MEMBERS.has(name)) addFact(scan, childProcessMemberFact(scan.path, name), node);
}

/** `const { exec } = require('child_process')`; `keys` are the destructured keys, in order. */
export function childProcessDestructuringFacts(scan: FileScan, node: VariableDeclarator, init: AnyNode, keys: Array<string | undefined>): void {
  if (!isChildProcess(scan, init)) return;
  for (const key of keys) if (key && CHILD_PROCESS_MEMBERS.has(key)) addFact(scan, childProcessMemberFact(scan.path, key), node);
}

/** `cp.exec`, `cp['ex' + 'ec']`, `process.binding('spawn_sync')`; true when the member is settled here and no later family looks at it. */
export function processMemberFacts(scan: FileScan, member: MemberSite): boolean {
  const { key, node, object, call } = member;
  if (CHILD_PROCESS_MEMBERS.has(key) && isChildProcess(scan, object)) {
    addFact(scan, childProcessMemberFact(scan.path, key), node);
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
