// Loading modules: `require`, `import`, `import()` and `export ... from`. What a module grants (network, shell,
// vm) is one fact; relative specifiers are remembered so the files they load get analyzed; `data:` URLs run code.
import type { AnyNode, ExportAllDeclaration, ExportNamedDeclaration, ImportDeclaration, ImportExpression } from 'acorn';
import { addFact, declareFact, type CallSite, type FileScan } from '../file-scan.js';
import { BENIGN_MODULE_MEMBERS, isRelativeSpecifier, moduleBase, moduleFact } from '../module-capabilities.js';
import { memberKey, refersTo } from '../references.js';
import { dataUrlImportFacts } from './eval.js';
import { hiddenRequireFact } from './obfuscation.js';

const MAX_LOCAL_IMPORTS = 200;

/** The module a `require(...)` call loads, and whether its name was assembled rather than written out. */
export function requireSpecifier(scan: FileScan, call: AnyNode): { spec: string; hidden: boolean } | undefined {
  if (call.type !== 'CallExpression' || call.arguments.length < 1) return undefined;
  if (refersTo(call.callee as AnyNode, scan.folder) !== 'require') return undefined;
  const arg = call.arguments[0]!;
  if (arg.type === 'SpreadElement') return undefined;
  const folded = scan.folder.fold(arg);
  if (!folded) return undefined;
  const plain = arg.type === 'Literal' || (arg.type === 'TemplateLiteral' && arg.expressions.length === 0);
  return { spec: folded.value, hidden: !plain };
}

export function requireFacts(scan: FileScan, site: CallSite): void {
  const required = requireSpecifier(scan, site.node);
  if (required) moduleLoadFacts(scan, required.spec, required.hidden, site.node, site.parent);
}

export function dynamicImportFacts(scan: FileScan, node: ImportExpression, parent: AnyNode | undefined): void {
  const spec = scan.folder.fold(node.source);
  if (spec) moduleLoadFacts(scan, spec.value, node.source.type !== 'Literal', node, parent);
}

/** `import { a, b } from 'x'`; `names` are the imported names, in order ('' for default and namespace imports). */
export function importFacts(scan: FileScan, node: ImportDeclaration, parent: AnyNode | undefined, names: string[]): void {
  moduleLoadFacts(scan, String(node.source.value), false, node, parent, names.length > 0 ? names : undefined);
}

export function reexportFacts(scan: FileScan, node: ExportNamedDeclaration | ExportAllDeclaration, parent: AnyNode | undefined): void {
  if (node.source) moduleLoadFacts(scan, String(node.source.value), false, node, parent);
}

export function importedNames(node: ImportDeclaration): string[] {
  return node.specifiers.map((s) => (s.type === 'ImportSpecifier' && s.imported.type === 'Identifier' ? s.imported.name : ''));
}

function moduleLoadFacts(scan: FileScan, spec: string, hidden: boolean, at: AnyNode, parent: AnyNode | undefined, specifierNames?: string[]): void {
  if (isRelativeSpecifier(spec)) {
    if (scan.localImports.size < MAX_LOCAL_IMPORTS) scan.localImports.add(spec);
    return;
  }
  if (spec.startsWith('data:')) return dataUrlImportFacts(scan, spec, at);
  const fact = moduleFact(scan.path, spec);
  if (!fact) return;
  if (moduleBase(spec) === 'module' && usesOnlyBenignMembers(scan, at, parent, specifierNames)) return;
  declareFact(scan, fact, at);
  if (hidden) addFact(scan, hiddenRequireFact(scan.path, spec), at);
}

/** `createRequire` and friends only load modules; the risky parts of `module` are `_compile`, `wrap`, `_load` and the constructor. */
function usesOnlyBenignMembers(scan: FileScan, at: AnyNode, parent: AnyNode | undefined, specifierNames: string[] | undefined): boolean {
  const names =
    specifierNames ??
    (parent?.type === 'MemberExpression' && parent.object === at ? [memberKey(parent, scan.folder) ?? ''] : undefined) ??
    (parent?.type === 'VariableDeclarator' && parent.id.type === 'ObjectPattern'
      ? parent.id.properties.map((p) => (p.type === 'Property' && !p.computed && p.key.type === 'Identifier' ? p.key.name : ''))
      : undefined);
  return names !== undefined && names.length > 0 && names.every((n) => BENIGN_MODULE_MEMBERS.has(n));
}

/** Called by the walk for every node: local names an `import` binds to a module, for moduleUseFacts. */
export function noteImportedModule(scan: FileScan, node: AnyNode): void {
  if (node.type !== 'ImportDeclaration') return;
  for (const spec of node.specifiers) scan.importedModules.set(spec.local.name, String(node.source.value));
}

/** The module a name stands for: bound by an `import`, or to a `require(...)` call. */
function moduleOfName(scan: FileScan, name: string): string | undefined {
  const imported = scan.importedModules.get(name);
  if (imported !== undefined) return imported;
  const bound = scan.folder.boundExpression(name);
  return bound === undefined ? undefined : requireSpecifier(scan, bound)?.spec;
}

/** `https.get(url)`, `(0, https_1.request)(...)`, `get(url)` after `import { get } from 'https'`: where a loaded module is used. */
export function moduleUseFacts(scan: FileScan, site: CallSite): void {
  let callee = site.node.callee as AnyNode;
  while (callee.type === 'SequenceExpression') callee = callee.expressions[callee.expressions.length - 1]!;
  const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' && callee.object.type === 'Identifier' ? callee.object.name : undefined;
  const spec = name === undefined ? undefined : moduleOfName(scan, name);
  const fact = spec === undefined ? undefined : moduleFact(scan.path, spec);
  if (fact) scan.out.use(fact.key, site.node.start, site.node.end);
}
