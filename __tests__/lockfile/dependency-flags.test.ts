import { dependencyFlags, unreferencedRoots, type FlagEdge } from '../../src/lockfile/dependency-flags.js';

/** `a>b` is an edge, `a?>b` an optional one. */
function graph(edges: string[]): (node: string) => Array<FlagEdge<string>> {
  const out = new Map<string, Array<FlagEdge<string>>>();
  for (const edge of edges) {
    const [from, to] = edge.split(/\??>/) as [string, string];
    out.set(from, [...(out.get(from) ?? []), { node: to, optional: edge.includes('?>') }]);
  }
  return (node) => out.get(node) ?? [];
}

const flagsOf = (map: Map<string, { dev: boolean; optional: boolean }>): Record<string, string> =>
  Object.fromEntries([...map].map(([node, { dev, optional }]) => [node, `${dev ? 'dev' : 'prod'}${optional ? '+optional' : ''}`]));

describe('dependencyFlags', () => {
  it('dev when only dev roots reach it, however deep; prod as soon as a prod root does', () => {
    const edges = graph(['app-dep>shared', 'lint>shared', 'lint>lint-only', 'lint-only>deeper']);
    const flags = dependencyFlags(
      [
        { node: 'app-dep', dev: false, optional: false },
        { node: 'lint', dev: true, optional: false },
      ],
      edges,
    );
    expect(flagsOf(flags)).toEqual({ 'app-dep': 'prod', shared: 'prod', lint: 'dev', 'lint-only': 'dev', deeper: 'dev' });
  });

  it('optional when every path passes an optional root or edge', () => {
    const edges = graph(['a?>native', 'native>native-helper', 'a>helper', 'b?>helper', 'opt-root>x']);
    const flags = dependencyFlags(
      [
        { node: 'a', dev: false, optional: false },
        { node: 'b', dev: false, optional: false },
        { node: 'opt-root', dev: false, optional: true },
      ],
      edges,
    );
    expect(flagsOf(flags)).toEqual({ a: 'prod', b: 'prod', native: 'prod+optional', 'native-helper': 'prod+optional', helper: 'prod', 'opt-root': 'prod+optional', x: 'prod+optional' });
  });

  it('leaves what no root reaches out of the map, and survives cycles and long chains', () => {
    const chain = Array.from({ length: 50_000 }, (_, i) => `n${i}>n${i + 1}`);
    const flags = dependencyFlags([{ node: 'n0', dev: true, optional: false }], graph([...chain, 'n50000>n0', 'orphan>n5']));
    expect(flags.size).toBe(50_001);
    expect(flags.get('n50000')).toEqual({ dev: true, optional: false });
    expect(flags.has('orphan')).toBe(false);
  });
});

describe('unreferencedRoots', () => {
  it('takes the nodes nothing depends on as prod roots', () => {
    const edges = graph(['a>b', 'b>c', 'c>c', 'd?>c']);
    expect(unreferencedRoots(['a', 'b', 'c', 'd'], edges).map((root) => root.node)).toEqual(['a', 'd']);
  });
});
