import type { TestRegistry } from './test-registry.js';

export interface LockEntry {
  name: string;
  version: string;
  dev?: boolean;
  /** Not depended on by the root project (a dependency of a dependency). */
  transitive?: boolean;
  /** Overrides the registry's integrity (to simulate a tampered lockfile); null: none (git sources). */
  integrity?: string | null;
  /** Overrides the resolved URL (git, tarball URLs). */
  resolved?: string;
}

/** A package-lock.json v3 whose entries point at the test registry, as `npm install` would write it. */
export function npmLockV3(registry: TestRegistry, entries: LockEntry[], rootName = 'app'): string {
  const dependencies: Record<string, string> = {};
  const devDependencies: Record<string, string> = {};
  const packages: Record<string, unknown> = {};
  for (const entry of entries) {
    if (!entry.transitive) (entry.dev ? devDependencies : dependencies)[entry.name] = `^${entry.version}`;
    packages[`node_modules/${entry.name}`] = {
      version: entry.version,
      resolved: entry.resolved ?? registry.tarballUrl(entry.name, entry.version),
      ...(entry.integrity === null ? {} : { integrity: entry.integrity ?? registry.integrity(entry.name, entry.version) }),
      ...(entry.dev ? { dev: true } : {}),
    };
  }
  return `${JSON.stringify(
    {
      name: rootName,
      version: '1.0.0',
      lockfileVersion: 3,
      requires: true,
      packages: { '': { name: rootName, version: '1.0.0', dependencies, devDependencies }, ...packages },
    },
    null,
    2,
  )}\n`;
}
