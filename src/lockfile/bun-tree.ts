import type { SourceType } from '../model/types.js';
import { isRecord, type JsonRecord } from './npm-json.js';

/** How a dependency is declared; `optionalPeer` is never installed on its account. */
export type DependencyKind = 'prod' | 'optional' | 'dev' | 'peer' | 'optionalPeer';

export interface BunNode {
  key: string;
  /** The key split into install folders: `@s/a/b` -> [`@s/a`, `b`]. */
  segments: string[];
  name: string;
  version: string;
  resolved?: string;
  integrity?: string;
  source: SourceType;
  /** The entry's info object (dependencies, optionalDependencies, peerDependencies, optionalPeers, bundled...). */
  info: JsonRecord;
  /** The workspace folder, for `name@workspace:folder` entries. */
  workspace?: string;
}

export interface Reachability {
  /** Keys the workspaces depend on by name. */
  direct: Set<string>;
  /** Keys reached without passing a devDependency: installed in production. */
  prod: Set<string>;
  /** Keys reached without passing an optional dependency: their install cannot be skipped. */
  required: Set<string>;
}

const PROD_EDGES: ReadonlySet<DependencyKind> = new Set(['prod', 'optional', 'peer']);
const REQUIRED_EDGES: ReadonlySet<DependencyKind> = new Set(['prod', 'dev', 'peer']);

/**
 * Walks the tree from the workspaces' declared dependencies. A dependency of the package at `a/b` resolves
 * like node's lookup: `a/b/<dep>`, then `a/<dep>`, then `<dep>`.
 */
export function bunReachability(
  nodes: Map<string, BunNode>,
  roots: Array<{ segments: string[]; name: string; kind: DependencyKind }>,
): Reachability {
  const direct = new Set<string>();
  const resolvedRoots: Array<{ key: string; kind: DependencyKind }> = [];
  for (const root of roots) {
    const key = resolveKey(nodes, root.segments, root.name);
    if (key === undefined) continue;
    direct.add(key);
    resolvedRoots.push({ key, kind: root.kind });
  }
  const edges = new Map<string, Array<{ key: string; kind: DependencyKind }>>();
  const edgesOf = (node: BunNode): Array<{ key: string; kind: DependencyKind }> => {
    let list = edges.get(node.key);
    if (list !== undefined) return list;
    list = [];
    // Workspaces are roots of their own; walking into them again would only repeat their roots.
    if (node.workspace === undefined) {
      for (const [name, kind] of declaredDependencies(node.info)) {
        const key = resolveKey(nodes, node.segments, name);
        if (key !== undefined) list.push({ key, kind });
      }
    }
    edges.set(node.key, list);
    return list;
  };
  const walk = (allowed: ReadonlySet<DependencyKind>): Set<string> => {
    const seen = new Set<string>();
    const pending = resolvedRoots.filter((root) => allowed.has(root.kind)).map((root) => root.key);
    for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
      if (seen.has(key)) continue;
      seen.add(key);
      const node = nodes.get(key);
      if (node === undefined) continue;
      for (const edge of edgesOf(node)) if (allowed.has(edge.kind) && !seen.has(edge.key)) pending.push(edge.key);
    }
    return seen;
  };
  return { direct, prod: walk(PROD_EDGES), required: walk(REQUIRED_EDGES) };
}

function resolveKey(nodes: Map<string, BunNode>, from: readonly string[], name: string): string | undefined {
  for (let depth = from.length; depth >= 0; depth--) {
    const key = depth === 0 ? name : `${from.slice(0, depth).join('/')}/${name}`;
    if (nodes.has(key)) return key;
  }
  return undefined;
}

/**
 * name -> how a manifest-like object (a workspace, or a package's info) depends on it. A name listed in
 * several groups takes the one that installs it most surely: prod, optional, dev, peer, then optional peer.
 */
export function declaredDependencies(manifest: JsonRecord): Map<string, DependencyKind> {
  const kinds = new Map<string, DependencyKind>();
  const optionalPeers = new Set(Array.isArray(manifest.optionalPeers) ? manifest.optionalPeers : []);
  const groups: Array<[string, DependencyKind]> = [
    ['dependencies', 'prod'],
    ['optionalDependencies', 'optional'],
    ['devDependencies', 'dev'],
    ['peerDependencies', 'peer'],
  ];
  for (const [group, kind] of groups) {
    const deps = manifest[group];
    if (!isRecord(deps)) continue;
    for (const name of Object.keys(deps)) {
      if (kinds.has(name)) continue;
      kinds.set(name, kind === 'peer' && optionalPeers.has(name) ? 'optionalPeer' : kind);
    }
  }
  return kinds;
}
