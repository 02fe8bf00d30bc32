// Patches applied at install time change installed code without a new tarball, so the lockfile diff never
// sees them: patch-package (`patches/*.patch` run from postinstall), pnpm `patchedDependencies`
// (`patches/` by default) and yarn berry's `patch:` protocol (`.yarn/patches/`).
import { posix } from 'node:path';

export interface PatchFile {
  /** Path from the repository root. */
  path: string;
  /** The patch text at the head; the base's text when the PR changes an existing patch. */
  before: string | null;
  after: string;
}

/** A file in a `patches` folder (patch-package, pnpm) or yarn's `.yarn/patches`, outside node_modules. */
export function isPatchPath(path: string): boolean {
  const parts = path.split('/');
  if (parts.includes('node_modules')) return false;
  if (!/\.(?:patch|diff)$/i.test(path)) return false;
  return parts.slice(0, -1).some((part) => part === 'patches');
}

/** The package a patch file is for, read from the naming conventions of the three tools; null when none fits. */
export function patchedPackageOf(path: string): { name: string; version: string | null } | null {
  const file = posix.basename(path).replace(/\.(?:patch|diff)$/i, '');
  // yarn berry: `name-npm-1.2.3-0123456789.patch`, scoped `@scope-name-npm-...`
  const yarn = /^(.+)-npm-(\d[^-]*(?:-[^-]+)*?)-[0-9a-f]{6,}$/i.exec(file);
  if (path.includes('.yarn/patches/') && yarn) return { name: yarn[1].replace(/^@([^-]+)-/, '@$1/'), version: yarn[2] };
  // patch-package: `name+1.2.3.patch`, scoped `@scope+name+1.2.3.patch` (an optional `+dev` or `+001` suffix)
  const plus = /^(@[^+]+\+)?([^+@]+)\+(\d[^+]*)(?:\+.*)?$/.exec(file);
  if (plus) return { name: `${plus[1] ? `${plus[1].slice(0, -1)}/` : ''}${plus[2]}`, version: plus[3] };
  // pnpm: `name@1.2.3.patch`, scoped `@scope__name@1.2.3.patch`; `name.patch` for every version
  const at = /^(@?[^@]+)(?:@(\d.*))?$/.exec(file);
  if (at) return { name: at[1].replace(/^@([^_]+)__/, '@$1/'), version: at[2] ?? null };
  return null;
}

/** Added or changed patches; a deleted one puts the published code back, which is no new behaviour. */
export async function changedPatches(
  paths: string[],
  readBase: (path: string) => Promise<string | null>,
  readHead: (path: string) => Promise<string | null>,
): Promise<PatchFile[]> {
  const found: PatchFile[] = [];
  for (const path of [...new Set(paths.filter(isPatchPath))].sort()) {
    const [before, after] = await Promise.all([readBase(path), readHead(path)]);
    if (after !== null && after !== before) found.push({ path, before, after });
  }
  return found;
}
