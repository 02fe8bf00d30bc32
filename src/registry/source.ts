// Decides whether a lockfile's `resolved` value names a registry tarball. Anything else (git, a
// tarball URL off the registry layout, file:, link:) is reported as a non-registry source and never
// fetched: fetching git specs would run git and possibly `prepare` scripts.
import npa from 'npm-package-arg';

function unscoped(name: string): string {
  return name.startsWith('@') ? name.slice(name.indexOf('/') + 1) : name;
}

export function isRegistryResolved(name: string, version: string, resolved: string | undefined): boolean {
  if (resolved === undefined || resolved === '') return true;
  // yarn berry and pnpm record registry packages as `name@npm:version`.
  if (resolved === `${name}@npm:${version}` || resolved === `npm:${version}`) return true;
  let url: URL;
  try {
    url = new URL(resolved);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  // Every npm-compatible registry (and mirrors such as yarn's) serves `/<name>/-/<basename>-<version>.tgz`.
  const path = decodeURIComponent(url.pathname);
  return path.endsWith(`/${name}/-/${unscoped(name)}-${version}.tgz`);
}

/**
 * The pacote spec for a registry package, or null when `name`/`version` would make pacote read a
 * folder, a file, a git repository or a URL instead (pacote picks its fetcher from the spec's shape,
 * so an attacker-chosen name like `../x` or `git+ssh://...` must never reach it unchecked).
 */
export function registrySpec(name: string, version?: string): string | null {
  const raw = version === undefined ? name : `${name}@${version}`;
  try {
    const parsed = npa(raw);
    const wanted = version === undefined ? ['range', 'tag'] : ['version'];
    return parsed.registry && parsed.name === name && wanted.includes(parsed.type) ? raw : null;
  } catch {
    return null;
  }
}
