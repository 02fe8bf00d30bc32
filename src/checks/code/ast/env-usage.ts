// Bulk use of `process.env`: serializing, enumerating or sending every variable is how CI secrets get stolen.
// Reading one named variable, or handing `process.env` to a child process as its `env`, is ordinary and ignored.
import type { AnyNode } from 'acorn';
import { full } from 'acorn-walk';
import type { FactInput } from './fact-collector.js';
import { memberKey, refersTo } from './references.js';
import type { StringFolder } from './string-eval.js';

/** True for `process.env` itself, a copy of it (`{...process.env}`, `Object.assign({}, process.env)`), or a name bound to either. */
export function isEnvValue(node: AnyNode, folder: StringFolder, hops = 0): boolean {
  if (hops > 4) return false;
  switch (node.type) {
    case 'MemberExpression':
      return memberKey(node, folder) === 'env' && refersTo(node.object as AnyNode, folder) === 'process';
    case 'Identifier': {
      const bound = folder.boundExpression(node.name);
      return bound !== undefined && isEnvValue(bound, folder, hops + 1);
    }
    case 'ObjectExpression':
      return node.properties.some((p) => p.type === 'SpreadElement' && isEnvValue(p.argument, folder, hops + 1));
    case 'CallExpression':
      return (
        node.callee.type === 'MemberExpression' &&
        memberKey(node.callee, folder) === 'assign' &&
        node.arguments.some((arg) => arg.type !== 'SpreadElement' && isEnvValue(arg, folder, hops + 1))
      );
    case 'LogicalExpression':
      return isEnvValue(node.left, folder, hops + 1) || isEnvValue(node.right, folder, hops + 1);
    case 'ConditionalExpression':
      return isEnvValue(node.consequent, folder, hops + 1) || isEnvValue(node.alternate, folder, hops + 1);
    default:
      return false;
  }
}

/** `process.env` anywhere in a value that gets serialized: directly, or as a property of an object or array literal. */
export function carriesEnv(node: AnyNode, folder: StringFolder, depth = 0): boolean {
  if (depth > 3) return false;
  if (isEnvValue(node, folder)) return true;
  if (node.type === 'ObjectExpression') {
    return node.properties.some((p) => p.type === 'Property' && carriesEnv(p.value as AnyNode, folder, depth + 1));
  }
  if (node.type === 'ArrayExpression') {
    return node.elements.some((e) => e !== null && e.type !== 'SpreadElement' && carriesEnv(e, folder, depth + 1));
  }
  if (node.type === 'Identifier' && depth < 2) {
    const bound = folder.boundExpression(node.name);
    return bound !== undefined && bound.type === 'ObjectExpression' && carriesEnv(bound, folder, depth + 1);
  }
  return false;
}

const ENUMERATORS = new Set(['keys', 'entries', 'values', 'getOwnPropertyNames', 'getOwnPropertyDescriptors']);
const SERIALIZERS = new Set(['stringify', 'inspect', 'btoa', 'encodeURIComponent', 'escape', 'URLSearchParams']);
const SENDERS = new Set(['send', 'write', 'end', 'post', 'put', 'patch', 'request', 'fetch', 'emit', 'postMessage', 'sendBeacon', 'publish', 'upload']);

/**
 * The env fact a call amounts to when it enumerates, serializes or sends `process.env`. `forChild` says whether the
 * call builds the environment of a child process (`spawn(cmd, { env: ... })`): passing it on is not harvesting.
 */
export function envCallFact(path: string, node: AnyNode, folder: StringFolder, parent?: AnyNode, forChild = false): FactInput | undefined {
  if (node.type !== 'CallExpression' && node.type !== 'NewExpression') return undefined;
  const callee = node.callee as AnyNode;
  const name = callee.type === 'Identifier' ? callee.name : memberKey(callee, folder);
  if (name === undefined) return undefined;
  if (NARROWING.has(name) && !forChild && callee.type === 'MemberExpression' && picksSecrets(callee.object as AnyNode, node, folder)) return secretPickFact(path);
  const isEnumerator = ENUMERATORS.has(name) && callee.type === 'MemberExpression';
  if (isEnumerator && (forChild || narrowed(parent))) return undefined;
  if (!isEnumerator && !SERIALIZERS.has(name) && !SENDERS.has(name)) return undefined;
  const args = node.arguments.filter((arg): arg is Exclude<typeof arg, { type: 'SpreadElement' }> => arg.type !== 'SpreadElement');
  if (!args.some((arg) => carriesEnv(arg, folder))) return undefined;
  if (isEnumerator) return enumerateFact(path);
  return {
    key: 'env:serialize',
    kind: 'env',
    severity: 'high',
    detail: SENDERS.has(name)
      ? `${path} sends the whole \`process.env\` (every environment variable, including CI secrets and tokens) through \`${name}\`.`
      : `${path} serializes the whole \`process.env\` (every environment variable, including CI secrets and tokens), the first step of sending it elsewhere.`,
  };
}

const NARROWING = new Set(['filter', 'find', 'findIndex', 'findLast', 'some', 'every', 'includes', 'indexOf']);

/** `Object.keys(process.env).filter(k => /^npm_config_/.test(k))` looks up a few variables; it is not harvesting. */
function narrowed(parent: AnyNode | undefined): boolean {
  return parent?.type === 'MemberExpression' && !parent.computed && parent.property.type === 'Identifier' && NARROWING.has(parent.property.name);
}

/**
 * `Object.entries(process.env).filter(([k]) => /TOKEN|SECRET/.test(k))`: a lookup narrowed to secret-looking names is
 * not a lookup of a few settings, it is the harvest itself (Shai-Hulud).
 */
function picksSecrets(enumeration: AnyNode, narrowing: AnyNode, folder: StringFolder): boolean {
  if (enumeration.type !== 'CallExpression' || enumeration.callee.type !== 'MemberExpression') return false;
  const enumerator = memberKey(enumeration.callee, folder);
  if (enumerator === undefined || !ENUMERATORS.has(enumerator)) return false;
  if (!enumeration.arguments.some((arg) => arg.type !== 'SpreadElement' && isEnvValue(arg, folder))) return false;
  if (narrowing.type !== 'CallExpression') return false;
  return narrowing.arguments.some((arg) => namesSecrets(arg, folder));
}

/** Whether the narrowing callback's regular expressions or strings (or the ones its names are bound to) name secrets. */
function namesSecrets(callback: AnyNode, folder: StringFolder): boolean {
  let found = false;
  const check = (node: AnyNode, hops: number) =>
    full(node, (inner) => {
      if (found) return;
      const n = inner as AnyNode;
      if (n.type === 'Literal') {
        const text = n.regex ? n.regex.pattern : typeof n.value === 'string' ? n.value : '';
        if (text && isSecretName(text)) found = true;
      } else if (n.type === 'Identifier' && hops === 0) {
        const bound = folder.boundExpression(n.name);
        if (bound && bound !== callback) check(bound, hops + 1);
      }
    });
  check(callback, 0);
  return found;
}

function secretPickFact(path: string): FactInput {
  return {
    key: 'env:enumerate',
    kind: 'env',
    severity: 'high',
    detail: `${path} walks through every environment variable in \`process.env\` and keeps the ones whose names look like secrets (tokens, keys, passwords), which is how credential stealers collect CI secrets.`,
  };
}

export function enumerateFact(path: string): FactInput {
  return {
    key: 'env:enumerate',
    kind: 'env',
    severity: 'high',
    detail: `${path} walks through every environment variable in \`process.env\`, which is how credential stealers collect CI secrets and tokens.`,
  };
}

// Names that hold credentials. Prefixes alone (`GITHUB_`, `AWS_`) are not enough: CI exposes dozens of harmless ones.
const SECRET_NAME = /TOKEN|SECRET|PASSW|CREDENTIAL|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|(^|_)AUTH($|_)|_PAT$|WEBHOOK/i;
export const SECRET_NAME_THRESHOLD = 8;

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

export function secretNamesFact(path: string, names: string[]): FactInput {
  const shown = names.slice(0, 5).map((n) => `\`${n}\``).join(', ');
  return {
    key: 'env:secret-names',
    kind: 'env',
    severity: 'high',
    detail: `${path} reads ${names.length} environment variables with secret-looking names (${shown}, ...), the shopping list of a credential stealer.`,
  };
}
