// One walk over a parsed file: bindings and candidate nodes are collected first (so hoisted helpers and later
// declarations are known), then each candidate is checked for network, shell, eval, env, secret-file and obfuscation use.
import type { AnyNode, Program } from 'acorn';
import { fullAncestor } from 'acorn-walk';
import { enumerateFact, envCallFact, isEnvValue, isSecretName, SECRET_NAME_THRESHOLD, secretNamesFact } from './env-usage.js';
import type { FactInput } from './fact-collector.js';
import {
  BENIGN_MODULE_MEMBERS,
  CHILD_PROCESS_MEMBERS,
  childProcessMemberFact,
  isRelativeSpecifier,
  moduleBase,
  moduleFact,
} from './module-capabilities.js';
import { isGlobalObject, memberKey, refersTo } from './references.js';
import { hookFact, networkApi } from './network-apis.js';
import type { StringFolder } from './string-eval.js';
import { stringFacts, type StringContext } from './string-facts.js';

export interface AstContext extends StringContext {
  folder: StringFolder;
  /** Relative specifiers this file requires or imports, so files it loads from skipped folders are analyzed too. */
  localImports: Set<string>;
}

interface Candidate {
  node: AnyNode;
  parent: AnyNode | undefined;
  /** For calls: the nearest enclosing function, whose parameters shadow file-level names. */
  enclosing?: AnyNode;
}

/** Stands for the unknown parts of a partly constant string; never part of a real path, host or glob. */
const UNKNOWN = '\u0001';

const OBFUSCATED_ID = /^_0x[0-9a-f]{4,}$/i;
const INTERESTING_MEMBERS = new Set([
  'env', '_compile', 'constructor', 'fetch', 'sendBeacon', 'ethereum', 'XMLHttpRequest', 'WebSocket', 'binding', '_linkedBinding',
  ...CHILD_PROCESS_MEMBERS,
]);
const FOLDING_CALLS = new Set(['atob', 'from', 'fromCharCode', 'join', 'toString', 'decodeURIComponent', 'unescape', 'concat', 'replace', 'replaceAll']);
const VM_RUNNERS = new Set(['runInThisContext', 'runInNewContext', 'runInContext', 'compileFunction']);

const isFunctionNode = (node: AnyNode | null | undefined) =>
  node?.type === 'FunctionExpression' || node?.type === 'ArrowFunctionExpression';

export function astFacts(program: Program, ctx: AstContext): void {
  const { folder, out, path } = ctx;
  const candidates: Candidate[] = [];
  const obfuscatedIds = new Set<string>();
  let firstObfuscatedId = 0;
  const childProcessNames = new Set<string>();
  /** Environment variables read by name, with where each is first read. */
  const envNames = new Map<string, number>();
  const readEnv = (name: string, offset: number) => {
    if (!envNames.has(name) && envNames.size < 500) envNames.set(name, offset);
  };

  fullAncestor(program, (node, _state, ancestors) => {
    const parent = ancestors[ancestors.length - 2];
    switch (node.type) {
      case 'VariableDeclarator':
        if (node.id.type === 'Identifier' && node.init) {
          folder.bind(node.id.name, node.init);
          if (isFunctionNode(node.init)) folder.defineFunction(node.id.name, node.init);
        } else if (node.id.type === 'ObjectPattern' && node.init) {
          candidates.push({ node, parent });
        }
        return;
      case 'AssignmentExpression':
        if (node.left.type === 'Identifier') folder.bind(node.left.name, node.right);
        else if (node.left.type === 'MemberExpression') candidates.push({ node, parent });
        return;
      case 'FunctionDeclaration':
        if (node.id) folder.defineFunction(node.id.name, node);
        return;
      case 'Identifier':
        if (OBFUSCATED_ID.test(node.name)) {
          if (obfuscatedIds.size === 0) firstObfuscatedId = node.start;
          if (obfuscatedIds.size < 64) obfuscatedIds.add(node.name);
        } else if (node.name === 'XMLHttpRequest' || node.name === 'WebSocket') {
          candidates.push({ node, parent });
        }
        return;
      case 'ImportDeclaration':
        if (moduleBase(String(node.source.value)) === 'child_process') {
          for (const spec of node.specifiers) if (spec.type !== 'ImportSpecifier') childProcessNames.add(spec.local.name);
        }
        candidates.push({ node, parent });
        return;
      case 'MemberExpression': {
        const property = node.property as AnyNode;
        const interesting = node.computed
          ? property.type !== 'Literal' || typeof property.value === 'string'
          : property.type === 'Identifier' && INTERESTING_MEMBERS.has(property.name);
        if (interesting) candidates.push({ node, parent });
        return;
      }
      case 'BinaryExpression':
        if (node.operator === '+' && !(parent?.type === 'BinaryExpression' && parent.operator === '+')) candidates.push({ node, parent });
        return;
      case 'Literal':
        if (typeof node.value === 'string' && node.value.length >= 4) candidates.push({ node, parent });
        return;
      case 'CallExpression':
      case 'NewExpression': {
        let enclosing: AnyNode | undefined;
        for (let i = ancestors.length - 2; i >= 0 && !enclosing; i--) {
          const t = ancestors[i]!.type;
          if (t === 'FunctionDeclaration' || t === 'FunctionExpression' || t === 'ArrowFunctionExpression') enclosing = ancestors[i];
        }
        candidates.push({ node, parent, enclosing });
        return;
      }
      case 'ImportExpression':
      case 'ExportNamedDeclaration':
      case 'ExportAllDeclaration':
      case 'ForInStatement':
      case 'TemplateLiteral':
        candidates.push({ node, parent });
        return;
      default:
        return;
    }
  });

  const add = (fact: FactInput, node: AnyNode) => out.add(fact, node.start);

  const requireSpecifier = (call: AnyNode): { spec: string; hidden: boolean } | undefined => {
    if (call.type !== 'CallExpression' || call.arguments.length < 1) return undefined;
    if (refersTo(call.callee as AnyNode, folder) !== 'require') return undefined;
    const arg = call.arguments[0]!;
    if (arg.type === 'SpreadElement') return undefined;
    const folded = folder.fold(arg);
    if (!folded) return undefined;
    const plain = arg.type === 'Literal' || (arg.type === 'TemplateLiteral' && arg.expressions.length === 0);
    return { spec: folded.value, hidden: !plain };
  };

  const isChildProcess = (node: AnyNode, hops = 0): boolean => {
    if (hops > 3) return false;
    if (node.type === 'Identifier') {
      if (childProcessNames.has(node.name)) return true;
      const bound = folder.boundExpression(node.name);
      return bound !== undefined && isChildProcess(bound, hops + 1);
    }
    const required = requireSpecifier(node);
    return required !== undefined && moduleBase(required.spec) === 'child_process';
  };

  const sink = (label: string, payload: AnyNode | undefined, at: AnyNode, enclosing?: AnyNode) => {
    // A parameter of the enclosing function is whatever the caller passes, not the file-level name it may shadow.
    if (payload?.type === 'Identifier' && enclosing && isParameter(enclosing, payload.name)) payload = undefined;
    const decoded = payload !== undefined && folder.isDecoded(payload);
    const id = label.replace(/ with a string$/, '-string');
    add(
      decoded
        ? {
            key: `eval:${id}:decoded`,
            kind: 'eval',
            severity: 'critical',
            detail: `${path} decodes a hidden payload and runs it with \`${label}\`, the way malware keeps what it does out of sight of reviewers.`,
          }
        : {
            key: `eval:${id}`,
            kind: 'eval',
            severity: 'high',
            detail: `${path} runs code built from strings with \`${label}\`, so what it runs cannot be read in the published source.`,
          },
      at,
    );
    const constant = payload && payload.type !== 'Literal' ? folder.fold(payload) : payload?.type === 'Literal' && typeof payload.value === 'string' ? { value: payload.value } : undefined;
    if (constant && constant.value.length >= 8) out.adopt(ctx.scanHidden(constant.value), at.start, `(in code it runs with \`${label}\`)`);
  };

  const dataUrlImport = (spec: string, at: AnyNode) => {
    const match = /^data:([^,;]*)((?:;[^,;]*)*),(.*)$/s.exec(spec);
    const base64 = match !== null && /;base64/i.test(match[2] ?? '');
    add(
      {
        key: 'eval:data-url-import',
        kind: 'eval',
        severity: base64 ? 'critical' : 'high',
        detail: `${path} imports code from a \`data:\` URL${base64 ? ' holding base64' : ''}, which runs code that is in no file of the package.`,
      },
      at,
    );
    if (match) {
      let code = match[3] ?? '';
      try {
        code = base64 ? Buffer.from(code, 'base64').toString('utf8') : decodeURIComponent(code);
      } catch {
        // keep the raw text
      }
      out.adopt(ctx.scanHidden(code), at.start, '(in code imported from a `data:` URL)');
    }
  };

  const handleModule = (spec: string, hidden: boolean, at: AnyNode, parent: AnyNode | undefined, specifierNames?: string[]) => {
    if (isRelativeSpecifier(spec)) {
      if (ctx.localImports.size < 200) ctx.localImports.add(spec);
      return;
    }
    if (spec.startsWith('data:')) return dataUrlImport(spec, at);
    const fact = moduleFact(path, spec);
    if (!fact) return;
    if (moduleBase(spec) === 'module') {
      // `createRequire` and friends only load modules; the risky parts are `_compile`, `wrap`, `_load` and the constructor.
      const names =
        specifierNames ??
        (parent?.type === 'MemberExpression' && parent.object === at ? [memberKey(parent, folder) ?? ''] : undefined) ??
        (parent?.type === 'VariableDeclarator' && parent.id.type === 'ObjectPattern'
          ? parent.id.properties.map((p) => (p.type === 'Property' && !p.computed && p.key.type === 'Identifier' ? p.key.name : ''))
          : undefined);
      if (names && names.length > 0 && names.every((n) => BENIGN_MODULE_MEMBERS.has(n))) return;
    }
    add(fact, at);
    if (hidden) {
      add(
        {
          key: 'obfuscation:hidden-require',
          kind: 'obfuscation',
          severity: 'high',
          detail: `${path} assembles the module name \`${moduleBase(spec)}\` at runtime instead of writing it out, which only serves to hide what it loads.`,
        },
        at,
      );
    }
  };

  for (const { node, parent, enclosing } of candidates) {
    switch (node.type) {
      case 'CallExpression':
      case 'NewExpression': {
        const envFact = envCallFact(path, node, folder, parent);
        if (envFact) add(envFact, node);
        const callee = node.callee as AnyNode;
        const args = node.arguments.filter((a): a is Exclude<typeof a, { type: 'SpreadElement' }> => a.type !== 'SpreadElement');
        const required = requireSpecifier(node);
        if (required) handleModule(required.spec, required.hidden, node, parent);
        const target = refersTo(callee, folder);
        if (target === 'eval' && node.type === 'CallExpression') sink('eval', args[0], node, enclosing);
        else if (target === 'Function') sink('Function', args[args.length - 1], node, enclosing);
        else if (target === 'fetch') add(networkApi('fetch', path), node);
        else if ((target === 'setTimeout' || target === 'setInterval') && args[0] && /Literal|TemplateLiteral|BinaryExpression/.test(args[0].type) && folder.fold(args[0])) {
          sink(`${target} with a string`, args[0], node);
        }
        const method = callee.type === 'MemberExpression' ? memberKey(callee, folder) : callee.type === 'Identifier' ? callee.name : undefined;
        if (method === 'constructor' && callee.type === 'MemberExpression' && (isFunctionNode(callee.object as AnyNode) || refersTo(callee.object as AnyNode, folder) === 'Function')) {
          sink('Function', args[args.length - 1], node, enclosing);
        }
        if (method !== undefined && VM_RUNNERS.has(method)) sink(`vm.${method}`, args[0], node, enclosing);
        const spreadsArray = node.arguments.some((a) => a.type === 'SpreadElement' && a.argument.type === 'ArrayExpression');
        const numberArgs = node.arguments.filter((a) => a.type === 'Literal' && typeof a.value === 'number').length;
        if (method === 'fromCharCode' && (numberArgs >= 10 || spreadsArray)) {
          add(
            {
              key: 'obfuscation:char-codes',
              kind: 'obfuscation',
              severity: 'medium',
              detail: `${path} builds text from numeric character codes (\`String.fromCharCode\`), a way to keep strings out of sight of reviewers and scanners.`,
            },
            node,
          );
        }
        if (method !== undefined && (FOLDING_CALLS.has(method) || callee.type === 'Identifier')) {
          const folded = folder.fold(node);
          if (folded?.decoded) stringFacts(ctx, folded.value, node.start, { decoded: folded.decoded });
        }
        if ((method === 'join' || method === 'resolve') && args.length >= 2) {
          stringFacts(ctx, args.map((a) => partialString(a, folder)).join('/'), node.start);
        }
        break;
      }
      case 'ImportExpression': {
        const spec = folder.fold(node.source);
        if (spec) handleModule(spec.value, node.source.type !== 'Literal', node, parent);
        break;
      }
      case 'ImportDeclaration': {
        const names = node.specifiers.map((s) => (s.type === 'ImportSpecifier' && s.imported.type === 'Identifier' ? s.imported.name : ''));
        handleModule(String(node.source.value), false, node, parent, names.length > 0 ? names : undefined);
        if (moduleBase(String(node.source.value)) === 'child_process') {
          for (const name of names) if (CHILD_PROCESS_MEMBERS.has(name)) add(childProcessMemberFact(path, name), node);
        }
        break;
      }
      case 'ExportNamedDeclaration':
      case 'ExportAllDeclaration':
        if (node.source) handleModule(String(node.source.value), false, node, parent);
        break;
      case 'VariableDeclarator': {
        if (node.id.type !== 'ObjectPattern' || !node.init) break;
        const keys = node.id.properties.map((p) => (p.type === 'Property' ? (p.computed ? folder.fold(p.key)?.value : p.key.type === 'Identifier' ? p.key.name : p.key.type === 'Literal' ? String(p.key.value) : undefined) : undefined));
        if (isEnvValue(node.init, folder)) for (const key of keys) if (key) readEnv(key, node.start);
        if (isChildProcess(node.init)) for (const key of keys) if (key && CHILD_PROCESS_MEMBERS.has(key)) add(childProcessMemberFact(path, key), node);
        break;
      }
      case 'ForInStatement':
        if (isEnvValue(node.right, folder)) add(enumerateFact(path), node);
        break;
      case 'AssignmentExpression':
        hookFact(node.left as AnyNode, folder, path, (fact) => add(fact, node));
        break;
      case 'MemberExpression':
        memberFacts(node, parent);
        break;
      case 'Identifier':
        add(networkApi(node.name, path), node);
        break;
      case 'Literal':
        if (typeof node.value === 'string') stringFacts(ctx, node.value, node.start, { raw: node.raw });
        break;
      case 'TemplateLiteral':
        stringFacts(ctx, node.quasis.map((q) => q.value.cooked ?? '').join(UNKNOWN), node.start);
        break;
      case 'BinaryExpression': {
        const folded = folder.fold(node);
        stringFacts(ctx, folded ? folded.value : partialString(node, folder), node.start, folded?.decoded ? { decoded: folded.decoded } : {});
        break;
      }
      default:
        break;
    }
  }

  if (obfuscatedIds.size >= 5) {
    out.add(
      {
        key: 'obfuscation:hex-identifiers',
        kind: 'obfuscation',
        severity: 'medium',
        detail: `${path} uses machine-generated names like \`${[...obfuscatedIds][0]}\` (${obfuscatedIds.size}${obfuscatedIds.size >= 64 ? '+' : ''} of them), the mark of an obfuscator hiding what the code does.`,
      },
      firstObfuscatedId,
    );
  }
  const secretNames = [...envNames.keys()].filter(isSecretName);
  if (secretNames.length >= SECRET_NAME_THRESHOLD) out.add(secretNamesFact(path, secretNames), envNames.get(secretNames[0]!)!);

  function memberFacts(node: Extract<AnyNode, { type: 'MemberExpression' }>, parent: AnyNode | undefined): void {
    const key = memberKey(node, folder);
    const object = node.object as AnyNode;
    const isCallee = parent?.type === 'CallExpression' && parent.callee === node;
    if (key === undefined) {
      if (node.computed && isCallee && isGlobalObject(object, folder)) {
        add(
          {
            key: 'obfuscation:dynamic-global-call',
            kind: 'obfuscation',
            severity: 'medium',
            detail: `${path} calls a global function whose name is computed at runtime, which hides from review which function it calls.`,
          },
          node,
        );
      }
      return;
    }
    if (key === 'env' && refersTo(object, folder) === 'process') {
      if (parent?.type === 'MemberExpression' && parent.object === node) {
        const name = memberKey(parent, folder);
        if (name) readEnv(name, parent.start);
      }
      return;
    }
    if (key === '_compile') {
      if (isCallee) sink('module._compile', parent.arguments[0] as AnyNode | undefined, parent);
      else add({ key: 'eval:module._compile', kind: 'eval', severity: 'high', detail: `${path} reaches Node's internal \`module._compile\`, which compiles and runs source text as a module.` }, node);
      return;
    }
    if (key === 'constructor' && refersTo(object, folder) === 'module') {
      add(
        {
          key: 'eval:module.constructor',
          kind: 'eval',
          severity: 'high',
          detail: `${path} creates a fresh module object through \`module.constructor\`, a way to compile and run code from a string outside any file.`,
        },
        node,
      );
      return;
    }
    if (CHILD_PROCESS_MEMBERS.has(key) && isChildProcess(object)) {
      add(childProcessMemberFact(path, key), node);
      return;
    }
    if ((key === 'binding' || key === '_linkedBinding') && isCallee && refersTo(object, folder) === 'process') {
      const arg = parent.arguments[0];
      const name = arg && arg.type !== 'SpreadElement' ? folder.fold(arg)?.value : undefined;
      if (name === 'spawn_sync' || name === 'process_wrap') {
        add(
          {
            key: `shell:process.binding:${name}`,
            kind: 'shell',
            severity: 'high',
            detail: `${path} reaches Node's internal \`${name}\` binding through \`process.${key}\`, starting programs without going through \`child_process\`.`,
          },
          node,
        );
      }
      return;
    }
    const target = refersTo(node, folder);
    if (node.computed && (target === 'eval' || target === 'Function') && !isCallee) {
      add({ key: `eval:${target}`, kind: 'eval', severity: 'high', detail: `${path} reaches \`${target}\` through a computed name, a way to run code built from strings without writing \`${target}\`.` }, node);
    }
    if (target === 'fetch' || target === 'XMLHttpRequest' || target === 'WebSocket') add(networkApi(target, path), node);
    if (key === 'sendBeacon') add(networkApi('sendBeacon', path), node);
    if (target === 'ethereum') {
      add(
        {
          key: 'network:wallet:ethereum',
          kind: 'network',
          severity: 'high',
          detail: `${path} uses \`window.ethereum\`, the browser's crypto wallet, so it can see and request transactions from the user's wallet.`,
        },
        node,
      );
    }
  }
}

function isParameter(fn: AnyNode, name: string): boolean {
  if (fn.type !== 'FunctionDeclaration' && fn.type !== 'FunctionExpression' && fn.type !== 'ArrowFunctionExpression') return false;
  return fn.params.some((p) => p.type === 'Identifier' && p.name === name);
}

/** A string with the unknown parts marked: enough to see `${home}/.npmrc` or `'https://' + host + '/x'`. */
function partialString(node: AnyNode, folder: StringFolder, depth = 0): string {
  if (depth > 50) return UNKNOWN;
  const folded = folder.fold(node);
  if (folded) return folded.value;
  if (node.type === 'BinaryExpression' && node.operator === '+') return partialString(node.left as AnyNode, folder, depth + 1) + partialString(node.right, folder, depth + 1);
  if (node.type === 'TemplateLiteral') return node.quasis.map((q) => q.value.cooked ?? '').join(UNKNOWN);
  return UNKNOWN;
}
