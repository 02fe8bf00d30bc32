/**
 * The packages that pull a transitive package in, read from where npm and bun nest it:
 * `node_modules/a/node_modules/b` (or `packages/web/node_modules/@s/a/node_modules/b`) is there because of `a`.
 * A hoisted copy (`node_modules/b`) and pnpm or yarn entries do not say who needs them: no answer then.
 */
export function pulledInBy(paths: readonly string[], max = 3): string[] {
  const names = new Set<string>();
  for (const path of paths) {
    const segments = path.split('/');
    const first = segments.indexOf('node_modules');
    if (first === -1) continue;
    const scoped = segments[first + 1]?.startsWith('@') === true;
    const name = segments.slice(first + 1, first + (scoped ? 3 : 2)).join('/');
    const nested = segments.indexOf('node_modules', first + (scoped ? 3 : 2)) !== -1;
    if (nested && name !== '') names.add(name);
  }
  return [...names].slice(0, max);
}
