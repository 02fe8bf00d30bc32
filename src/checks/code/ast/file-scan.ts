// What one file's analysis shares between the walk and the sink families: the file's context, the file-wide tallies
// a family fills while it checks nodes (and reads once the file is done), and the shapes of the sites it checks.
import type { AnyNode, CallExpression, Expression, MemberExpression, NewExpression } from 'acorn';
import type { FactInput } from './fact-collector.js';
import type { StringFolder } from './string-eval.js';
import type { StringContext } from './string-facts.js';

export interface AstContext extends StringContext {
  folder: StringFolder;
  /** Relative specifiers this file requires or imports, so files it loads from skipped folders are analyzed too. */
  localImports: Set<string>;
}

export interface FileScan extends AstContext {
  /** Local names an import binds to the `child_process` module itself (`import cp from 'child_process'`). */
  childProcessNames: Set<string>;
  /** Local names bound to one `child_process` function (`const { spawnSync } = require(...)`), to its name. */
  childProcessFunctions: Map<string, string>;
  /** Local names an `import` binds to a module (`import https from 'node:https'`), to its specifier. */
  importedModules: Map<string, string>;
  /** Environment variables read by name, with the offset where each is first read. */
  envNames: Map<string, number>;
  /** Machine-generated names (`_0x1a2b`), the mark of an obfuscator; `firstObfuscatedId` is where the first one is. */
  obfuscatedIds: Set<string>;
  firstObfuscatedId: number;
  /** Source ranges of the values given as a child process's `env` option, where copying `process.env` is expected. */
  childEnvRanges: Array<[number, number]>;
}

export function startFileScan(ctx: AstContext): FileScan {
  return { ...ctx, childProcessNames: new Set(), childProcessFunctions: new Map(), importedModules: new Map(), envNames: new Map(), obfuscatedIds: new Set(), firstObfuscatedId: 0, childEnvRanges: [] };
}

/** Records `fact` at `node`; the collector keeps the first place each key shows up. */
export function addFact(scan: FileScan, fact: FactInput, node: AnyNode): void {
  scan.out.add(fact, node.start);
}

/** Records `fact` at an import or binding of the capability; a later `useFact` at a call moves it there. */
export function declareFact(scan: FileScan, fact: FactInput, node: AnyNode): void {
  scan.out.declare(fact, node.start);
}

/** Records `fact` at the call `node` that uses it, or moves it there from where it was only declared. */
export function useFact(scan: FileScan, fact: FactInput, node: AnyNode): void {
  scan.out.add(fact, node.start, node.end);
  scan.out.use(fact.key, node.start, node.end);
}

export type CallNode = CallExpression | NewExpression;

/** A call or `new`, with what the families ask of every call. */
export interface CallSite {
  node: CallNode;
  parent: AnyNode | undefined;
  /** The nearest enclosing function, whose parameters shadow file-level names. */
  enclosing: AnyNode | undefined;
  /** The arguments that are not spread (`...xs`). */
  args: Expression[];
}

/** A member access `object.key` whose key is known (written out or folded from a computed key). */
export interface MemberSite {
  node: MemberExpression;
  key: string;
  object: AnyNode;
  parent: AnyNode | undefined;
  /** The call this member is the callee of (`object.key(...)`), if it is one. */
  call: CallExpression | undefined;
}
