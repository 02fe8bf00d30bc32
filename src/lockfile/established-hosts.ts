import { hostOf } from '../registry/registry-hosts.js';
import type { Lockfile } from '../model/types.js';

/** A host that serves at least this share of the base lockfile's registry packages is the project's registry. */
const ESTABLISHED_SHARE = 0.25;
const MIN_ENTRIES = 4;

/**
 * The registry hosts the base lockfile already resolves most packages from (an Artifactory or Verdaccio
 * that CI configures outside the repository, say). Packages from those hosts are not "non-registry
 * sources". Read from the base only: a pull request cannot make its own host established.
 */
export function establishedRegistryHosts(base: Lockfile | null): string[] {
  if (!base) return [];
  const counts = new Map<string, number>();
  let total = 0;
  for (const entry of base.packages) {
    const host = entry.source === 'registry' ? hostOf(entry.resolved) : null;
    if (host === null) continue;
    total += 1;
    counts.set(host, (counts.get(host) ?? 0) + 1);
  }
  if (total < MIN_ENTRIES) return [];
  return [...counts].filter(([, count]) => count / total >= ESTABLISHED_SHARE).map(([host]) => host);
}
