// streamDecompressed hands out the unpacked bytes one bounded chunk at a time and stops when told: the extraction's
// size and ratio bounds rely on both. compressionOf picks the format by its magic bytes, as node-tar does.
import { randomBytes } from 'node:crypto';
import zlib from 'node:zlib';
import { PackageError } from '../../src/model/errors.js';
import { compressionOf, streamDecompressed, type Compression } from '../../src/tarball/decompress.js';
import { extractTarball } from '../../src/tarball/extract.js';
import { writeTar } from '../helpers/tar-writer.js';

const MIB = 1024 * 1024;

async function chunksOf(data: Buffer, compression: Compression, stopAfter = Infinity) {
  const chunks: Array<{ length: number; consumed: number }> = [];
  await streamDecompressed(data, compression, (chunk, consumed) => {
    chunks.push({ length: chunk.length, consumed });
    return chunks.length < stopAfter;
  });
  return chunks;
}

test('gzip by its two magic bytes, zstd by its four, anything else is plain', () => {
  expect(compressionOf(Buffer.from([0x1f, 0x8b]))).toBe('gzip');
  expect(compressionOf(Buffer.from([0x1f, 0x8c]))).toBe('none');
  expect(compressionOf(Buffer.from([0x1e, 0x8b]))).toBe('none');
  expect(compressionOf(Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0]))).toBe('zstd');
  expect(compressionOf(Buffer.from([0x28, 0xb5, 0x2f, 0xfc]))).toBe('none');
  expect(compressionOf(Buffer.from([0x28, 0xb5, 0x2f]))).toBe('none');
  expect(compressionOf(Buffer.from([0x27, 0xb5, 0x2f, 0xfd]))).toBe('none');
  expect(compressionOf(Buffer.alloc(0))).toBe('none');
});

test('plain data comes in 1 MiB chunks with the bytes consumed so far, and stops when told', async () => {
  const data = Buffer.alloc(2 * MIB + 10);
  expect(await chunksOf(data, 'none')).toEqual([
    { length: MIB, consumed: MIB },
    { length: MIB, consumed: 2 * MIB },
    { length: 10, consumed: 2 * MIB + 10 },
  ]);
  expect(await chunksOf(Buffer.alloc(2 * MIB), 'none')).toHaveLength(2);
  expect(await chunksOf(data, 'none', 1)).toEqual([{ length: MIB, consumed: MIB }]);
});

test('gzip inflates in chunks of at most 1 MiB, and no chunk is handed out after a stop', async () => {
  const gzipped = zlib.gzipSync(Buffer.alloc(3 * MIB), { level: 1 });
  const whole = await chunksOf(gzipped, 'gzip');
  expect(whole.reduce((sum, chunk) => sum + chunk.length, 0)).toBe(3 * MIB);
  expect(whole[0]).toEqual({ length: MIB, consumed: expect.any(Number) as unknown as number });
  expect(whole[0].consumed).toBeLessThanOrEqual(gzipped.length);
  expect(Math.max(...whole.map((chunk) => chunk.length))).toBe(MIB);
  expect(await chunksOf(gzipped, 'gzip', 1)).toHaveLength(1);
});

// Node.js 22.15+ has zstd (the Action's Node 24 and `.ci/run` do); on an older Node.js the EUNTAR case below runs.
const zstdCompressSync = (zlib as unknown as { zstdCompressSync?: (data: Buffer) => Buffer }).zstdCompressSync;
(zstdCompressSync ? test : test.skip)('zstd inflates in chunks of at most 1 MiB too', async () => {
  const compressed = zstdCompressSync!(Buffer.alloc(3 * MIB));
  const whole = await chunksOf(compressed, 'zstd');
  expect(whole.reduce((sum, chunk) => sum + chunk.length, 0)).toBe(3 * MIB);
  expect(Math.max(...whole.map((chunk) => chunk.length))).toBe(MIB);
});

test('corrupt gzip is EUNTAR and says what was expected', async () => {
  const corrupt = Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0]), randomBytes(64)]);
  const error = await streamDecompressed(corrupt, 'gzip', () => true).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(PackageError);
  expect(error).toMatchObject({ code: 'EUNTAR' });
  expect((error as Error).message).toMatch(/^the tarball is not valid gzip: ./);
  // zlib's own error stays attached, for the debug log.
  expect((error as Error).cause).toMatchObject({ code: 'Z_DATA_ERROR' });
});

test('zstd: unpacked where Node.js can, otherwise an EUNTAR that names the Node.js version to use', async () => {
  const tar = writeTar([{ path: 'package/a.js', content: 'a' }]);
  const compress = (zlib as unknown as { zstdCompressSync?: (data: Buffer) => Buffer }).zstdCompressSync;
  if (compress) {
    expect((await extractTarball(compress(tar))).files.get('a.js')?.text).toBe('a');
    return;
  }
  const zstd = Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd]), tar]);
  await expect(extractTarball(zstd)).rejects.toMatchObject({
    code: 'EUNTAR',
    message: `the tarball is zstd-compressed, which this Node.js ${process.version} cannot decompress; run depdiff on Node.js 22.15 or later`,
  });
});
