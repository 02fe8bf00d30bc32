import type { SourceType } from '../model/types.js';
import { jsonKeyLines } from './line-index.js';
import { clip, lockfileError } from './lockfile-error.js';
import { directNames, isRecord, specMap, stringField, type JsonRecord } from './npm-json.js';
import { sourceOfResolved } from './npm-source.js';
import { classifyResolved, splitSpec } from './registry-url.js';
import { MAX_TREE_DEPTH, optionalFields, PackageCollector, type CollectedPackage } from './package-collector.js';
import type { ParseContext } from './parse-context.js';

/**
 * lockfileVersion 1 (npm 5 and 6): a nested `dependencies` tree mirroring node_modules. Where the version
 * field holds a spec instead of a version (`npm:real@1.0.0`, git URLs, `file:`, tarball URLs), it says
 * where the package came from.
 */
export function parseNpmV1(
  text: string,
  path: string,
  dependencies: JsonRecord,
  context?: ParseContext,
): CollectedPackage[] {
  const lines = jsonKeyLines(text, treeLocation);
  const found: Array<{ location: string; folder: string; entry: JsonRecord }> = [];
  const required = new Set<string>();
  const pending: Array<{ deps: JsonRecord; parent: string; depth: number }> = [
    { deps: dependencies, parent: '', depth: 1 },
  ];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next.depth > MAX_TREE_DEPTH) {
      throw lockfileError(path, `dependencies nest deeper than ${MAX_TREE_DEPTH} levels (under ${clip(next.parent)})`);
    }
    for (const [folder, entry] of Object.entries(next.deps)) {
      if (!isRecord(entry)) continue;
      const location = `${next.parent}node_modules/${folder}`;
      found.push({ location, folder, entry });
      if (isRecord(entry.requires)) for (const name of Object.keys(entry.requires)) required.add(name);
      if (isRecord(entry.dependencies)) {
        pending.push({ deps: entry.dependencies, parent: `${location}/`, depth: next.depth + 1 });
      }
    }
  }
  const isDirect = directTest(context, required);
  const collector = new PackageCollector();
  for (const { location, folder, entry } of found) {
    const described = describe(folder, entry);
    if (described === undefined) continue;
    collector.add({
      ...described,
      ...(described.name !== folder ? { alias: folder } : {}),
      ...(typeof entry.integrity === 'string' ? { integrity: entry.integrity } : {}),
      direct: !location.includes('/node_modules/') && isDirect(folder),
      dev: entry.dev === true,
      optional: entry.optional === true,
      paths: [location],
      ...optionalFields(specMap(entry.requires), false, lines.get(location)),
      ...(entry.bundled === true ? { bundled: true } : {}),
    });
  }
  return collector.list();
}

function describe(
  folder: string,
  entry: JsonRecord,
): { name: string; version: string; resolved?: string; source: SourceType } | undefined {
  const version = stringField(entry.version);
  if (version === undefined || version === '') return undefined;
  const resolved = stringField(entry.resolved);
  if (version.startsWith('npm:')) {
    const real = splitSpec(version.slice(4));
    if (real !== null) {
      return { name: real.name, version: real.range, ...withResolved(resolved), source: sourceOfResolved(resolved) };
    }
  }
  if (classifyResolved(version) !== 'registry') {
    const spec = resolved ?? version;
    return { name: folder, version, resolved: spec, source: sourceOfResolved(spec) };
  }
  return { name: folder, version, ...withResolved(resolved), source: sourceOfResolved(resolved) };
}

function withResolved(resolved: string | undefined): { resolved?: string } {
  return resolved === undefined ? {} : { resolved };
}

/**
 * v1 does not record the root's own dependencies. With the package.json at hand we know them; without it, a
 * top-level package that nothing else requires can only be there because the root asked for it.
 */
function directTest(context: ParseContext | undefined, required: Set<string>): (name: string) => boolean {
  if (context?.rootManifest !== undefined) {
    const names = new Set(directNames(context.rootManifest));
    return (name) => names.has(name);
  }
  return (name) => !required.has(name);
}

/** `dependencies.a.dependencies.b` -> `node_modules/a/node_modules/b`. */
function treeLocation(keyPath: readonly string[]): string | undefined {
  if (keyPath.length < 2 || keyPath.length % 2 !== 0 || keyPath.length > 2 * MAX_TREE_DEPTH) return undefined;
  const folders: string[] = [];
  for (let at = 0; at < keyPath.length; at += 2) {
    if (keyPath[at] !== 'dependencies') return undefined;
    folders.push(keyPath[at + 1]);
  }
  return `node_modules/${folders.join('/node_modules/')}`;
}
