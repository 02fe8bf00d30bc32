import type { LockedPackage } from '../model/types.js';

/** One public registry behind several names: yarn classic writes registry.yarnpkg.com for the same tarballs. */
export const PUBLIC_REGISTRY_HOSTS: ReadonlySet<string> = new Set(['registry.npmjs.org', 'registry.npmjs.com', 'registry.yarnpkg.com']);

/** The lower-cased `host[:port]` of an http(s) URL; null for anything else. */
export function hostOf(url: string | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}

/** The host the lockfile resolved this entry from, when it is not the registry that was asked; else null. */
export function resolvedElsewhere(entry: LockedPackage, registry: string): string | null {
  const resolvedHost = hostOf(entry.resolved);
  const registryHost = hostOf(registry);
  if (!resolvedHost || resolvedHost === registryHost) return null;
  if (registryHost && PUBLIC_REGISTRY_HOSTS.has(resolvedHost) && PUBLIC_REGISTRY_HOSTS.has(registryHost)) return null;
  return resolvedHost;
}
