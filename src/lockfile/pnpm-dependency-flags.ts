import { dependencyFlags, type DependencyFlags, type FlagEdge, type FlagRoot } from './dependency-flags.js';
import { referencedKey, withoutPeers, type KeyStyle } from './pnpm-keys.js';
import { asRecord, asString } from './yaml-document.js';

const ROOT_FIELDS = [
  ['dependencies', false, false],
  ['devDependencies', true, false],
  ['optionalDependencies', false, true],
] as const;

/**
 * dev/optional per package key (peers stripped), walked from the importers over the graph: `snapshots` in
 * v9, `packages` in v5 and v6. pnpm 9 records neither flag on packages; v5 and v6 record both, which the
 * tests use as the oracle for this walk. A key whose peer variants differ is dev (or optional) only when
 * every variant is.
 */
export function pnpmDependencyFlags(data: Record<string, unknown>, style: KeyStyle): Map<string, DependencyFlags> {
  const graph = asRecord(data[style === 'v9' ? 'snapshots' : 'packages']) ?? {};
  const importers = asRecord(data['importers']);
  // Without workspaces, v5 and v6 keep the root project's dependencies at the top level.
  const projects = importers ? Object.values(importers) : [data];
  const roots: Array<FlagRoot<string>> = [];
  for (const project of projects) {
    for (const [field, dev, optional] of ROOT_FIELDS) {
      for (const [name, value] of Object.entries(asRecord(asRecord(project)?.[field]) ?? {})) {
        const reference = typeof value === 'string' ? value : asString(asRecord(value)?.['version']);
        const key = reference === undefined ? undefined : referencedKey(name, reference, style);
        if (key !== undefined && Object.hasOwn(graph, key)) roots.push({ node: key, dev, optional });
      }
    }
  }
  const edgesOf = (key: string): Array<FlagEdge<string>> => {
    const entry = asRecord(graph[key]) ?? {};
    const edges: Array<FlagEdge<string>> = [];
    for (const [field, optional] of [
      ['dependencies', false],
      ['optionalDependencies', true],
    ] as const) {
      for (const [name, reference] of Object.entries(asRecord(entry[field]) ?? {})) {
        const target = typeof reference === 'string' ? referencedKey(name, reference, style) : undefined;
        if (target !== undefined && Object.hasOwn(graph, target)) edges.push({ node: target, optional });
      }
    }
    return edges;
  };

  const byPackage = new Map<string, DependencyFlags>();
  for (const [key, flags] of dependencyFlags(roots, edgesOf)) {
    const bare = withoutPeers(key, style);
    const known = byPackage.get(bare);
    byPackage.set(bare, known === undefined ? { ...flags } : { dev: known.dev && flags.dev, optional: known.optional && flags.optional });
  }
  return byPackage;
}
