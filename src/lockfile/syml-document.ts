import { parseSyml } from '@yarnpkg/parsers';
import { MAX_LOCKFILE_CHARS } from './yaml-document.js';

// yarn berry lockfiles read by yarn's own parser (`parseSyml`), so depdiff sees exactly the entries yarn
// installs: keys longer than 1,024 characters included, which the `yaml` package refuses as implicit keys.
// parseSyml keeps the last of duplicate keys and expands aliases without a word, and reports no positions,
// so one pass over the lines (berry writes block-style YAML, one key per line) finds each top-level key's
// line and refuses what a lockfile never contains and an attacker would use: duplicate keys (a reviewer
// reads the first, yarn installs the last), anchors and aliases.

export interface SymlDocument {
  data: Record<string, unknown>;
  /** 1-based line of each top-level key. */
  keyLines: Map<string, number>;
}

interface KeyLine {
  key: string | undefined;
  indent: number;
  /** What follows the key's `:` on the same line. */
  value: string;
}

export function parseSymlDocument(text: string, path: string): SymlDocument {
  if (text.length > MAX_LOCKFILE_CHARS) {
    throw new Error(`${path} is ${text.length} characters long, more than the ${MAX_LOCKFILE_CHARS} a lockfile may have`);
  }
  let data: unknown;
  try {
    data = parseSyml(text);
  } catch (cause) {
    throw new Error(`${path}: invalid YAML${symlErrorLine(cause)}: ${firstLine(cause instanceof Error ? cause.message : String(cause))}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`${path}: the top level is not a map`);
  const keyLines = scanKeys(text, path);
  refuseSharedNodes(data, path);
  return { data: data as Record<string, unknown>, keyLines };
}

/**
 * Lines of the top-level keys; refuses a key repeated in one block map and any anchor or alias. Keys it cannot
 * read (a quoting JSON does not share) are skipped here: parseSyml still judges the syntax.
 */
function scanKeys(text: string, path: string): Map<string, number> {
  const topLevel = new Map<string, number>();
  // One set of seen keys per open block map, by indentation.
  const open: Array<{ indent: number; keys: Set<string> }> = [];
  const rows = text.split('\n');
  let pendingExplicit: { key: string | undefined; line: number } | undefined;
  for (let row = 0; row < rows.length; row++) {
    const line = row + 1;
    const raw = (rows[row] ?? '').replace(/\r$/, '');
    const content = raw.trimStart();
    if (content === '' || content.startsWith('#')) continue;
    const indent = raw.length - content.length;
    if (indent === 0 && content.startsWith('? ')) {
      pendingExplicit = { key: readScalar(content.slice(2).trim()), line };
      continue;
    }
    let parsed: KeyLine | undefined;
    if (indent === 0 && pendingExplicit !== undefined && content.startsWith(':')) {
      parsed = { key: pendingExplicit.key, indent: 0, value: content.slice(1).trim() };
    } else {
      parsed = readKeyLine(content, indent);
    }
    const keyLine = pendingExplicit !== undefined && indent === 0 ? pendingExplicit.line : line;
    pendingExplicit = undefined;
    if (parsed === undefined) {
      if (/^-\s+[&*]/.test(content)) throw new Error(`${path}: YAML anchors and aliases are not allowed in a lockfile (line ${line})`);
      // Some other node at this level: keys indented below it belong to a new map.
      while (open.length > 0 && open[open.length - 1]!.indent >= indent) open.pop();
      continue;
    }
    if (/^[&*]/.test(parsed.value)) throw new Error(`${path}: YAML anchors and aliases are not allowed in a lockfile (line ${line})`);
    while (open.length > 0 && open[open.length - 1]!.indent > parsed.indent) open.pop();
    let map = open[open.length - 1];
    if (map === undefined || map.indent < parsed.indent) {
      map = { indent: parsed.indent, keys: new Set() };
      open.push(map);
    }
    if (parsed.key === undefined) continue;
    if (map.keys.has(parsed.key)) throw new Error(`${path}: duplicate key "${clipKey(parsed.key)}" at line ${keyLine}`);
    map.keys.add(parsed.key);
    if (parsed.indent === 0) topLevel.set(parsed.key, keyLine);
  }
  return topLevel;
}

/** `"quoted key": value`, `plain: value` or `plain:`; undefined when the line holds no key. */
function readKeyLine(content: string, indent: number): KeyLine | undefined {
  if (content.startsWith('"')) {
    const end = closingQuote(content);
    if (end === -1 || content[end + 1] !== ':') return undefined;
    return { key: readScalar(content.slice(0, end + 1)), indent, value: content.slice(end + 2).trim() };
  }
  if (/^[&*]/.test(content)) return { key: undefined, indent, value: content };
  const match = /^([^\s"'{}[\],#:-][^:#]*?|-[^\s:][^:#]*?):(?:\s+(.*))?$/.exec(content);
  if (match === null) return undefined;
  return { key: match[1]!.trim(), indent, value: (match[2] ?? '').trim() };
}

function readScalar(token: string): string | undefined {
  if (!token.startsWith('"')) return token;
  try {
    return String(JSON.parse(token));
  } catch {
    return undefined;
  }
}

function closingQuote(content: string): number {
  for (let index = 1; index < content.length; index++) {
    if (content[index] === '\\') index++;
    else if (content[index] === '"') return index;
  }
  return -1;
}

/** An object reached twice is an alias the line scan missed (in flow style): refuse it too. */
function refuseSharedNodes(data: object, path: string): void {
  const seen = new Set<object>();
  const pending: unknown[] = [data];
  while (pending.length > 0) {
    const node = pending.pop();
    if (typeof node !== 'object' || node === null) continue;
    if (seen.has(node)) throw new Error(`${path}: YAML aliases are not allowed in a lockfile`);
    seen.add(node);
    for (const child of Object.values(node)) pending.push(child);
  }
}

function symlErrorLine(error: unknown): string {
  const mark = (error as { mark?: { line?: unknown } } | null)?.mark;
  return typeof mark?.line === 'number' ? ` at line ${mark.line + 1}` : '';
}

function clipKey(key: string): string {
  return key.length <= 120 ? key : `${key.slice(0, 120)}…`;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
