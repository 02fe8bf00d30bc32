import type { LockedPackage, Lockfile } from '../model/types.js';
import type { ParseContext } from './parse-context.js';
import { classifyResolved, splitSpec } from './registry-url.js';
import { asRecord, asString, asStringRecord, parseYamlDocuments } from './yaml-document.js';

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

export function parseYarnBerry(text: string, path: string, context: ParseContext = {}): Lockfile {
  const documents = parseYamlDocuments(text, path);
  if (documents.length !== 1) throw new Error(`${path}: a yarn berry lockfile is one YAML document, found ${documents.length}`);
  const document = documents[0]!;
  const root = asRecord(document.data);
  const metadata = asRecord(root?.['__metadata']);
  if (!root || !metadata) throw new Error(`${path}: not a yarn berry lockfile (no __metadata entry)`);
  const lines = document.keyLines([]);

  const packages = new Map<string, LockedPackage>();
  const byDescriptor = new Map<string, LockedPackage>();
  const fromPatch = new Set<LockedPackage>();
  const edges: Edge[] = [];
  const workspaces: Workspace[] = [];

  for (const [key, value] of Object.entries(root)) {
    if (key === '__metadata') continue;
    const line = lines.get(key);
    const where = line === undefined ? path : `${path}:${line}`;
    const entry = asRecord(value);
    const resolution = asString(entry?.['resolution']);
    const locator = resolution === undefined ? null : splitSpec(resolution);
    if (!entry || !resolution || !locator) throw new Error(`${where}: entry "${key}" has no valid resolution`);
    const descriptors = key.split(',').map((descriptor) => descriptor.trim()).filter((descriptor) => descriptor !== '');
    const dependencies = asStringRecord(entry['dependencies']) ?? {};
    const optionalNames = optionalDependencyNames(entry['dependenciesMeta']);

    if (locator.range.startsWith('workspace:')) {
      workspaces.push({ id: locator.range.slice('workspace:'.length), dependencies, optionalNames });
      continue;
    }
    for (const [name, range] of Object.entries(dependencies)) edges.push({ descriptor: `${name}@${range}`, optional: optionalNames.has(name) });

    const patchTarget = locator.range.startsWith('patch:') ? unwrapPatch(locator.range) : null;
    const name = patchTarget?.name ?? locator.name;
    const reference = withoutParameters(patchTarget?.range ?? locator.range);
    const version = asString(entry['version']);
    if (!version) throw new Error(`${where}: entry "${key}" has no version`);
    const source = classifyResolved(reference);
    // A patched package is the published package plus a patch kept in the repository (or built into
    // yarn): one package to review, whose paths mention the patch.
    const identity = source === 'registry' ? `${name}@${version}` : `${name}@${version} ${reference}`;

    let locked = packages.get(identity);
    if (locked === undefined) {
      const checksum = asString(entry['checksum']);
      locked = {
        name,
        version,
        resolved: resolution,
        integrity: checksum !== undefined && SRI.test(checksum) ? checksum : undefined,
        source,
        direct: false,
        dev: false,
        optional: false,
        paths: [...descriptors],
        dependencies,
        line,
      };
      packages.set(identity, locked);
      if (patchTarget) fromPatch.add(locked);
    } else {
      locked.paths.push(...descriptors);
      if (fromPatch.has(locked) && !patchTarget) {
        locked.resolved = resolution;
        locked.line = line;
        locked.dependencies = dependencies;
        fromPatch.delete(locked);
      }
    }
    for (const descriptor of descriptors) {
      byDescriptor.set(descriptor, locked);
      const installedAs = splitSpec(descriptor)?.name;
      if (locked.alias === undefined && installedAs !== undefined && installedAs !== name) locked.alias = installedAs;
    }
  }

  markDirect(workspaces, byDescriptor, edges, context);
  markOptional(edges, byDescriptor);
  return { path, format: 'yarn-berry', formatVersion: asString(metadata['version']) ?? 'unknown', packages: [...packages.values()] };
}

function markDirect(workspaces: Workspace[], byDescriptor: Map<string, LockedPackage>, edges: Edge[], context: ParseContext): void {
  const manifest = context.rootManifest;
  const prodDirect = new Set<LockedPackage>();
  const devDirect = new Set<LockedPackage>();
  const reference = (name: string, range: string, optional: boolean, dev: boolean): void => {
    const descriptor = `${name}@${range}`;
    edges.push({ descriptor, optional });
    const locked = byDescriptor.get(descriptor);
    if (!locked) return;
    locked.direct = true;
    (dev ? devDirect : prodDirect).add(locked);
  };
  for (const workspace of workspaces) {
    for (const [name, range] of Object.entries(workspace.dependencies)) {
      // The lockfile merges a workspace's dependencies and devDependencies; only the root's
      // package.json (when given) tells them apart.
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
  for (const locked of devDirect) locked.dev = !prodDirect.has(locked);
}

function isDevOnly(name: string, manifest: NonNullable<ParseContext['rootManifest']>): boolean {
  return (
    Object.hasOwn(manifest.devDependencies ?? {}, name) &&
    !Object.hasOwn(manifest.dependencies ?? {}, name) &&
    !Object.hasOwn(manifest.optionalDependencies ?? {}, name)
  );
}

/** Optional when every edge into the package is optional (conservative: false when unsure). */
function markOptional(edges: Edge[], byDescriptor: Map<string, LockedPackage>): void {
  const required = new Set<LockedPackage>();
  const optional = new Set<LockedPackage>();
  for (const edge of edges) {
    const locked = byDescriptor.get(edge.descriptor);
    if (locked) (edge.optional ? optional : required).add(locked);
  }
  for (const locked of optional) locked.optional = !required.has(locked);
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
