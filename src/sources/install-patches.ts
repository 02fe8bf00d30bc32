// Patches applied at install time change installed code without a new tarball, so the lockfile diff never
// sees them: patch-package (`patches/*.patch` run from postinstall), pnpm `patchedDependencies`
// (`patches/` by default) and yarn berry's `patch:` protocol (`.yarn/patches/`).
import type { PatchFile } from '../model/types.js';


/** A file in a `patches` folder (patch-package, pnpm) or yarn's `.yarn/patches`, outside node_modules. */
export function isPatchPath(path: string): boolean {
  const parts = path.split('/');
  if (parts.includes('node_modules')) return false;
  if (!/\.(?:patch|diff)$/i.test(path)) return false;
  return parts.slice(0, -1).some((part) => part === 'patches');
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
