import { posix } from 'node:path';
import type { LockedPackage, Lockfile, SourceType } from '../model/types.js';
import type { ParseContext } from './parse-context.js';
import { pnpmDependencyFlags } from './pnpm-dependency-flags.js';
import { keyStyleOf, referencedKey, withoutPeers, type KeyStyle } from './pnpm-keys.js';
import { classifyResolved, nameFromTarballUrl, splitSpec } from './registry-url.js';
import { checkLockfileVersion } from './supported-versions.js';
import { asRecord, asString, asStringRecord, parseYamlDocuments, type YamlDocument } from './yaml-document.js';

// pnpm-lock.yaml in its three key styles (pnpm-keys.ts). One package may appear under several peer
// suffixes; it is one package to review.

const SRI = /^(sha512|sha384|sha256|sha1)-[A-Za-z0-9+/]+={0,2}$/;
const IMPORTER_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies'] as const;

export function parsePnpm(text: string, path: string, _context: ParseContext = {}): Lockfile {
  const { document, data, lockfileVersion, major } = graphDocument(text, path);
  checkLockfileVersion(path, 'pnpm', major);
  const style = keyStyleOf(major);
  const referencedAs = namesByKey(data, style);
  const { byKey, packages } = readPackages(data, { path, style, referencedAs, lines: document.keyLines(['packages']) });
  if (style === 'v9') {
    applySnapshots(asRecord(data['snapshots']) ?? {}, byKey, style);
    applyImporterDev(data, byKey, style);
  }
  const links = markDirect(data, byKey, style);
  return { path, format: 'pnpm', formatVersion: lockfileVersion, packages: [...packages, ...links] };
}

/** The document that holds the dependency graph, and the lockfile version it (or an earlier document) declares. */
function graphDocument(text: string, path: string): { document: YamlDocument; data: Record<string, unknown>; lockfileVersion: string; major: number } {
  const documents = parseYamlDocuments(text, path);
  // Newer lockfiles may start with other documents (config dependencies); the graph is in the last.
  const document =
    [...documents].reverse().find(({ data }) => asRecord(data)?.['packages'] !== undefined || asRecord(data)?.['importers'] !== undefined) ??
    documents.at(-1);
  const data = asRecord(document?.data);
  const lockfileVersion =
    asString(data?.['lockfileVersion']) ?? documents.map(({ data: other }) => asString(asRecord(other)?.['lockfileVersion'])).find(Boolean);
  const major = Number.parseFloat(lockfileVersion ?? '');
  if (!document || !data || !lockfileVersion || Number.isNaN(major)) throw new Error(`${path}: not a pnpm lockfile (no lockfileVersion)`);
  return { document, data, lockfileVersion, major };
}

/** What reading one `packages` entry needs from the whole lockfile. */
interface EntryContext {
  path: string;
  style: KeyStyle;
  /** The name each bare key is depended on by (namesByKey). */
  referencedAs: Map<string, string>;
  /** The line of each key under `packages`. */
  lines: Map<string, number>;
}

/** What one key under `packages` (one peer variant of a package) records. */
interface PackageEntry {
  name: string;
  version: string;
  alias: string | undefined;
  source: SourceType;
  resolved: string | undefined;
  integrity: string | undefined;
  dependencies: Record<string, string>;
  dev: boolean;
  optional: boolean;
  hasInstallScript: boolean | undefined;
}

/**
 * The packages under `packages`, one per identity (every peer variant of a package is one package to review),
 * in the order the lockfile lists them, and each bare key's package.
 */
function readPackages(data: Record<string, unknown>, context: EntryContext): { byKey: Map<string, LockedPackage>; packages: LockedPackage[] } {
  const byKey = new Map<string, LockedPackage>();
  const packages = new Map<string, LockedPackage>();
  for (const [key, value] of Object.entries(asRecord(data['packages']) ?? {})) {
    const line = context.lines.get(key);
    const bareKey = withoutPeers(key, context.style);
    const entry = readPackageEntry(key, bareKey, asRecord(value) ?? {}, context);
    const identity = entry.source === 'registry' ? `${entry.name}@${entry.version}` : `${entry.name}@${entry.version} ${entry.resolved ?? ''}`;
    let locked = packages.get(identity);
    if (locked) {
      addVariant(locked, key, line, entry);
    } else {
      locked = lockedPackage(key, line, entry, context.style);
      packages.set(identity, locked);
    }
    byKey.set(bareKey, locked);
  }
  return { byKey, packages: [...packages.values()] };
}

function readPackageEntry(key: string, bareKey: string, entry: Record<string, unknown>, context: EntryContext): PackageEntry {
  const parsed = nameAndVersion(bareKey, context.style);
  const { source, resolved, integrity } = fromResolution(asRecord(entry['resolution']) ?? {});
  // A local or remote source's key is its reference (`file:local-pkg`, `example.com/x.tgz`), and pnpm
  // leaves out `name` or `version` when the package's own manifest has none: fall back to how the
  // project refers to it and to the reference itself.
  const nonRegistry = source !== 'registry' && source !== 'unknown';
  const name = asString(entry['name']) ?? parsed?.name ?? (nonRegistry ? (context.referencedAs.get(bareKey) ?? nameFromResolved(resolved)) : undefined);
  const version = asString(entry['version']) ?? parsed?.version ?? (nonRegistry ? bareKey : undefined);
  if (!name || !version) {
    const line = context.lines.get(key);
    throw new Error(`${line === undefined ? context.path : `${context.path}:${line}`}: cannot read a package name and version from "${key}"`);
  }
  const requiresBuild = asString(entry['requiresBuild']);
  return {
    name,
    version,
    alias: parsed?.alias,
    source,
    resolved,
    integrity,
    dependencies: dependenciesOf(entry),
    dev: entry['dev'] === 'true',
    optional: entry['optional'] === 'true',
    hasInstallScript: requiresBuild === undefined ? undefined : requiresBuild === 'true',
  };
}

function lockedPackage(key: string, line: number | undefined, entry: PackageEntry, style: KeyStyle): LockedPackage {
  return {
    name: entry.name,
    version: entry.version,
    ...(entry.alias === undefined ? {} : { alias: entry.alias }),
    resolved: entry.resolved,
    integrity: entry.integrity,
    source: entry.source,
    direct: false,
    // v9 records neither flag on packages: dev comes from the importers, optional from snapshots.
    dev: style !== 'v9' && entry.dev,
    optional: style !== 'v9' && entry.optional,
    paths: [key],
    dependencies: entry.dependencies,
    ...(entry.hasInstallScript === undefined ? {} : { hasInstallScript: entry.hasInstallScript }),
    line,
  };
}

/** Another peer variant of a known package: dev or optional only if every variant is, the first line wins. */
function addVariant(locked: LockedPackage, key: string, line: number | undefined, variant: PackageEntry): void {
  locked.paths.push(key);
  locked.dev &&= variant.dev;
  locked.optional &&= variant.optional;
  if (variant.hasInstallScript !== undefined) locked.hasInstallScript = locked.hasInstallScript === true || variant.hasInstallScript;
  if (line !== undefined && (locked.line === undefined || line < locked.line)) locked.line = line;
}

/** v9 records `optional` on snapshots but dev nowhere: it follows from what the importers reach. */
function applyImporterDev(data: Record<string, unknown>, byKey: Map<string, LockedPackage>, style: KeyStyle): void {
  const reached = new Set<LockedPackage>();
  for (const [bareKey, flags] of pnpmDependencyFlags(data, style)) {
    const locked = byKey.get(bareKey);
    if (!locked) continue;
    locked.dev = reached.has(locked) ? locked.dev && flags.dev : flags.dev;
    reached.add(locked);
  }
}

function applySnapshots(snapshots: Record<string, unknown>, byKey: Map<string, LockedPackage>, style: KeyStyle): void {
  const required = new Set<LockedPackage>();
  const optional = new Set<LockedPackage>();
  const withDependencies = new Set<LockedPackage>();
  for (const [key, value] of Object.entries(snapshots)) {
    const locked = byKey.get(withoutPeers(key, style));
    if (!locked) continue;
    const snapshot = asRecord(value) ?? {};
    (snapshot['optional'] === 'true' ? optional : required).add(locked);
    if (!withDependencies.has(locked)) {
      locked.dependencies = dependenciesOf(snapshot);
      withDependencies.add(locked);
    }
  }
  for (const locked of optional) locked.optional = !required.has(locked);
}

/**
 * Marks what the importers depend on as direct. Returns the `link:` dependencies on folders outside the
 * repository (a sibling checkout): pnpm locks nothing for them, but the install uses their code, from
 * outside the registry.
 */
function markDirect(data: Record<string, unknown>, byKey: Map<string, LockedPackage>, style: KeyStyle): LockedPackage[] {
  const importers = asRecord(data['importers']);
  // Without workspaces, v5 and v6 keep the root project's dependencies at the top level.
  const projects = importers ? Object.entries(importers) : [['.', data] as const];
  const links = new Map<string, LockedPackage>();
  for (const [importerPath, importer] of projects) {
    const project = asRecord(importer) ?? {};
    for (const field of IMPORTER_FIELDS) {
      for (const [name, value] of Object.entries(asRecord(project[field]) ?? {})) {
        const reference = typeof value === 'string' ? value : asString(asRecord(value)?.['version']);
        if (!reference) continue;
        if (reference.startsWith('link:')) {
          const target = posix.normalize(posix.join(importerPath, reference.slice('link:'.length)));
          // A folder inside the repository (a workspace project, most often) is reviewed in the pull request itself.
          if (target !== '..' && !target.startsWith('../') && !posix.isAbsolute(target)) continue;
          const identity = `${name} ${target}`;
          const known = links.get(identity);
          if (known) {
            known.dev &&= field === 'devDependencies';
            if (!known.paths.includes(importerPath)) known.paths.push(importerPath);
          } else {
            links.set(identity, { name, version: `link:${target}`, resolved: `link:${target}`, source: 'link', direct: true, dev: field === 'devDependencies', optional: field === 'optionalDependencies', paths: [importerPath] });
          }
          continue;
        }
        const locked = importedPackage(name, reference, byKey, style);
        if (!locked) continue;
        locked.direct = true;
        if (locked.alias === undefined && name !== locked.name) locked.alias = name;
        if (!locked.paths.includes(importerPath)) locked.paths.unshift(importerPath);
      }
    }
  }
  return [...links.values()];
}

/** An importer's version is a plain version, a path to a package key, or an alias (`npm:real@1.0.0`). */
function importedPackage(name: string, reference: string, byKey: Map<string, LockedPackage>, style: KeyStyle): LockedPackage | undefined {
  let bare = withoutPeers(reference, style);
  if (bare.startsWith('npm:')) bare = bare.slice(4);
  const candidates = [bare, `/${bare}`, `${name}@${bare}`, `/${name}@${bare}`, `/${name}/${bare}`];
  for (const candidate of candidates) {
    const locked = byKey.get(candidate);
    if (locked) return locked;
  }
  return undefined;
}

function nameAndVersion(bareKey: string, style: KeyStyle): { name: string; version: string; alias?: string } | null {
  const body = bareKey.startsWith('/') ? bareKey.slice(1) : bareKey;
  if (style === 'v5') {
    // Keys without the leading slash are non-registry sources that carry `name` and `version` fields.
    if (!bareKey.startsWith('/')) return null;
    const segments = body.split('/');
    const nameSegments = body.startsWith('@') ? 2 : 1;
    if (segments.length !== nameSegments + 1 || !segments[nameSegments]) return null;
    return { name: segments.slice(0, nameSegments).join('/'), version: segments[nameSegments]! };
  }
  const parts = splitSpec(body);
  if (!parts || !parts.range) return null;
  if (parts.range.startsWith('npm:')) {
    const target = splitSpec(parts.range.slice(4));
    if (target?.range) return { name: target.name, version: target.range, alias: parts.name };
  }
  return { name: parts.name, version: parts.range };
}

/** The name each key is depended on by, from the importers and every package's dependencies. */
function namesByKey(data: Record<string, unknown>, style: KeyStyle): Map<string, string> {
  const names = new Map<string, string>();
  const record = (dependencies: unknown): void => {
    for (const [name, value] of Object.entries(asRecord(dependencies) ?? {})) {
      const reference = typeof value === 'string' ? value : asString(asRecord(value)?.['version']);
      const key = reference === undefined ? undefined : referencedKey(name, reference, style);
      if (key !== undefined && !names.has(withoutPeers(key, style))) names.set(withoutPeers(key, style), name);
    }
  };
  const importers = asRecord(data['importers']);
  for (const project of importers ? Object.values(importers) : [data]) {
    for (const field of IMPORTER_FIELDS) record(asRecord(project)?.[field]);
  }
  for (const section of ['packages', 'snapshots']) {
    for (const entry of Object.values(asRecord(data[section]) ?? {})) {
      record(asRecord(entry)?.['dependencies']);
      record(asRecord(entry)?.['optionalDependencies']);
    }
  }
  return names;
}

/** A name from where the package comes from: a registry-shaped tarball URL or the folder a path ends in. */
function nameFromResolved(resolved: string | undefined): string | undefined {
  if (resolved === undefined) return undefined;
  const fromUrl = nameFromTarballUrl(resolved);
  if (fromUrl !== null) return fromUrl;
  const folder = resolved.replace(/^file:/, '').replace(/[/\\]+$/, '').split(/[/\\]/).at(-1);
  return folder === undefined || folder === '' || folder === '.' || folder === '..' ? undefined : folder.replace(/\.(tgz|tar\.gz)$/, '');
}

function fromResolution(resolution: Record<string, unknown>): { source: SourceType; resolved?: string; integrity?: string } {
  const recorded = asString(resolution['integrity']);
  const integrity = recorded !== undefined && SRI.test(recorded) ? recorded : undefined;
  const tarball = asString(resolution['tarball']);
  const repo = asString(resolution['repo']);
  const directory = asString(resolution['directory']);
  const type = asString(resolution['type']);
  if (repo !== undefined || type === 'git') {
    const commit = asString(resolution['commit']);
    return { source: 'git', resolved: repo !== undefined && commit !== undefined ? `${repo}#${commit}` : repo, integrity };
  }
  if (tarball !== undefined) {
    const source = classifyResolved(tarball);
    return { source: source === 'unknown' ? 'tarball' : source, resolved: tarball, integrity };
  }
  if (directory !== undefined || type === 'directory') {
    return { source: 'file', resolved: directory === undefined ? undefined : `file:${directory}`, integrity };
  }
  return { source: integrity !== undefined ? 'registry' : 'unknown', integrity };
}

function dependenciesOf(entry: Record<string, unknown>): Record<string, string> {
  return { ...asStringRecord(entry['optionalDependencies']), ...asStringRecord(entry['dependencies']) };
}
