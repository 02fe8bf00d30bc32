import type { Lockfile, SourceType } from '../model/types.js';
import { jsonKeyLines } from './line-index.js';
import { lockfileError } from './lockfile-error.js';
import { directNames, isRecord, parseJsonLockfile, specMap, stringField, type JsonRecord } from './npm-json.js';
import { sourceOfResolved } from './npm-source.js';
import { nameFromTarballUrl } from './registry-url.js';
import { parseNpmV1 } from './npm-v1.js';
import { optionalFields, PackageCollector, type CollectedPackage } from './package-collector.js';
import type { ParseContext } from './parse-context.js';

const NODE_MODULES = 'node_modules/';

/** Parses `package-lock.json` / `npm-shrinkwrap.json`, lockfileVersion 1, 2 and 3. */
export function parseNpm(text: string, path: string, context?: ParseContext): Lockfile {
  const root = parseJsonLockfile(text, path);
  if (!isRecord(root)) throw lockfileError(path, 'the top level is not a JSON object', 1);
  const version = root.lockfileVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw lockfileError(path, 'it has no valid "lockfileVersion" (expected 1, 2 or 3)', 1);
  }
  const formatVersion = String(version);
  // v2 carries both maps; `packages` is the source of truth and `dependencies` only a mirror for npm 6.
  if (version >= 2 && root.packages !== undefined) {
    if (!isRecord(root.packages)) throw lockfileError(path, '"packages" is not an object');
    return { path, format: 'npm', formatVersion, packages: parsePackagesMap(text, root.packages) };
  }
  if (root.dependencies !== undefined && !isRecord(root.dependencies)) {
    throw lockfileError(path, '"dependencies" is not an object');
  }
  const packages = isRecord(root.dependencies) ? parseNpmV1(text, path, root.dependencies, context) : [];
  return { path, format: 'npm', formatVersion, packages };
}

function parsePackagesMap(text: string, packagesObject: JsonRecord): CollectedPackage[] {
  const entries = new Map<string, JsonRecord>();
  for (const [location, entry] of Object.entries(packagesObject)) if (isRecord(entry)) entries.set(location, entry);
  const directLocations = findDirectLocations(entries);
  const lines = jsonKeyLines(text, (keyPath) =>
    keyPath.length === 2 && keyPath[0] === 'packages' ? keyPath[1] : undefined,
  );
  const collector = new PackageCollector();
  for (const [location, entry] of entries) {
    const folder = installedFolderName(location);
    if (folder === undefined) continue;
    const described = entry.link === true ? describeLink(entry, entries) : describeInstalled(entry, folder);
    if (described === undefined) continue;
    const devOptional = entry.devOptional === true;
    collector.add({
      name: described.name,
      version: described.version,
      ...(described.name !== folder ? { alias: folder } : {}),
      ...(described.resolved !== undefined ? { resolved: described.resolved } : {}),
      ...(typeof entry.integrity === 'string' ? { integrity: entry.integrity } : {}),
      source: described.source,
      direct: directLocations.has(location),
      dev: entry.dev === true && !devOptional,
      optional: entry.optional === true || devOptional,
      paths: [location],
      ...optionalFields(described.dependencies, entry.hasInstallScript === true, lines.get(location)),
      ...(entry.inBundle === true ? { bundled: true } : {}),
    });
  }
  return collector.list();
}

interface Described {
  name: string;
  version: string;
  resolved?: string;
  source: SourceType;
  dependencies?: Record<string, string>;
}

function describeInstalled(entry: JsonRecord, folder: string): Described | undefined {
  const resolved = stringField(entry.resolved);
  const version = stringField(entry.version) ?? resolved;
  if (version === undefined) return undefined;
  const name = stringField(entry.name) ?? (resolved ? nameFromTarballUrl(resolved) : null) ?? folder;
  return {
    name,
    version,
    resolved,
    source: sourceOfResolved(resolved),
    dependencies: specMap(entry.dependencies, entry.optionalDependencies),
  };
}

/** A `link: true` entry is a symlink to a folder entry keyed by its `resolved` path (often a workspace). */
function describeLink(entry: JsonRecord, entries: Map<string, JsonRecord>): Described | undefined {
  const target = stringField(entry.resolved);
  if (target === undefined) return undefined;
  const folder = entries.get(target);
  const name = stringField(folder?.name) ?? stringField(entry.name) ?? installedFolderName(target) ?? target;
  return {
    name,
    version: stringField(folder?.version) ?? stringField(entry.version) ?? `file:${target}`,
    resolved: target,
    source: isInsideProject(target) ? 'workspace' : 'link',
    dependencies: specMap(folder?.dependencies, folder?.optionalDependencies),
  };
}

/**
 * Locations of the packages the root and each workspace (any non-node_modules folder entry) depend on:
 * their own nested node_modules first, else the hoisted copy at the top.
 */
function findDirectLocations(entries: Map<string, JsonRecord>): Set<string> {
  const direct = new Set<string>();
  for (const [location, entry] of entries) {
    if (installedFolderName(location) !== undefined) continue;
    const prefix = location === '' ? '' : `${location}/`;
    for (const name of directNames(entry)) {
      const own = `${prefix}${NODE_MODULES}${name}`;
      direct.add(entries.has(own) ? own : `${NODE_MODULES}${name}`);
    }
  }
  return direct;
}

/** The folder name a location installs under (`@scope/name` included), or undefined for non-node_modules folders. */
function installedFolderName(location: string): string | undefined {
  const at = location.lastIndexOf(NODE_MODULES);
  if (at === -1 || (at > 0 && location[at - 1] !== '/')) return undefined;
  const folder = location.slice(at + NODE_MODULES.length);
  return folder === '' ? undefined : folder;
}

function isInsideProject(target: string): boolean {
  return !target.startsWith('..') && !target.startsWith('/') && !/^[a-z]:[\\/]/i.test(target);
}
