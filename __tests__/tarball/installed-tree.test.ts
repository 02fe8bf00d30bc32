// InstalledTree answers where node-tar would put, replace or refuse a file; the parity tests check it against npm,
// these pin each answer on its own, at every depth.
import { InstalledTree } from '../../src/tarball/installed-tree.js';

const treeOf = (...paths: string[]) => {
  const tree = new InstalledTree();
  for (const path of paths) tree.add(path);
  return tree;
};

test('a new path, a replaced file, and the file count', () => {
  const tree = treeOf('a.js', 'lib/b.js');
  expect(tree.fileCount).toBe(2);
  expect(tree.placement('c.js')).toBe('new');
  expect(tree.placement('lib/c.js')).toBe('new');
  expect(tree.placement('a.js')).toBe('replaces');
  expect(tree.placement('lib/b.js')).toBe('replaces');
  tree.add('lib/b.js');
  expect(tree.fileCount).toBe(2);
});

test('a file under an earlier file is refused, at any depth', () => {
  const tree = treeOf('a', 'x/y/z');
  expect(tree.placement('a/b')).toBe('under-a-file');
  expect(tree.placement('a/b/c')).toBe('under-a-file');
  expect(tree.placement('x/y/z/w')).toBe('under-a-file');
  expect(tree.placement('x/y/z/w/v')).toBe('under-a-file');
});

test('a file where an earlier file made a folder is refused, at any depth', () => {
  const tree = treeOf('a/b/c/d.js');
  expect(tree.placement('a')).toBe('is-a-folder');
  expect(tree.placement('a/b')).toBe('is-a-folder');
  expect(tree.placement('a/b/c')).toBe('is-a-folder');
  expect(tree.placement('a/b/c/e.js')).toBe('new');
  expect(tree.placement('a/b.js')).toBe('new');
  // Folders are whole segments: "a/b" is a folder, "a/bc" and "a/b/c/d" (the file) are not.
  expect(tree.placement('a/bc')).toBe('new');
  expect(tree.placement('a/b/c/d.js')).toBe('replaces');
});
