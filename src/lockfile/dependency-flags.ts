// Lockfiles that do not record dev/optional per package (pnpm 9, yarn berry, yarn classic, bun) still record
// the dependency graph and what the projects depend on: the flags follow from what those roots reach.

export interface FlagRoot<N> {
  node: N;
  /** Declared in devDependencies (and not also as a prod or optional dependency). */
  dev: boolean;
  /** Declared in optionalDependencies (or marked optional): its install may fail without failing the install. */
  optional: boolean;
}

export interface FlagEdge<N> {
  node: N;
  optional: boolean;
}

export interface DependencyFlags {
  /** Installed only for development: no path from a prod or optional root reaches it. */
  dev: boolean;
  /** Every path to it passes an optional dependency: it may be skipped without failing the install. */
  optional: boolean;
}

/**
 * The flags of every node the roots reach, npm's semantics: dev when reachable only from dev roots, optional
 * when reachable only through optional roots or edges. Nodes no root reaches are absent from the map: the
 * caller leaves them unflagged rather than guess. Walks are iterative (graphs come from pull requests and may
 * be deep) and visit each node at most once per walk.
 */
export function dependencyFlags<N>(roots: Iterable<FlagRoot<N>>, edgesOf: (node: N) => Iterable<FlagEdge<N>>): Map<N, DependencyFlags> {
  const rootList = [...roots];
  const edgeCache = new Map<N, FlagEdge<N>[]>();
  const cachedEdges = (node: N): FlagEdge<N>[] => {
    let edges = edgeCache.get(node);
    if (edges === undefined) {
      edges = [...edgesOf(node)];
      edgeCache.set(node, edges);
    }
    return edges;
  };
  const walk = (starts: N[], followOptional: boolean): Set<N> => {
    const seen = new Set<N>();
    const pending = [...starts];
    for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
      if (seen.has(node)) continue;
      seen.add(node);
      for (const edge of cachedEdges(node)) if ((followOptional || !edge.optional) && !seen.has(edge.node)) pending.push(edge.node);
    }
    return seen;
  };
  const reached = walk(
    rootList.map((root) => root.node),
    true,
  );
  const prod = walk(
    rootList.filter((root) => !root.dev).map((root) => root.node),
    true,
  );
  const required = walk(
    rootList.filter((root) => !root.optional).map((root) => root.node),
    false,
  );
  const flags = new Map<N, DependencyFlags>();
  for (const node of reached) flags.set(node, { dev: !prod.has(node), optional: !required.has(node) });
  return flags;
}

/**
 * Roots for a graph whose projects' dependencies are unknown (a yarn.lock without its package.json): the
 * nodes nothing else depends on, as prod and required roots. Nodes only on cycles stay unreached.
 */
export function unreferencedRoots<N>(nodes: Iterable<N>, edgesOf: (node: N) => Iterable<FlagEdge<N>>): FlagRoot<N>[] {
  const all = [...nodes];
  const referenced = new Set<N>();
  for (const node of all) for (const edge of edgesOf(node)) if (edge.node !== node) referenced.add(edge.node);
  return all.filter((node) => !referenced.has(node)).map((node) => ({ node, dev: false, optional: false }));
}
