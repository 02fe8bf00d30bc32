// Where npm writes an archive entry, decided exactly as pacote's extraction does on POSIX: pacote's
// `filter` first (on the recorded path), then node-tar's Unpack path checks with `strip: 1`
// (node_modules/pacote/lib/fetcher.js #tarxOptions, node_modules/tar/dist/esm/unpack.js CHECKPATH).
// Any drift from those two files lets a package install something depdiff did not review; the
// differential test (__tests__/tarball/npm-parity.test.ts) pins this module to them.
import { posix, win32 } from 'node:path';

/** node-tar's default `maxDepth`: deeper entries are skipped with a warning. */
const MAX_DEPTH = 1024;

export type NpmEntryPath =
  /** `rooted`: the recorded path was absolute (or had a drive/UNC root) and npm wrote it inside the package anyway. */
  | { written: true; path: string; rooted: boolean }
  | { written: false; reason: 'path-traversal' | 'too-deep' | 'no-top-folder' };

/** node-tar's stripAbsolutePath: drops roots as Windows sees them ('/', '//x/y/', 'C:', 'c:/', '\\'), repeatedly. */
function stripRoots(path: string): { root: string; rest: string } {
  let root = '';
  let parsed = win32.parse(path);
  while (win32.isAbsolute(path) || parsed.root) {
    const next = path.charAt(0) === '/' && path.slice(0, 4) !== '//?/' ? '/' : parsed.root;
    path = path.slice(next.length);
    root += next;
    parsed = win32.parse(path);
  }
  return { root, rest: path };
}

/** The package-relative path npm writes a regular-file entry to, or why it writes nothing. */
export function npmEntryPath(recorded: string): NpmEntryPath {
  // strip: 1 drops the first '/'-separated segment, whatever it is ('.', '', 'package', 'node').
  const parts = recorded.split('/').slice(1);
  if (parts.length > MAX_DEPTH) return { written: false, reason: 'too-deep' };
  const { root, rest } = stripRoots(parts.join('/'));
  // node-tar refuses '..' in any form on every platform, backslash-separated ones included.
  if (rest.replaceAll('\\', '/').split('/').includes('..')) return { written: false, reason: 'path-traversal' };
  // path.resolve(cwd, path): '.' and empty segments collapse; the cwd itself is never replaced by a file.
  const resolved = posix.resolve('/', rest).slice(1);
  if (resolved === '') return { written: false, reason: 'no-top-folder' };
  return { written: true, path: resolved, rooted: root !== '' || stripRoots(recorded).root !== '' };
}

/**
 * pacote's filter renames a `.gitignore` to `.npmignore` (npm pack's old habit), unless a `.npmignore`
 * at that same recorded path came earlier, in which case the `.gitignore` is not written at all.
 * Returns the recorded path to use, or undefined when the entry is dropped.
 */
export class GitignoreRename {
  private readonly sawNpmignore = new Set<string>();

  apply(recorded: string): string | undefined {
    const base = posix.basename(recorded);
    if (base === '.npmignore') {
      this.sawNpmignore.add(recorded);
      return recorded;
    }
    if (base !== '.gitignore') return recorded;
    const renamed = recorded.replace(/\.gitignore$/, '.npmignore');
    return this.sawNpmignore.has(renamed) ? undefined : renamed;
  }
}
