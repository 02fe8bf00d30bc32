// Harvesting environment variables: enumerating, serializing or sending `process.env`, and reading many variables
// with secret-looking names. Reading a few named variables is ordinary and only tallied.
import type { AnyNode, ForInStatement, VariableDeclarator } from 'acorn';
import { enumerateFact, envCallFact, isEnvValue, isSecretName, SECRET_NAME_THRESHOLD, secretNamesFact } from '../env-usage.js';
import { CHILD_PROCESS_MEMBERS } from '../module-capabilities.js';
import { addFact, type CallSite, type FileScan, type MemberSite } from '../file-scan.js';
import { memberKey, refersTo } from '../references.js';

const MAX_ENV_NAMES = 500;

function readEnv(scan: FileScan, name: string, offset: number): void {
  if (!scan.envNames.has(name) && scan.envNames.size < MAX_ENV_NAMES) scan.envNames.set(name, offset);
}

// Functions that start a program and take its environment as an `env` option (child_process, execa, cross-spawn).
const SPAWNERS = new Set([...CHILD_PROCESS_MEMBERS, 'execa', 'execaSync', 'execaNode', 'execaCommand', 'crossSpawn']);

/** `JSON.stringify(process.env)`, `Object.keys(process.env)`, `fetch(u, { body: process.env })`. */
export function envCallFacts(scan: FileScan, site: CallSite): void {
  const forChild = scan.childEnvRanges.some(([start, end]) => site.node.start >= start && site.node.end <= end);
  const fact = envCallFact(scan.path, site.node, scan.folder, site.parent, forChild);
  if (fact) addFact(scan, fact, site.node);
}

/**
 * `spawn(cmd, args, { env: Object.fromEntries(Object.entries(process.env).filter(...)) })`, or the same through a
 * name bound to the options or the env value: code that builds a child's environment copies variables, it does not
 * harvest them. Noted for every call before any call is checked: the env value may be built above the spawn.
 */
export function noteChildEnvironment(scan: FileScan, site: Pick<CallSite, 'node' | 'args'>): void {
  const callee = site.node.callee as AnyNode;
  const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? memberKey(callee, scan.folder) : undefined;
  if (name === undefined || !SPAWNERS.has(name)) return;
  for (const arg of site.args) {
    const options = arg.type === 'Identifier' ? scan.folder.boundExpression(arg.name) : arg;
    if (options?.type !== 'ObjectExpression') continue;
    for (const property of options.properties) {
      if (property.type !== 'Property' || property.computed || memberName(property.key as AnyNode) !== 'env') continue;
      const value = property.value as AnyNode;
      scan.childEnvRanges.push([value.start, value.end]);
      // `env: copy` and `env: { ...copy, X: '1' }`: the copy may be built above the call.
      const names = value.type === 'Identifier' ? [value] : value.type === 'ObjectExpression' ? value.properties.flatMap((p) => (p.type === 'SpreadElement' && p.argument.type === 'Identifier' ? [p.argument] : [])) : [];
      for (const name of names) {
        const bound = scan.folder.boundExpression(name.name);
        if (bound) scan.childEnvRanges.push([bound.start, bound.end]);
      }
    }
  }
}

function memberName(key: AnyNode): string | undefined {
  return key.type === 'Identifier' ? key.name : key.type === 'Literal' ? String(key.value) : undefined;
}

/** `const { NPM_TOKEN, AWS_SECRET } = process.env`; `keys` are the destructured keys, in order. */
export function envDestructuringFacts(scan: FileScan, node: VariableDeclarator, init: AnyNode, keys: Array<string | undefined>): void {
  if (isEnvValue(init, scan.folder)) for (const key of keys) if (key) readEnv(scan, key, node.start);
}

/** `for (const k in process.env)`. */
export function envEnumerationFacts(scan: FileScan, node: ForInStatement): void {
  if (isEnvValue(node.right, scan.folder)) addFact(scan, enumerateFact(scan.path), node);
}

/** `process.env.NAME`, `process.env['NAME']`; true when the member is `process.env`, which no later family looks at. */
export function envMemberFacts(scan: FileScan, member: MemberSite): boolean {
  const { key, node, object, parent } = member;
  if (key !== 'env' || refersTo(object, scan.folder) !== 'process') return false;
  if (parent?.type === 'MemberExpression' && parent.object === node) {
    const name = memberKey(parent, scan.folder);
    if (name) readEnv(scan, name, parent.start);
  }
  return true;
}

/** Once the file is walked: many secret-looking names read one by one are a credential stealer's shopping list. */
export function secretNameFacts(scan: FileScan): void {
  const secretNames = [...scan.envNames.keys()].filter(isSecretName);
  if (secretNames.length >= SECRET_NAME_THRESHOLD) scan.out.add(secretNamesFact(scan.path, secretNames), scan.envNames.get(secretNames[0]!)!);
}
