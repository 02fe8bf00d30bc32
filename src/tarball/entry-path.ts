// Turns a recorded tar path into a package-relative path the way npm does (strip the top folder,
// whatever its name), and refuses the paths npm's tar would refuse or rewrite.

export type EntryPath = { ok: true; path: string } | { ok: false; code: 'absolute-path' | 'path-traversal' } | { ok: false; code: 'top-level' };

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:/.test(path);
}

export function normalizeEntryPath(recorded: string): EntryPath {
  if (isAbsolute(recorded)) return { ok: false, code: 'absolute-path' };
  // Backslashes are path separators when a tarball is unpacked on Windows, so `..\` counts too.
  if (recorded.split(/[\\/]/).includes('..')) return { ok: false, code: 'path-traversal' };
  const segments = recorded.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.length < 2) return { ok: false, code: 'top-level' };
  return { ok: true, path: segments.slice(1).join('/') };
}

/** Whether a symlink at `linkPath` pointing at `target` stays inside the package once resolved. */
export function symlinkStaysInside(linkPath: string, target: string): boolean {
  if (target === '' || isAbsolute(target)) return false;
  const stack = linkPath.split('/').slice(0, -1);
  for (const segment of target.split(/[\\/]/)) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (stack.length === 0) return false;
      stack.pop();
    } else {
      stack.push(segment);
    }
  }
  return true;
}
