import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Lockfile, SourceType } from '../model/types.js';
import { jsonKeyLines, lineIndex } from './line-index.js';
import { clip, lockfileError } from './lockfile-error.js';
import { isRecord, specMap, stringField, type JsonRecord } from './npm-json.js';
import { sourceOfResolved } from './npm-source.js';
import { splitSpec } from './registry-url.js';
import { MAX_TREE_DEPTH, optionalFields, PackageCollector } from './package-collector.js';
import type { ParseContext } from './parse-context.js';
import { bunReachability, declaredDependencies, type BunNode, type DependencyKind } from './bun-tree.js';

/**
 * Parses the text `bun.lock` (JSONC, lockfileVersion 0 and 1). Each `packages` entry is an array whose
 * first element is `name@resolution`; the resolution's shape says the source and where the rest sits:
 *   npm       [id, registry-or-"", info, integrity]
 *   git       [id (git+... / github:...), info, resolved commit]
 *   workspace [id (name@workspace:path)]
 *   file, link, tarball [id, info]
 * Keys are install locations: `a`, `a/b` (b nested under a), `@s/a/@t/b`.
 * bun records no dev/optional flags, so they are derived from what the workspaces' prod dependencies reach.
 */
export function parseBun(text: string, path: string, _context?: ParseContext): Lockfile {
  const errors: ParseError[] = [];
  const root: unknown = parse(text, errors, { allowTrailingComma: true });
  if (errors.length > 0) {
    const [first] = errors;
    throw lockfileError(path, `invalid JSONC (${printParseErrorCode(first.error)})`, lineIndex(text).lineAt(first.offset));
  }
  if (!isRecord(root)) throw lockfileError(path, 'the top level is not an object', 1);
  const version = root.lockfileVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw lockfileError(path, 'it has no valid "lockfileVersion" (expected 0 or 1)', 1);
  }
  const workspaces = isRecord(root.workspaces) ? root.workspaces : {};
  const packages = root.packages === undefined ? {} : root.packages;
  if (!isRecord(packages)) throw lockfileError(path, '"packages" is not an object');
  const lines = jsonKeyLines(text, (keyPath) =>
    keyPath.length === 2 && keyPath[0] === 'packages' ? keyPath[1] : undefined,
  );

  const nodes = new Map<string, BunNode>();
  for (const [key, value] of Object.entries(packages)) {
    const node = describeEntry(key, value, workspaces);
    if (typeof node === 'string') throw lockfileError(path, `package "${clip(key)}" ${node}`, lines.get(key));
    if (node !== undefined) nodes.set(key, node);
  }
  const reach = bunReachability(nodes, workspaceRoots(workspaces, nodes));

  const collector = new PackageCollector();
  for (const [key, node] of nodes) {
    const folder = node.segments[node.segments.length - 1];
    collector.add({
      name: node.name,
      version: node.version,
      ...(node.name !== folder ? { alias: folder } : {}),
      ...(node.resolved !== undefined ? { resolved: node.resolved } : {}),
      ...(node.integrity !== undefined ? { integrity: node.integrity } : {}),
      source: node.source,
      direct: reach.direct.has(key),
      dev: !reach.prod.has(key),
      optional: !reach.required.has(key),
      paths: [`node_modules/${node.segments.join('/node_modules/')}`],
      ...optionalFields(specMap(node.info.dependencies, node.info.optionalDependencies), false, lines.get(key)),
      ...(node.info.bundled === true ? { bundled: true } : {}),
    });
  }
  return { path, format: 'bun', formatVersion: String(version), packages: collector.list() };
}

/** A node, undefined for entries that are not installed packages, or a string saying what is malformed. */
function describeEntry(key: string, value: unknown, workspaces: JsonRecord): BunNode | undefined | string {
  if (!Array.isArray(value) || typeof value[0] !== 'string') return 'is not a ["name@version", ...] array';
  const id = splitSpec(value[0]);
  if (id === null) return `has no "name@version" identifier ("${clip(value[0])}")`;
  const segments = keySegments(key);
  if (segments.length === 0) return 'has an empty key';
  if (segments.length > MAX_TREE_DEPTH) return `nests deeper than ${MAX_TREE_DEPTH} levels`;
  const { name, range: resolution } = id;
  const base = { key, segments, name, version: resolution };
  const info = (at: number): JsonRecord => (isRecord(value[at]) ? (value[at] as JsonRecord) : {});

  if (resolution.startsWith('root:')) return undefined;
  if (resolution.startsWith('workspace:')) {
    const folder = resolution.slice('workspace:'.length);
    const manifest = isRecord(workspaces[folder]) ? (workspaces[folder] as JsonRecord) : {};
    const version = stringField(manifest.version) ?? resolution;
    return { ...base, version, resolved: folder, source: 'workspace', info: manifest, workspace: folder };
  }
  if (/^(git\+|github:)/.test(resolution)) {
    // bun pins the commit in the id (`#sha`); the third element is its own tag for the checkout.
    const tag = stringField(value[2]);
    const resolved = resolution.includes('#') || !tag ? resolution : `${resolution}#${tag}`;
    return { ...base, resolved, source: 'git', info: info(1) };
  }
  const local = localSource(resolution);
  if (local !== undefined) return { ...base, resolved: resolution, source: local, info: info(1) };
  if (typeof value[1] !== 'string') {
    // A local tarball path (`name@./vendor/x.tgz`) carries its info where npm entries carry a registry.
    return { ...base, resolved: resolution, source: 'file', info: info(1) };
  }
  return {
    ...base,
    ...(value[1] !== '' ? { resolved: value[1] } : {}),
    ...(typeof value[3] === 'string' && value[3] !== '' ? { integrity: value[3] } : {}),
    source: 'registry',
    info: info(2),
  };
}

function localSource(resolution: string): SourceType | undefined {
  if (resolution.startsWith('link:')) return 'link';
  if (resolution.startsWith('file:')) return 'file';
  if (/^https?:\/\//i.test(resolution)) return sourceOfResolved(resolution);
  return undefined;
}

/** `@s/a/b/@t/c` -> [`@s/a`, `b`, `@t/c`]. */
function keySegments(key: string): string[] {
  const parts = key.split('/');
  const segments: string[] = [];
  for (let at = 0; at < parts.length; at++) {
    if (parts[at] === '') continue;
    if (parts[at].startsWith('@') && at + 1 < parts.length) {
      segments.push(`${parts[at]}/${parts[at + 1]}`);
      at++;
    } else {
      segments.push(parts[at]);
    }
  }
  return segments;
}

/**
 * The dependencies each workspace declares, with the key prefix bun uses for that workspace's own copies
 * (its package key) so they resolve before the hoisted ones.
 */
function workspaceRoots(
  workspaces: JsonRecord,
  nodes: Map<string, BunNode>,
): Array<{ segments: string[]; name: string; kind: DependencyKind }> {
  const keyOfFolder = new Map<string, string[]>();
  for (const node of nodes.values()) if (node.workspace !== undefined) keyOfFolder.set(node.workspace, node.segments);
  const roots: Array<{ segments: string[]; name: string; kind: DependencyKind }> = [];
  for (const [folder, manifest] of Object.entries(workspaces)) {
    if (!isRecord(manifest)) continue;
    const segments = folder === '' ? [] : (keyOfFolder.get(folder) ?? []);
    for (const [name, kind] of declaredDependencies(manifest)) roots.push({ segments, name, kind });
  }
  return roots;
}
