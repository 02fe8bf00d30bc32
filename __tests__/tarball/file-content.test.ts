// FileContent decides, while an entry streams in, what the review gets: text up to the text limit (exactly), a hash,
// the magic of a binary, and no more than the format prefix of anything it will not read. Chunks are pushed by hand
// here so each boundary (8 KiB sniff, 64 KiB prefix, the text limit) is hit exactly.
import { createHash } from 'node:crypto';
import { FileContent } from '../../src/tarball/file-content.js';

const KIB = 1024;
const MIB = 1024 * KIB;
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const ELF = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);

function contentOf(data: Buffer, maxTextFileBytes: number, chunkBytes = data.length || 1): FileContent {
  const content = new FileContent(maxTextFileBytes);
  for (let at = 0; at < data.length; at += chunkBytes) content.push(data.subarray(at, at + chunkBytes));
  return content;
}
const read = (data: Buffer, maxTextFileBytes: number, chunkBytes?: number) => contentOf(data, maxTextFileBytes, chunkBytes).finish('f', 0o644);
/** The bytes held in memory before finish(): the bound on what an unread file costs. */
const heldBytes = (content: FileContent) => (content as unknown as { chunks: Buffer[] }).chunks.reduce((sum, chunk) => sum + chunk.length, 0);

test('a text file of exactly the text limit carries its text; one byte more is unread, and the message names the limit', () => {
  const limit = 100_000;
  const text = Buffer.alloc(limit, 'a');
  for (const chunkBytes of [limit, 4096, 30_000]) {
    expect(read(text, limit, chunkBytes)).toStrictEqual({ path: 'f', size: limit, sha256: sha256(text), mode: 0o644, type: 'file', text: text.toString() });
  }
  const over = Buffer.alloc(limit + 1, 'a');
  expect(read(over, limit, 4096)).toStrictEqual({ path: 'f', size: limit + 1, sha256: sha256(over), mode: 0o644, type: 'file', unread: 'over the 100000-byte text limit' });
  expect(read(Buffer.alloc(2 * MIB + 1, 'a'), 2 * MIB).unread).toBe('over the 2 MiB text limit');
  expect(read(Buffer.alloc(MIB + 513, 'a'), MIB + 512).unread).toBe(`over the ${MIB + 512}-byte text limit`);
});

test('a NUL in the first 8 KiB makes a file binary; a NUL after it does not', () => {
  const late = Buffer.alloc(9000, 'a');
  late[8500] = 0;
  expect(read(late, MIB).text).toBe(late.toString());
  const early = Buffer.alloc(9000, 'a');
  early[8191] = 0;
  expect(read(early, MIB).text).toBeUndefined();
  // The sniff waits for the whole 8 KiB, however the entry is cut into chunks.
  const second = Buffer.alloc(9000, 'a');
  second[5000] = 0;
  expect(read(second, MIB, 4096).text).toBeUndefined();
  expect(read(second.subarray(0, 6000), MIB, 4096).text).toBeUndefined();
  const small = Buffer.from('var a;\0');
  expect(read(small, MIB)).toStrictEqual({ path: 'f', size: small.length, sha256: sha256(small), mode: 0o644, type: 'file' });
});

test('a binary over the text limit is not called unread text', () => {
  const binary = Buffer.concat([Buffer.from([0x89, 0]), Buffer.alloc(5000, 1)]);
  const file = read(binary, 4096);
  expect(file).toStrictEqual({ path: 'f', size: binary.length, sha256: sha256(binary), mode: 0o644, type: 'file' });
});

test('"MZ" text over the text limit is not a PE; "MZ" that is not UTF-8 is', () => {
  const text = Buffer.from(`MZ ${'x'.repeat(5000)}`);
  expect(read(text, 4096).magic).toBeUndefined();
  const latin1 = Buffer.from([0x4d, 0x5a, 0x20, 0xe9, 0x20]);
  expect(read(latin1, 4096)).toStrictEqual({ path: 'f', size: 5, sha256: sha256(latin1), mode: 0o644, type: 'file', magic: 'pe' });
});

test('a large text file that starts with "MZ" is hashed in full and stays text', () => {
  const text = Buffer.from(`MZ ${'x'.repeat(100 * KIB)}`);
  expect(read(text, MIB, 16 * KIB)).toStrictEqual({ path: 'f', size: text.length, sha256: sha256(text), mode: 0o644, type: 'file', text: text.toString() });
});

test('a large "MZ" binary without a PE signature is a PE by its content, and not hashed past its prefix', () => {
  const binary = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200 * KIB)]);
  expect(read(binary, 64 * MIB, 16 * KIB)).toStrictEqual({ path: 'f', size: binary.length, mode: 0o644, type: 'file', magic: 'pe' });
});

test('a binary is held only up to its 64 KiB format prefix, whatever the text limit', () => {
  const elf = Buffer.concat([ELF, Buffer.alloc(300 * KIB, 0)]);
  for (const chunkBytes of [elf.length, 16 * KIB, 5000]) {
    const content = contentOf(elf, 64 * MIB, chunkBytes);
    expect(heldBytes(content)).toBe(64 * KIB);
    expect(content.finish('f', 0o755)).toStrictEqual({ path: 'f', size: elf.length, mode: 0o755, type: 'file', magic: 'elf' });
  }
  // Under the prefix, the whole binary is kept and hashed.
  const small = Buffer.concat([ELF, Buffer.alloc(20 * KIB)]);
  const content = contentOf(small, 64 * MIB, 4096);
  expect(heldBytes(content)).toBe(small.length);
  expect(content.finish('f', 0)).toMatchObject({ sha256: sha256(small), magic: 'elf' });
});

test('text over the text limit is held only up to the 64 KiB prefix', () => {
  const text = Buffer.alloc(300 * KIB, 'a');
  for (const chunkBytes of [text.length, 16 * KIB]) {
    const content = contentOf(text, 100 * KIB, chunkBytes);
    expect(heldBytes(content)).toBe(64 * KIB);
    expect(content.finish('f', 0)).toMatchObject({ size: text.length, sha256: sha256(text), unread: 'over the 102400-byte text limit' });
  }
  // Under the limit, all of it is held: it becomes the file's text.
  expect(heldBytes(contentOf(text, MIB, 16 * KIB))).toBe(text.length);
});
