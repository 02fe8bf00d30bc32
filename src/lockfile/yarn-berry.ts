import type { LockedPackage, Lockfile } from '../model/types.js';
import { dependencyFlags, type FlagEdge, type FlagRoot } from './dependency-flags.js';
import type { ParseContext } from './parse-context.js';
import { classifyResolved, splitSpec } from './registry-url.js';
import { parseSymlDocument } from './syml-document.js';
import { checkLockfileVersion } from './supported-versions.js';
import { asRecord, asString, asStringRecord } from './yaml-document.js';

// yarn berry (v2+) lockfiles: YAML with `__metadata`, entries keyed by comma-joined descriptors
// (`name@npm:^1.0.0, name@npm:^1.1.0`) and resolved by a locator (`name@npm:1.2.3`).

const SRI = /^(sha512|sha384|sha256|sha1)-[A-Za-z0-9+/]+={0,2}$/;

interface Edge {
  descriptor: string;
  optional: boolean;
}

interface Workspace {
  id: string;
  dependencies: Record<string, string>;
  optionalNames: Set<string>;
}

/** The entries read so far, indexed the ways the dependency graph is resolved once every entry is known. */
interface BerryEntries {
  /** By identity: name@version, plus the source for non-registry packages. */
  packages: Map<string, LockedPackage>;
  byDescriptor: Map<string, LockedPackage>;
  /** Packages so far known only through a patch: their unpatched entry, when it comes, takes over resolved, line and dependencies. */
  fromPatch: Set<LockedPackage>;
  /** Dependencies by package, as descriptors: resolved once every entry is known. */
  edges: Map<LockedPackage, Edge[]>;
  workspaces: Workspace[];
}

export function parseYarnBerry(text: string, path: string, context: ParseContext = {}): Lockfile {
  const { data: root, keyLines: lines } = parseSymlDocument(text, path);
  const metadata = asRecord(root['__metadata']);
  if (!metadata) throw new Error(`${path}: not a yarn berry lockfile (no __metadata entry)`);
  checkLockfileVersion(path, 'yarn-berry', Number(metadata['version']));

  const entries: BerryEntries = { packages: new Map(), byDescriptor: new Map(), fromPatch: new Set(), edges: new Map(), workspaces: [] };
  for (const [key, value] of Object.entries(root)) {
    if (key === '__metadata') continue;
    readEntry(entries, key, value, path, lines.get(key));
  }
  setDependencyFlags(entries, context);
  return { path, format: 'yarn-berry', formatVersion: asString(metadata['version']) ?? 'unknown', packages: [...entries.packages.values()] };
}

/** Adds one lockfile entry (`key: value`) to `entries`: a workspace, or a package with its descriptors and edges. */
function readEntry(entries: BerryEntries, key: string, value: unknown, path: string, line: number | undefined): void {
  const where = line === undefined ? path : `${path}:${line}`;
  const entry = asRecord(value);
  const resolution = asString(entry?.['resolution']);
  const locator = resolution === undefined ? null : splitSpec(resolution);
  if (!entry || !resolution || !locator) throw new Error(`${where}: entry "${key}" has no valid resolution`);
  const descriptors = key.split(',').map((descriptor) => descriptor.trim()).filter((descriptor) => descriptor !== '');
  const dependencies = asStringRecord(entry['dependencies']) ?? {};
  const optionalNames = optionalDependencyNames(entry['dependenciesMeta']);

  if (locator.range.startsWith('workspace:')) {
    entries.workspaces.push({ id: locator.range.slice('workspace:'.length), dependencies, optionalNames });
    return;
  }

  const patchTarget = locator.range.startsWith('patch:') ? unwrapPatch(locator.range) : null;
  const name = patchTarget?.name ?? locator.name;
  const reference = withoutParameters(patchTarget?.range ?? locator.range);
  const version = asString(entry['version']);
  if (!version) throw new Error(`${where}: entry "${key}" has no version`);
  const source = classifyResolved(reference);
  // A patched package is the published package plus a patch kept in the repository (or built into
  // yarn): one package to review, whose paths mention the patch.
  const identity = source === 'registry' ? `${name}@${version}` : `${name}@${version} ${reference}`;
  const locked = lockPackage(entries, identity, {
    name,
    version,
    resolved: resolution,
    checksum: asString(entry['checksum']),
    source,
    dependencies,
    line,
    descriptors,
    patched: patchTarget !== null,
  });

  const own = entries.edges.get(locked) ?? [];
  for (const [dependency, range] of Object.entries(dependencies)) own.push({ descriptor: `${dependency}@${range}`, optional: optionalNames.has(dependency) });
  entries.edges.set(locked, own);
  for (const descriptor of descriptors) {
    entries.byDescriptor.set(descriptor, locked);
    const installedAs = splitSpec(descriptor)?.name;
    if (locked.alias === undefined && installedAs !== undefined && installedAs !== name) locked.alias = installedAs;
  }
}

/** One entry's package as read, before it meets an earlier entry of the same identity. */
interface EntryPackage {
  name: string;
  version: string;
  resolved: string;
  checksum: string | undefined;
  source: LockedPackage['source'];
  dependencies: Record<string, string>;
  line: number | undefined;
  descriptors: string[];
  /** Read through a `patch:` locator. */
  patched: boolean;
}

/** The package for `identity`: created on its first entry, joined by the descriptors of later ones. */
function lockPackage(entries: BerryEntries, identity: string, read: EntryPackage): LockedPackage {
  const known = entries.packages.get(identity);
  if (known === undefined) {
    const locked: LockedPackage = {
      name: read.name,
      version: read.version,
      resolved: read.resolved,
      integrity: read.checksum !== undefined && SRI.test(read.checksum) ? read.checksum : undefined,
      source: read.source,
      direct: false,
      dev: false,
      optional: false,
      paths: [...read.descriptors],
      dependencies: read.dependencies,
      line: read.line,
    };
    entries.packages.set(identity, locked);
    if (read.patched) entries.fromPatch.add(locked);
    return locked;
  }
  known.paths.push(...read.descriptors);
  // The unpatched entry describes the published package itself: its resolution, line and dependencies win.
  if (entries.fromPatch.has(known) && !read.patched) {
    known.resolved = read.resolved;
    known.line = read.line;
    known.dependencies = read.dependencies;
    entries.fromPatch.delete(known);
  }
  return known;
}

/** Sets direct, dev and optional on every package from the workspaces down the resolved dependency edges. */
function setDependencyFlags(entries: BerryEntries, context: ParseContext): void {
  const { packages, byDescriptor, edges } = entries;
  // package.json `resolutions` rewrite descriptors before they are locked: a dependency on `esbuild@npm:^0.21.3`
  // may be locked only as `esbuild@npm:0.23.0`. The root manifest's resolutions are not at hand, so such a
  // descriptor follows the name when the lockfile holds a single package of that name.
  const byName = new Map<string, LockedPackage | null>();
  for (const locked of packages.values()) {
    for (const name of new Set([locked.name, locked.alias ?? locked.name])) byName.set(name, byName.has(name) ? null : locked);
  }
  const edgesOf = (locked: LockedPackage): FlagEdge<LockedPackage>[] =>
    (edges.get(locked) ?? []).flatMap(({ descriptor, optional }) => {
      const target = byDescriptor.get(descriptor) ?? byName.get(splitSpec(descriptor)?.name ?? '') ?? undefined;
      return target === undefined ? [] : [{ node: target, optional }];
    });
  const flags = dependencyFlags(workspaceRoots(entries.workspaces, byDescriptor, context), edgesOf);
  for (const [locked, { dev, optional }] of flags) Object.assign(locked, { dev, optional });
}

/** What the workspaces depend on: each workspace entry's dependencies, told apart by the root package.json. */
function workspaceRoots(workspaces: Workspace[], byDescriptor: Map<string, LockedPackage>, context: ParseContext): FlagRoot<LockedPackage>[] {
  const manifest = context.rootManifest;
  const roots: FlagRoot<LockedPackage>[] = [];
  const reference = (name: string, range: string, optional: boolean, dev: boolean): void => {
    const locked = byDescriptor.get(`${name}@${range}`);
    if (!locked) return;
    locked.direct = true;
    roots.push({ node: locked, dev, optional });
  };
  for (const workspace of workspaces) {
    for (const [name, range] of Object.entries(workspace.dependencies)) {
      // The lockfile merges a workspace's dependencies and devDependencies; only the root's
      // package.json (when given) tells them apart. Other workspaces' dependencies count as prod.
      const dev = workspace.id === '.' && manifest !== undefined && isDevOnly(name, manifest);
      reference(name, range, workspace.optionalNames.has(name), dev);
    }
  }
  if (manifest) {
    for (const [field, ranges] of [
      ['dependencies', manifest.dependencies],
      ['devDependencies', manifest.devDependencies],
      ['optionalDependencies', manifest.optionalDependencies],
    ] as const) {
      for (const [name, range] of Object.entries(ranges ?? {})) {
        if (typeof range !== 'string') continue;
        reference(name, berryRange(range), field === 'optionalDependencies', field === 'devDependencies' && isDevOnly(name, manifest));
      }
    }
  }
  return roots;
}

function isDevOnly(name: string, manifest: NonNullable<ParseContext['rootManifest']>): boolean {
  return (
    Object.hasOwn(manifest.devDependencies ?? {}, name) &&
    !Object.hasOwn(manifest.dependencies ?? {}, name) &&
    !Object.hasOwn(manifest.optionalDependencies ?? {}, name)
  );
}

function optionalDependencyNames(meta: unknown): Set<string> {
  const names = new Set<string>();
  for (const [name, value] of Object.entries(asRecord(meta) ?? {})) {
    if (asRecord(value)?.['optional'] === 'true') names.add(name);
  }
  return names;
}

/** `patch:resolve@npm%3A1.22.8#optional!builtin<compat/resolve>::version=...` -> resolve, npm:1.22.8 */
function unwrapPatch(reference: string): { name: string; range: string } | null {
  const body = reference.slice('patch:'.length).split('#')[0] ?? '';
  try {
    return splitSpec(decodeURIComponent(body));
  } catch {
    return null;
  }
}

/** Berry appends `::key=value` parameters (`__archiveUrl`, `locator`) that are not part of the source. */
function withoutParameters(reference: string): string {
  const at = reference.indexOf('::');
  return at === -1 ? reference : reference.slice(0, at);
}

/** package.json ranges become descriptors in the lockfile: a bare semver range gets the `npm:` protocol. */
function berryRange(range: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(range) ? range : `npm:${range}`;
}
