// The extraction bounds: their defaults are pinned, and each one holds while the archive streams.
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { DEFAULT_LIMITS, extractTarball } from '../../src/tarball/extract.js';
import { gzip, writeTar, type TarEntry } from '../helpers/tar-writer.js';

const tgz = (entries: TarEntry[]) => gzip(writeTar(entries));

test('the default bounds are pinned (raising one is a reviewed decision)', () => {
  expect(DEFAULT_LIMITS).toEqual({
    maxCompressedBytes: 64 * 1024 * 1024,
    maxUnpackedBytes: 256 * 1024 * 1024,
    maxDecompressionRatio: 1000,
    maxFiles: 20000,
    maxEntries: 80000,
    maxTextFileBytes: 64 * 1024 * 1024,
  });
});

test('the default file bound applies without options: 20001 files stop at 20000', async () => {
  const entries = Array.from({ length: DEFAULT_LIMITS.maxFiles + 1 }, (_, i) => ({ path: `package/f${i}`, content: '' }));
  const pkg = await extractTarball(tgz(entries));
  expect(pkg.files.size).toBe(20000);
  expect(pkg.truncated).toBe(true);
  expect(pkg.anomalies.map((a) => a.code)).toEqual(['too-many-files']);
});

test('the unpacked bound applies to a plain (uncompressed) tar too', async () => {
  const tar = writeTar([{ path: 'package/a.js', content: 'a' }, { path: 'package/big.bin', content: Buffer.alloc(3 * 1024 * 1024, 1) }]);
  const pkg = await extractTarball(tar, { maxUnpackedBytes: 1024 * 1024 });
  expect(pkg.truncated).toBe(true);
  expect([...pkg.files.keys()]).toEqual(['a.js']);
  expect(pkg.anomalies.map((a) => a.code)).toEqual(['too-large']);
});

test('folders, links and invalid headers count toward maxEntries', async () => {
  const dirs = Array.from({ length: 30 }, (_, i) => ({ path: `package/d${i}/`, type: 'dir' as const }));
  const pkg = await extractTarball(tgz([...dirs, { path: 'package/late.js', content: 'x' }]), { maxEntries: 20 });
  expect(pkg.truncated).toBe(true);
  expect(pkg.files.size).toBe(0);
  expect(pkg.anomalies.map((a) => a.code)).toEqual(['too-many-files']);
  const invalid = Array.from({ length: 30 }, (_, i) => ({ path: `package/bad${i}`, badChecksum: true }));
  const flood = await extractTarball(tgz(invalid), { maxEntries: 20 });
  expect(flood.truncated).toBe(true);
  expect(flood.anomalies.filter((a) => a.code === 'invalid-header')).toHaveLength(20);
});

test("beyond node-tar's 1000:1 ratio (npm cannot install it) unpacking stops, under the size bound", async () => {
  const zeros = gzip(writeTar([{ path: 'package/a.js', content: 'a' }, { path: 'package/zeros.bin', content: Buffer.alloc(8 * 1024 * 1024) }]), 9);
  expect(8 * 1024 * 1024 / zeros.length).toBeGreaterThan(1000);
  const pkg = await extractTarball(zeros);
  expect(pkg.truncated).toBe(true);
  expect(pkg.anomalies.map((a) => a.code)).toEqual(['gzip-bomb']);
  expect([...pkg.files.keys()]).toEqual(['a.js']);
  const allowed = await extractTarball(zeros, { maxDecompressionRatio: 100_000 });
  expect(allowed.truncated).toBe(false);
});

test('text files up to 64 MiB by default carry text; binaries never do', async () => {
  // Random text: a repeated character would compress past the 1000:1 ratio bound.
  const text = randomBytes(3 * 1024 * 1024).toString('base64');
  const binary = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0]), Buffer.alloc(3 * 1024 * 1024, 7)]);
  const pkg = await extractTarball(tgz([{ path: 'package/big.js', content: text }, { path: 'package/tool', content: binary }]));
  expect(pkg.files.get('big.js')!.text).toHaveLength(text.length);
  expect(pkg.files.get('tool')).toMatchObject({ magic: 'elf', size: binary.length });
  expect(pkg.files.get('tool')!.text).toBeUndefined();
});

test('a decompressed archive starting with gzip magic bytes is read as tar, as npm does', async () => {
  // A top folder named "\x1f\x8b...": npm inflates once and parses the rest as tar.
  const tar = writeTar([{ path: 'XYfolder/package.json', content: '{}' }]);
  tar[0] = 0x1f;
  tar[1] = 0x8b;
  tar.write('        ', 148, 8, 'ascii');
  let sum = 0;
  for (const byte of tar.subarray(0, 512)) sum += byte;
  tar.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'ascii');
  const pkg = await extractTarball(gzipSync(tar));
  expect([...pkg.files.keys()]).toEqual(['package.json']);
});
