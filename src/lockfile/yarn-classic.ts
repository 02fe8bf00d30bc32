import yarnLockfile from '@yarnpkg/lockfile';
import type { LockedPackage, Lockfile, SourceType } from '../model/types.js';
import { dependencyFlags, unreferencedRoots, type FlagEdge, type FlagRoot } from './dependency-flags.js';
import type { ManifestDeps, ParseContext } from './parse-context.js';
import { classifyResolved, splitSpec } from './registry-url.js';
import { MAX_LOCKFILE_CHARS } from './yaml-document.js';

// yarn.lock v1: entries keyed by comma-joined specs (`"a@^1.0.0", a@~1.0.1`), parsed by the format's
// own parser. yarn.lock records no direct dependencies: those come from the package.json beside it.

const SRI = /^(sha512|sha384|sha256|sha1)-[A-Za-z0-9+/]+={0,2}$/;
const MERGE_MARKERS = ['<<<<<<<', '=======', '>>>>>>>', '|||||||'];

interface Group {
  specs: string[];
  entry: Record<string, unknown>;
}

/** The packages read so far, indexed the ways the dependency graph is resolved once every entry is known. */
interface ClassicEntries {
  /** By name, version and resolved URL. */
  packages: Map<string, LockedPackage>;
  bySpec: Map<string, LockedPackage>;
  /** Dependencies by package, as specs: resolved once every entry is known. */
  edges: Map<LockedPackage, Array<{ spec: string; optional: boolean }>>;
}

export function parseYarnClassic(text: string, path: string, context: ParseContext = {}): Lockfile {
  const checked = checkedText(text, path);
  let result: ReturnType<typeof yarnLockfile.parse>;
  try {
    result = yarnLockfile.parse(checked, path);
  } catch (cause) {
    throw new Error(`${path}: invalid yarn.lock: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
  if (result.type !== 'success') throw new Error(`${path}: git merge conflict markers; resolve the conflict and run yarn install`);

  const lines = keyLines(checked);
  const entries: ClassicEntries = { packages: new Map(), bySpec: new Map(), edges: new Map() };
  for (const group of groupsBySharedEntry(result.object, lines, path)) readGroup(entries, group, lines, path);
  setDependencyFlags(entries, context);
  return { path, format: 'yarn-classic', formatVersion: '1', packages: [...entries.packages.values()] };
}

/** The parser hands every spec of one entry (`"a@^1.0.0", a@~1.0.1`) the same object: one group per object. */
function groupsBySharedEntry(object: Record<string, unknown>, lines: Map<string, number>, path: string): Group[] {
  const groups = new Map<unknown, Group>();
  for (const [spec, entry] of Object.entries(object)) {
    if (typeof entry !== 'object' || entry === null) throw new Error(`${lineRef(path, lines.get(spec))}: "${spec}" is not an entry`);
    const group = groups.get(entry);
    if (group) group.specs.push(spec);
    else groups.set(entry, { specs: [spec], entry: entry as Record<string, unknown> });
  }
  return [...groups.values()];
}

/** Adds one entry to `entries`: its package (joined with an earlier entry of the same identity), specs and edges. */
function readGroup(entries: ClassicEntries, { specs, entry }: Group, lines: Map<string, number>, path: string): void {
  const line = specs.reduce((first, spec) => Math.min(first, lines.get(spec) ?? Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER);
  const where = lineRef(path, line === Number.MAX_SAFE_INTEGER ? undefined : line);
  const version = scalar(entry['version']);
  if (!version) throw new Error(`${where}: "${specs[0]}" has no version`);
  const resolved = scalar(entry['resolved']);
  const installed = specs.map(installedAs);
  const name = installed[0]!.realName;
  const alias = installed.find((spec) => spec.name !== name)?.name;
  const dependencies = stringRecord(entry['dependencies']);
  const optionalDependencies = stringRecord(entry['optionalDependencies']);

  const source = classifyResolved(resolved ?? installed[0]!.range);
  const identity = `${name}@${version}\0${resolved ?? ''}`;
  let locked = entries.packages.get(identity);
  if (locked) {
    locked.paths.push(...specs);
  } else {
    locked = {
      name,
      version,
      ...(alias === undefined ? {} : { alias }),
      resolved,
      integrity: integrityOf(scalar(entry['integrity']), resolved, source),
      source,
      direct: false,
      dev: false,
      optional: false,
      paths: [...specs],
      dependencies: { ...optionalDependencies, ...dependencies },
      line: line === Number.MAX_SAFE_INTEGER ? undefined : line,
    };
    entries.packages.set(identity, locked);
  }
  for (const spec of specs) entries.bySpec.set(spec, locked);
  const own = entries.edges.get(locked) ?? [];
  for (const [dep, range] of Object.entries(dependencies)) own.push({ spec: `${dep}@${range}`, optional: false });
  for (const [dep, range] of Object.entries(optionalDependencies)) own.push({ spec: `${dep}@${range}`, optional: true });
  entries.edges.set(locked, own);
}

/** Sets direct, dev and optional on every package from the project's dependencies down the resolved edges. */
function setDependencyFlags({ packages, bySpec, edges }: ClassicEntries, context: ParseContext): void {
  const edgesOf = (locked: LockedPackage): Array<FlagEdge<LockedPackage>> =>
    (edges.get(locked) ?? []).flatMap(({ spec, optional }) => {
      const target = bySpec.get(spec);
      return target === undefined ? [] : [{ node: target, optional }];
    });
  // Without the package.json, what nothing else depends on stands in for the project's own dependencies.
  const roots = context.rootManifest ? manifestRoots(context.rootManifest, bySpec) : unreferencedRoots(packages.values(), edgesOf);
  for (const [locked, { dev, optional }] of dependencyFlags(roots, edgesOf)) Object.assign(locked, { dev, optional });
}

/** `alias@npm:real@^1` installs `real` under `alias`; `a@^1` installs `a`. */
function installedAs(spec: string): { name: string; realName: string; range: string } {
  const parts = splitSpec(spec) ?? { name: spec, range: '' };
  const target = parts.range.startsWith('npm:') ? splitSpec(parts.range.slice(4)) : null;
  return { name: parts.name, realName: target?.name ?? parts.name, range: parts.range };
}

/** The package.json's dependencies that the lockfile resolves, marked direct. */
function manifestRoots(manifest: ManifestDeps, bySpec: Map<string, LockedPackage>): Array<FlagRoot<LockedPackage>> {
  const roots: Array<FlagRoot<LockedPackage>> = [];
  const fields = [
    [manifest.dependencies, false, false],
    [manifest.optionalDependencies, false, true],
    [manifest.devDependencies, true, false],
  ] as const;
  for (const [ranges, dev, optional] of fields) {
    for (const [name, range] of Object.entries(ranges ?? {})) {
      if (typeof range !== 'string') continue;
      const locked = bySpec.get(`${name}@${range}`);
      if (!locked) continue;
      locked.direct = true;
      roots.push({ node: locked, dev, optional });
    }
  }
  return roots;
}

/**
 * The recorded SRI, or for old lockfiles the sha1 hex that yarn put in a tarball URL's fragment
 * (a git URL's fragment is a commit, not a checksum).
 */
function integrityOf(integrity: string | undefined, resolved: string | undefined, source: SourceType): string | undefined {
  if (integrity !== undefined) return SRI.test(integrity) ? integrity : undefined;
  if (source !== 'registry' && source !== 'tarball') return undefined;
  const fragment = resolved?.split('#')[1];
  return fragment !== undefined && /^[0-9a-f]{40}$/.test(fragment) ? fragment : undefined;
}

function scalar(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

function stringRecord(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof value !== 'object' || value === null) return out;
  for (const [key, item] of Object.entries(value)) {
    const text = scalar(item);
    if (text !== undefined && key !== '__proto__') out[key] = text;
  }
  return out;
}

function lineRef(path: string, line: number | undefined): string {
  return line === undefined ? path : `${path}:${line}`;
}

/**
 * Refuses input that would hang @yarnpkg/lockfile's tokenizer: it scans an unterminated string
 * or a final comment without a newline to the end of memory. The walk mirrors its token rules up
 * to the first token it rejects, and requires every string to close on its own line.
 */
function checkedText(text: string, path: string): string {
  if (text.length > MAX_LOCKFILE_CHARS) {
    throw new Error(`${path} is ${text.length} characters long, more than the ${MAX_LOCKFILE_CHARS} a lockfile may have`);
  }
  let source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!source.endsWith('\n')) source += '\n';
  let line = 1;
  let index = 0;
  while (index < source.length) {
    const char = source[index]!;
    if (char === '\n' || char === '\r') {
      if (char === '\r' && source[index + 1] === '\n') index++;
      index++;
      line++;
      const marker = source.slice(index, index + 7);
      if (MERGE_MARKERS.includes(marker)) throw new Error(`${path}:${line}: git merge conflict marker; resolve the conflict and run yarn install`);
    } else if (char === '#') {
      index = source.indexOf('\n', index);
    } else if (char === ' ' || char === ':' || char === ',') {
      index++;
    } else if (char === '"') {
      index = closingQuote(source, index, path, line) + 1;
    } else if (/[0-9]/.test(char)) {
      while (/[0-9]/.test(source[index] ?? '')) index++;
    } else if (source.startsWith('true', index)) {
      index += 4;
    } else if (source.startsWith('false', index)) {
      index += 5;
    } else if (/[a-zA-Z/-]/.test(char)) {
      while (index < source.length && !':\n\r ,'.includes(source[index]!)) index++;
    } else {
      break;
    }
  }
  if (MERGE_MARKERS.includes(source.slice(0, 7))) throw new Error(`${path}:1: git merge conflict marker; resolve the conflict and run yarn install`);
  return source;
}

function closingQuote(source: string, start: number, path: string, line: number): number {
  for (let index = start + 1; index < source.length; index++) {
    const char = source[index];
    if (char === '\n' || char === '\r') break;
    if (char === '"' && !(source[index - 1] === '\\' && source[index - 2] !== '\\')) return index;
  }
  throw new Error(`${path}:${line}: unterminated string`);
}

/** The 1-based line of each spec in the top-level keys (`"a@^1", a@^2:`). */
function keyLines(source: string): Map<string, number> {
  const lines = new Map<string, number>();
  const rows = source.split('\n');
  for (let row = 0; row < rows.length; row++) {
    const text = (rows[row] ?? '').replace(/\r$/, '');
    if (text === '' || text.startsWith(' ') || text.startsWith('#') || !text.endsWith(':')) continue;
    for (const part of splitKeys(text.slice(0, -1))) if (!lines.has(part)) lines.set(part, row + 1);
  }
  return lines;
}

function splitKeys(keys: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let quoted = false;
  for (let index = 0; index <= keys.length; index++) {
    const char = keys[index];
    if (char === '"' && !(keys[index - 1] === '\\' && keys[index - 2] !== '\\')) quoted = !quoted;
    else if (index === keys.length || (char === ',' && !quoted)) {
      parts.push(keys.slice(start, index).trim());
      start = index + 1;
    }
  }
  const specs: string[] = [];
  for (const part of parts) {
    if (!part.startsWith('"')) {
      specs.push(part);
      continue;
    }
    try {
      specs.push(String(JSON.parse(part)));
    } catch {
      // The parser has accepted the file, so a key it reads differently only loses its line number.
    }
  }
  return specs;
}
