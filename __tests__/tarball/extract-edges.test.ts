// Each extraction bound at exactly its limit and one past it, and the messages a user reads when one stops the
// review: the edges the mutation run (MUTATION_GROUP=tarball) found unjudged by the broader tests.
import { gzipSync } from 'node:zlib';
import { PackageError } from '../../src/model/errors.js';
import { extractTarball, sizeAnomaly } from '../../src/tarball/extract.js';
import { gzip, writeTar, type TarEntry } from '../helpers/tar-writer.js';

const MIB = 1024 * 1024;
/** A tar whose size is exactly `bytes` (a header, the content in 512-byte blocks, the 1024-byte end marker). */
const tarOfSize = (bytes: number, entries: TarEntry[] = []) => {
  const head = writeTar(entries, { endMarker: false });
  const tar = writeTar([...entries, { path: 'package/zeros.bin', content: Buffer.alloc(bytes - head.length - 512 - 1024) }]);
  expect(tar.length).toBe(bytes);
  return tar;
};

test('a download of exactly the compressed bound is unpacked; one byte over is refused and says so', async () => {
  const tgz = gzip(writeTar([{ path: 'package/a.js', content: 'a' }]));
  expect((await extractTarball(tgz, { maxCompressedBytes: tgz.length })).files.get('a.js')?.text).toBe('a');
  const refused = extractTarball(tgz, { maxCompressedBytes: tgz.length - 1 });
  await expect(refused).rejects.toBeInstanceOf(PackageError);
  await expect(refused).rejects.toMatchObject({
    code: 'ELIMIT',
    message: `the tarball is ${tgz.length} bytes, over the ${tgz.length - 1}-byte limit; it was not unpacked`,
  });
});

test('an archive that unpacks to exactly the unpacked bound is read whole, plain or gzip', async () => {
  const tar = tarOfSize(64 * 1024, [{ path: 'package/a.js', content: 'a' }]);
  for (const data of [tar, gzip(tar)]) {
    const pkg = await extractTarball(data, { maxUnpackedBytes: tar.length });
    expect(pkg.truncated).toBe(false);
    expect(pkg.anomalies).toEqual([]);
    expect([...pkg.files.keys()].sort()).toEqual(['a.js', 'zeros.bin']);
  }
});

test('the unpacked bound cuts inside a chunk: files that end before it are kept, later ones are not', async () => {
  // a.js ends at byte 1024; b.js (complete by byte 2048) and the rest of the chunk lie past a bound of 1500.
  const tar = writeTar([
    { path: 'package/a.js', content: 'a' },
    { path: 'package/b.js', content: 'b' },
    { path: 'package/c.js', content: 'c' },
  ]);
  const pkg = await extractTarball(tar, { maxUnpackedBytes: 1500 });
  expect([...pkg.files.keys()]).toEqual(['a.js']);
  expect(pkg.truncated).toBe(true);
  expect(pkg.anomalies).toEqual([
    { code: 'too-large', message: 'the tarball unpacks to more than 1500 bytes; files past the limit were not reviewed' },
  ]);
});

test('the ratio bound: exactly the ratio is allowed, past it is a gzip bomb with its numbers', async () => {
  const tar = tarOfSize(MIB, [{ path: 'package/a.js', content: 'a' }]);
  const tgz = gzip(tar);
  const exactRatio = tar.length / tgz.length;
  expect(exactRatio * tgz.length).toBe(tar.length);
  const atRatio = await extractTarball(tgz, { maxDecompressionRatio: exactRatio });
  expect(atRatio.truncated).toBe(false);
  expect(atRatio.files.size).toBe(2);
  // A ratio of 10 stops at the first 1 MiB chunk.
  const zeros = gzip(tarOfSize(3 * MIB));
  const bomb = await extractTarball(zeros, { maxDecompressionRatio: 10 });
  const compressed = zeros.length;
  expect(bomb.anomalies).toEqual([
    {
      code: 'gzip-bomb',
      message: `the tarball expands more than ${Math.floor(MIB / compressed)}:1 (${compressed} compressed bytes to over ${10 * compressed} bytes); unpacking stopped at the limit`,
    },
  ]);
});

test('the ratio bound is for compressed input only: a plain tar is never a bomb', async () => {
  const tar = writeTar([{ path: 'package/a.js', content: 'a' }]);
  const pkg = await extractTarball(tar, { maxDecompressionRatio: 0.5 });
  expect(pkg.truncated).toBe(false);
  expect(pkg.files.get('a.js')?.text).toBe('a');
});

test('an archive npm cannot unpack is EUNTAR with node-tar\'s reason', async () => {
  const whole = writeTar([{ path: 'package/a.js', content: 'x'.repeat(3000) }]);
  await expect(extractTarball(gzip(whole.subarray(0, 1500)))).rejects.toMatchObject({
    code: 'EUNTAR',
    message: expect.stringMatching(/^npm cannot unpack this tarball \(.+\); it was not reviewed$/) as unknown as string,
  });
});

test('at a bound, decompression stops: a corrupt gzip member past the bound is never inflated', async () => {
  // Were decompression to go on after the stop, the corrupt member would fail the whole review with EUNTAR.
  const corruptMember = Buffer.concat([gzipSync(Buffer.from('x')).subarray(0, 10), Buffer.alloc(64, 0xff)]);
  const archive = Buffer.concat([gzip(tarOfSize(3 * MIB, [{ path: 'package/a.js', content: 'a' }])), corruptMember]);
  await expect(extractTarball(archive)).rejects.toMatchObject({ code: 'EUNTAR' });
  const bomb = await extractTarball(archive, { maxDecompressionRatio: 10 });
  expect(bomb.anomalies.map((a) => a.code)).toEqual(['gzip-bomb']);
  // The size bound this time (zeros past 100:1, so it is still called a bomb).
  const atSizeBound = await extractTarball(archive, { maxUnpackedBytes: 1024 * 1024, maxDecompressionRatio: 100_000 });
  expect(atSizeBound.anomalies.map((a) => a.code)).toEqual(['gzip-bomb']);
  expect(atSizeBound.files.get('a.js')?.text).toBe('a');
});

test('at the size bound, a ratio of exactly 100:1 is a big package; anything above it is a bomb', () => {
  // No gzip stream lands on exactly 100 at its bound, so the edge is pinned on the classification itself.
  expect(sizeAnomaly(100, 10, 1000)).toEqual({
    code: 'too-large',
    message: 'the tarball unpacks to more than 1000 bytes; files past the limit were not reviewed',
  });
  expect(sizeAnomaly(100.5, 10, 1000)).toEqual({
    code: 'gzip-bomb',
    message: 'the tarball expands more than 100:1 (10 compressed bytes to over 1000 bytes); unpacking stopped at the limit',
  });
});
