// ArchiveReader's anomalies word for word (they reach the report), its entry and file bounds at exactly their
// limit, and the one-time handling of gzip's magic bytes: the edges the mutation run (MUTATION_GROUP=tarball) probes.
import { createHash } from 'node:crypto';
import { extractTarball } from '../../src/tarball/extract.js';
import { gzip, writeTar, type TarEntry } from '../helpers/tar-writer.js';

const tgz = (entries: TarEntry[]) => gzip(writeTar(entries));
const files = (count: number, prefix = 'f') => Array.from({ length: count }, (_, i) => ({ path: `package/${prefix}${i}.js`, content: `${i}` }));

test('what npm skips, moves or replaces is reported in words a reviewer can act on', async () => {
  const pkg = await extractTarball(
    tgz([
      { path: 'package/a\\b.js', content: 'w' },
      { path: 'x.js', content: 'no top folder: npm strips it away, nothing to report' },
      { path: 'package/../x.js', content: 'up' },
      { path: '/abs.js', content: 'abs' },
      { path: 'package/f', content: 'file' },
      { path: 'package/f/g.js', content: 'under' },
      { path: 'package/d/e.js', content: 'e' },
      { path: 'package/d', content: 'folder' },
      { path: 'package/dup.js', content: '1' },
      { path: 'package/dup.js', content: '2' },
      { path: 'package/l', type: 'symlink', linkTarget: '/etc' },
      { path: 'package/h', type: 'hardlink', linkTarget: 'package/f' },
      { path: 'package/pipe', type: 'fifo' },
      { path: 'package/dir/', type: 'dir' },
      { path: 'package/dumpdir', content: 'dump', typeflag: 'D' },
      { path: 'package/unknown.js', content: 'z', typeflag: 'Z' },
      { path: 'package/bad', content: '', badChecksum: true },
      { path: '././@LongLink', content: Buffer.alloc(1024 * 1024 + 1, 0x61), typeflag: 'L' },
      { path: 'package/after.js', content: 'after' },
    ]),
  );
  expect([...pkg.files.keys()]).toEqual(['a\\b.js', 'abs.js', 'f', 'd/e.js', 'dup.js', 'after.js']);
  expect(pkg.anomalies).toEqual([
    {
      code: 'windows-path',
      path: 'package/a\\b.js',
      message: 'package/a\\b.js has a backslash, which npm on Windows reads as a folder separator; it installs elsewhere there',
    },
    { code: 'path-traversal', path: 'package/../x.js', message: 'the tarball has an entry with a ".." segment (package/../x.js); npm does not install it' },
    { code: 'absolute-path', path: '/abs.js', message: 'the tarball has an entry with an absolute path (/abs.js); npm installs it as abs.js' },
    { code: 'path-conflict', path: 'f/g.js', message: 'f/g.js is not installed: a file sits where its folder would be' },
    { code: 'path-conflict', path: 'd', message: 'd is not installed: a folder of that name came first' },
    { code: 'duplicate-path', path: 'dup.js', message: 'dup.js appears more than once in the tarball; the last copy is the one installed' },
    { code: 'symlink', path: 'package/l', message: 'package/l is a symlink to /etc; npm does not install links, but publishing one is unusual' },
    { code: 'hardlink', path: 'package/h', message: 'package/h is a hardlink to package/f; npm does not install links, but publishing one is unusual' },
    { code: 'special-file', path: 'package/pipe', message: 'package/pipe is a special file (FIFO), not a regular file; npm does not install it' },
    { code: 'special-file', path: 'package/unknown.js', message: 'package/unknown.js has an unknown tar entry type (Unsupported); npm ignores it' },
    {
      code: 'invalid-header',
      message: 'the tarball has an invalid tar header (checksum failure); npm skips it and reads the next block as a header, so entries can hide behind it',
    },
    { code: 'invalid-header', message: "a 1048577-byte tar metadata entry (NextFileHasLongPath) is over node-tar's limit; npm ignores it" },
  ]);
  expect(pkg.truncated).toBe(false);
});

test('a path over 1024 segments deep is named in its anomaly', async () => {
  const deep = `package/${'a/'.repeat(1024)}f.js`;
  const pkg = await extractTarball(tgz([{ path: deep, content: 'deep' }]));
  expect(pkg.anomalies).toEqual([
    { code: 'too-deep', path: deep, message: `the tarball has an entry with a path over 1024 segments deep (${deep}); npm does not install it` },
  ]);
});

test('exactly maxEntries entries are all read; one more stops the review and says how many were allowed', async () => {
  const entries = [{ path: 'package/dir/', type: 'dir' as const }, { path: 'package/l', type: 'symlink' as const, linkTarget: 'x' }, ...files(3)];
  const exact = await extractTarball(tgz(entries), { maxEntries: 5 });
  expect(exact.truncated).toBe(false);
  expect(exact.files.size).toBe(3);
  const over = await extractTarball(tgz(entries), { maxEntries: 4 });
  expect(over.truncated).toBe(true);
  expect(over.anomalies.at(-1)).toEqual({ code: 'too-many-files', message: 'the tarball has more than 4 entries; the rest were not reviewed' });
});

test('at maxFiles, a new file stops the review, but a later copy of a kept file still replaces it', async () => {
  const replaced = await extractTarball(tgz([...files(2), { path: 'package/f0.js', content: 'last' }]), { maxFiles: 2 });
  expect(replaced.truncated).toBe(false);
  expect(replaced.files.get('f0.js')?.text).toBe('last');
  expect(replaced.anomalies.map((a) => a.code)).toEqual(['duplicate-path']);
  const over = await extractTarball(tgz(files(3)), { maxFiles: 2 });
  expect(over.anomalies).toEqual([{ code: 'too-many-files', message: 'the tarball has more than 2 files; the rest were not reviewed' }]);
});

test('two bounds met in one chunk stop the review once, with one anomaly', async () => {
  // The entry bound stops reading inside a chunk that also crosses the unpacked bound.
  const tar = writeTar(files(5));
  const pkg = await extractTarball(tar, { maxEntries: 2, maxUnpackedBytes: 3000 });
  expect(pkg.truncated).toBe(true);
  expect(pkg.anomalies).toEqual([{ code: 'too-many-files', message: 'the tarball has more than 2 entries; the rest were not reviewed' }]);
});

test("gzip's magic bytes matter only at the start of the stream, not where a later chunk starts", async () => {
  // A file whose content has 0x1f 0x8b exactly at the 1 MiB chunk boundary of the decompressed stream.
  const content = Buffer.alloc(1024 * 1024, 0x61);
  content[1024 * 1024 - 512] = 0x1f;
  content[1024 * 1024 - 511] = 0x8b;
  const tar = writeTar([{ path: 'package/a.bin', content }]);
  expect(tar[1024 * 1024]).toBe(0x1f);
  for (const data of [tar, gzip(tar)]) {
    const pkg = await extractTarball(data, { maxDecompressionRatio: 100_000 });
    expect(pkg.files.get('a.bin')).toMatchObject({ size: content.length, sha256: createHash('sha256').update(content).digest('hex') });
  }
});

test('a stream that starts with gzip magic bytes reads as tar with no anomaly and no entry of ours counted', async () => {
  // The block depdiff writes first to keep node-tar from sniffing a second compression is its own: its warning
  // is no invalid-header anomaly, and it takes no place under maxEntries.
  const tar = writeTar([{ path: 'XYfolder/a.js', content: 'a' }]);
  tar.set([0x1f, 0x8b], 0);
  tar.write('        ', 148, 8, 'ascii');
  const sum = tar.subarray(0, 512).reduce((total, byte) => total + byte, 0);
  tar.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
  const pkg = await extractTarball(gzip(tar), { maxEntries: 1 });
  expect(pkg.anomalies).toEqual([]);
  expect(pkg.truncated).toBe(false);
  expect([...pkg.files.keys()]).toEqual(['a.js']);
});

test('an entry npm ignores that is one past maxEntries stops the review with that anomaly only', async () => {
  const pkg = await extractTarball(tgz([...files(1), { path: 'package/odd', content: 'z', typeflag: 'Z' }]), { maxEntries: 1 });
  expect(pkg.truncated).toBe(true);
  expect(pkg.anomalies).toEqual([{ code: 'too-many-files', message: 'the tarball has more than 1 entries; the rest were not reviewed' }]);
  // Under the bound, the same entry is counted and named.
  const under = await extractTarball(tgz([...files(1), { path: 'package/odd', content: 'z', typeflag: 'Z' }]), { maxEntries: 2 });
  expect(under.anomalies.map((a) => a.code)).toEqual(['special-file']);
});
