import { isMap, isScalar, isSeq, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';
import { InputError } from '../model/errors.js';
import { choiceProblem } from '../options/parse-value.js';
import { didYouMean } from '../options/did-you-mean.js';

/**
 * Reads typed values out of a parsed YAML document and turns every mistake into an InputError
 * that names the file and the line of the offending node.
 */
export class ConfigReader {
  constructor(
    readonly file: string,
    private readonly lineCounter: LineCounter,
  ) {}

  lineOf(node: Node | null | undefined): number | undefined {
    const offset = node?.range?.[0];
    return offset === undefined ? undefined : this.lineCounter.linePos(offset).line;
  }

  error(node: Node | null | undefined, message: string): InputError {
    return this.errorAt(this.lineOf(node), message);
  }

  errorAt(line: number | undefined, message: string): InputError {
    const where = line === undefined ? this.file : `${this.file}:${line}`;
    return new InputError(`${where}: ${message}`, { code: 'ECONFIG', file: this.file, line });
  }

  /** The map's entries keyed by name, refusing keys outside `known` with a suggestion. */
  entries(map: YAMLMap, known: readonly string[], context: string): Map<string, Pair<Node, Node | null>> {
    const result = new Map<string, Pair<Node, Node | null>>();
    for (const pair of map.items as Array<Pair<Node, Node | null>>) {
      const key = pair.key;
      if (!isScalar(key) || typeof key.value !== 'string') {
        throw this.error(key, `${context}: keys must be plain names`);
      }
      const name = key.value;
      if (!known.includes(name)) {
        const suggestion = didYouMean(name, known);
        const hint = suggestion === undefined ? ` (known keys: ${known.join(', ')})` : ` (did you mean "${suggestion}"?)`;
        throw this.error(key, `unknown key ${quote(name)}${context === '' ? '' : ` in ${context}`}${hint}`);
      }
      if (pair.value === null || (isScalar(pair.value) && pair.value.value === null)) {
        throw this.error(key, `${quote(name)}${context === '' ? '' : ` in ${context}`} has no value`);
      }
      result.set(name, pair);
    }
    return result;
  }

  map(node: Node | null, what: string): YAMLMap {
    if (!isMap(node)) throw this.error(node, `${what} must be a mapping`);
    return node as YAMLMap;
  }

  seq(node: Node | null, what: string): Node[] {
    if (!isSeq(node)) throw this.error(node, `${what} must be a list`);
    return node.items as Node[];
  }

  string(node: Node | null, what: string): string {
    if (!isScalar(node) || typeof node.value !== 'string') throw this.error(node, `${what} must be a string`);
    const value = node.value.trim();
    if (value === '') throw this.error(node, `${what} must not be empty`);
    return value;
  }

  /** Scalars the user may write unquoted (`version: 2`) are read from their source text. */
  stringLike(node: Node | null, what: string): string {
    if (isScalar(node) && typeof node.value === 'number' && typeof node.source === 'string') {
      return node.source.trim();
    }
    return this.string(node, what);
  }

  number(node: Node | null, what: string): number {
    if (!isScalar(node) || typeof node.value !== 'number' || !Number.isFinite(node.value)) {
      throw this.error(node, `${what} must be a number`);
    }
    return node.value;
  }

  boolean(node: Node | null, what: string): boolean {
    if (!isScalar(node) || typeof node.value !== 'boolean') throw this.error(node, `${what} must be true or false`);
    return node.value;
  }

  oneOf<T extends string>(node: Node | null, allowed: readonly T[], what: string): T {
    const value = this.string(node, what);
    const problem = choiceProblem(value, allowed);
    if (problem === undefined) return value as T;
    throw this.error(node, `${what} ${problem}`);
  }
}

/** Quotes user text for a one-line message, bounded so a hostile config cannot flood the log. */
export function quote(text: string): string {
  const bounded = text.length > 80 ? `${text.slice(0, 80)}…` : text;
  return JSON.stringify(bounded);
}
