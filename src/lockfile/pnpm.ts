import type { LockedPackage, Lockfile, SourceType } from '../model/types.js';
import type { ParseContext } from './parse-context.js';
import { classifyResolved, splitSpec } from './registry-url.js';
import { asRecord, asString, asStringRecord, parseYamlDocuments } from './yaml-document.js';

// pnpm-lock.yaml, three key styles:
//   v5 (5.3, 5.4): `/name/1.0.0`, `/@scope/name/1.0.0_peer@2.0.0`
//   v6 (6.x):      `/name@1.0.0`, `/name@1.0.0(peer@2.0.0)`
//   v9 (7+):       `name@1.0.0` in `packages`, with peer-suffixed copies in `snapshots`
// One package may appear under several peer suffixes; it is one package to review.

type KeyStyle = 'v5' | 'v6' | 'v9';

const SRI = /^(sha512|sha384|sha256|sha1)-[A-Za-z0-9+/]+={0,2}$/;
const IMPORTER_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies'] as const;

export function parsePnpm(text: string, path: string, _context: ParseContext = {}): Lockfile {
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
  const style: KeyStyle = major < 6 ? 'v5' : major < 7 ? 'v6' : 'v9';

  const lines = document.keyLines(['packages']);
  const byKey = new Map<string, LockedPackage>();
  const packages = new Map<string, LockedPackage>();
  for (const [key, value] of Object.entries(asRecord(data['packages']) ?? {})) {
    const line = lines.get(key);
    const entry = asRecord(value) ?? {};
    const bareKey = withoutPeers(key, style);
    const parsed = nameAndVersion(bareKey, style);
    const name = asString(entry['name']) ?? parsed?.name;
    const version = asString(entry['version']) ?? parsed?.version;
    if (!name || !version) throw new Error(`${line === undefined ? path : `${path}:${line}`}: cannot read a package name and version from "${key}"`);
    const { source, resolved, integrity } = fromResolution(asRecord(entry['resolution']) ?? {});
    const requiresBuild = asString(entry['requiresBuild']);
    const variant = {
      dev: entry['dev'] === 'true',
      optional: entry['optional'] === 'true',
      hasInstallScript: requiresBuild === undefined ? undefined : requiresBuild === 'true',
    };
    const identity = source === 'registry' ? `${name}@${version}` : `${name}@${version} ${resolved ?? ''}`;

    let locked = packages.get(identity);
    if (locked) {
      locked.paths.push(key);
      locked.dev &&= variant.dev;
      locked.optional &&= variant.optional;
      if (variant.hasInstallScript !== undefined) locked.hasInstallScript = locked.hasInstallScript === true || variant.hasInstallScript;
      if (line !== undefined && (locked.line === undefined || line < locked.line)) locked.line = line;
    } else {
      locked = {
        name,
        version,
        ...(parsed?.alias === undefined ? {} : { alias: parsed.alias }),
        resolved,
        integrity,
        source,
        direct: false,
        // v9 records neither flag on packages: dev comes from the importers, optional from snapshots.
        dev: style !== 'v9' && variant.dev,
        optional: style !== 'v9' && variant.optional,
        paths: [key],
        dependencies: dependenciesOf(entry),
        ...(variant.hasInstallScript === undefined ? {} : { hasInstallScript: variant.hasInstallScript }),
        line,
      };
      packages.set(identity, locked);
    }
    byKey.set(bareKey, locked);
  }

  if (style === 'v9') applySnapshots(asRecord(data['snapshots']) ?? {}, byKey, style);
  markDirect(data, byKey, style);
  return { path, format: 'pnpm', formatVersion: lockfileVersion, packages: [...packages.values()] };
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

function markDirect(data: Record<string, unknown>, byKey: Map<string, LockedPackage>, style: KeyStyle): void {
  const importers = asRecord(data['importers']);
  // Without workspaces, v5 and v6 keep the root project's dependencies at the top level.
  const projects = importers ? Object.entries(importers) : [['.', data] as const];
  const prod = new Set<LockedPackage>();
  const dev = new Set<LockedPackage>();
  for (const [importerPath, importer] of projects) {
    const project = asRecord(importer) ?? {};
    for (const field of IMPORTER_FIELDS) {
      for (const [name, value] of Object.entries(asRecord(project[field]) ?? {})) {
        const reference = typeof value === 'string' ? value : asString(asRecord(value)?.['version']);
        // `link:` points at another workspace project: source in the repository, not a package.
        if (!reference || reference.startsWith('link:')) continue;
        const locked = importedPackage(name, reference, byKey, style);
        if (!locked) continue;
        locked.direct = true;
        if (locked.alias === undefined && name !== locked.name) locked.alias = name;
        if (!locked.paths.includes(importerPath)) locked.paths.unshift(importerPath);
        (field === 'devDependencies' ? dev : prod).add(locked);
      }
    }
  }
  if (style === 'v9') for (const locked of dev) locked.dev = !prod.has(locked);
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

function withoutPeers(key: string, style: KeyStyle): string {
  if (style !== 'v5') {
    const paren = key.indexOf('(');
    return paren === -1 ? key : key.slice(0, paren);
  }
  // v5 peer suffixes start with `_` after the version (semver has no `_`). Scoped peers use `+`
  // rather than `/`, but a `link:` peer may hold slashes, so registry keys are read from the front.
  if (key.startsWith('/')) {
    const body = key.slice(1);
    let versionStart = 0;
    for (let segment = body.startsWith('@') ? 2 : 1; segment > 0; segment--) {
      const slash = body.indexOf('/', versionStart);
      if (slash === -1) return key;
      versionStart = slash + 1;
    }
    const underscore = body.indexOf('_', versionStart);
    return underscore === -1 ? key : `/${body.slice(0, underscore)}`;
  }
  const firstUnderscore = key.indexOf('_');
  if (firstUnderscore === -1) return key;
  const firstSlash = key.indexOf('/');
  // A plain version (`1.0.0_react@18.0.0`) or a non-registry key (`github.com/a/b/<sha>_react@18.0.0`).
  if (firstSlash === -1 || firstSlash > firstUnderscore) return key.slice(0, firstUnderscore);
  const underscore = key.indexOf('_', key.lastIndexOf('/') + 1);
  return underscore === -1 ? key : key.slice(0, underscore);
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
