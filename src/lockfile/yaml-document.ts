import { isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node, type YAMLMap } from 'yaml';

// YAML loading for the berry and pnpm parsers. Lockfiles come from pull requests, so the loader
// refuses what a lockfile never contains and an attacker would use: aliases (billion laughs),
// duplicate keys (two tools reading two different packages), and sizes far beyond real projects.

export const MAX_LOCKFILE_CHARS = 64 * 1024 * 1024;

export interface YamlDocument {
  /** The document as plain data; the failsafe schema makes every scalar a string. */
  data: unknown;
  /** The 1-based line of each key of the map found at `at` (e.g. `['packages']`). */
  keyLines(at: string[]): Map<string, number>;
}

export function parseYamlDocuments(text: string, path: string): YamlDocument[] {
  if (text.length > MAX_LOCKFILE_CHARS) {
    throw new Error(`${path} is ${text.length} characters long, more than the ${MAX_LOCKFILE_CHARS} a lockfile may have`);
  }
  const lineStarts = lineStartOffsets(text);
  const lineOf = (offset: number): number => lineAt(lineStarts, offset);
  // uniqueKeys is checked below with a Set: the library's own check is quadratic in the map size.
  const parsed = parseAllDocuments(text, { schema: 'failsafe', uniqueKeys: false, logLevel: 'silent' });
  const documents = Array.isArray(parsed) ? parsed : [];
  return documents.map((document) => {
    const [error] = document.errors;
    if (error) throw new Error(`${path}: invalid YAML at line ${lineOf(error.pos[0])}: ${firstLine(error.message)}`);
    checkNodes(document, path, lineOf);
    let data: unknown;
    try {
      data = document.toJS({ maxAliasCount: 0 });
    } catch (cause) {
      throw new Error(`${path}: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
    return { data, keyLines: (at) => keyLinesOf(document, at, lineOf) };
  });
}

/**
 * Walks every node once, in document order, without recursion (deep nesting must not overflow
 * the stack), so the first offending line is the one reported.
 */
function checkNodes(document: Document, path: string, lineOf: (offset: number) => number): void {
  const stack: unknown[] = [document.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<string>();
      const children: unknown[] = [];
      for (const pair of node.items) {
        const key = pair.key;
        if (!isScalar(key)) throw new Error(`${path}: unsupported complex YAML key at line ${lineOf(nodeStart(key))}`);
        const name = String(key.value);
        if (seen.has(name)) throw new Error(`${path}: duplicate key "${name}" at line ${lineOf(nodeStart(key))}`);
        seen.add(name);
        children.push(pair.value);
      }
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]);
    } else if (isSeq(node)) {
      for (let index = node.items.length - 1; index >= 0; index--) stack.push(node.items[index]);
    } else if (node !== null && node !== undefined && !isScalar(node)) {
      // Aliases are the only other node type; lockfile writers never emit them.
      throw new Error(`${path}: YAML aliases are not allowed in a lockfile (line ${lineOf(nodeStart(node))})`);
    }
  }
}

function keyLinesOf(document: Document, at: string[], lineOf: (offset: number) => number): Map<string, number> {
  const lines = new Map<string, number>();
  let node: unknown = document.contents;
  for (const key of at) node = isMap(node) ? (node as YAMLMap).get(key, true) : undefined;
  if (!isMap(node)) return lines;
  for (const pair of node.items) {
    if (isScalar(pair.key)) lines.set(String(pair.key.value), lineOf(nodeStart(pair.key)));
  }
  return lines;
}

function nodeStart(node: unknown): number {
  return (node as Node | null)?.range?.[0] ?? 0;
}

function lineStartOffsets(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

/** A plain-object view of a YAML map value, or undefined for anything else. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** A map of strings (dependencies, specifiers), dropping anything that is not a string. */
export function asStringRecord(value: unknown): Record<string, string> | undefined {
  const record = asRecord(value);
  if (!record) return undefined;
  const out: Record<string, string> = {};
  for (const [key, item] of Object.entries(record)) {
    if (typeof item === 'string' && key !== '__proto__') out[key] = item;
  }
  return out;
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
