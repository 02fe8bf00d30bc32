// The edges of detectMagic the mutation run (MUTATION_GROUP=tarball) probes: buffers of exactly 2, 4 and 8 bytes,
// each Mach-O byte order, the fat/Java split at 45, and a PE signature at the first and last place it may sit.
import { detectMagic } from '../../src/tarball/magic.js';

const bytes = (...values: number[]) => Buffer.from(values);
const word = (value: number, length = 4) => {
  const data = Buffer.alloc(length);
  data.writeUInt32BE(value, 0);
  return data;
};

test('four bytes are enough for a magic number; fewer name nothing but a binary "MZ"', () => {
  expect(detectMagic(bytes(0x7f, 0x45, 0x4c, 0x46), false)).toBe('elf');
  expect(detectMagic(bytes(0x7f, 0x45, 0x4c), true)).toBeUndefined();
  expect(detectMagic(bytes(0x4d, 0x5a), true)).toBe('pe');
  expect(detectMagic(bytes(0x4d, 0x5a, 0), true)).toBe('pe');
  expect(detectMagic(bytes(0x4d, 0x5a), false)).toBeUndefined();
  expect(detectMagic(bytes(0x4d), true)).toBeUndefined();
  expect(detectMagic(bytes(0x4d, 0x41), true)).toBeUndefined();
  expect(detectMagic(bytes(0x41, 0x5a), true)).toBeUndefined();
  expect(detectMagic(Buffer.alloc(0), true)).toBeUndefined();
});

test('each Mach-O magic, in both byte orders and widths', () => {
  for (const magic of [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe]) expect(detectMagic(word(magic, 8), true)).toBe('macho');
  expect(detectMagic(word(0x0061736d), true)).toBe('wasm');
  expect(detectMagic(word(0xfeedfacd, 8), false)).toBeUndefined();
});

test('0xcafebabe and 0xcafebabf: a fat Mach-O counts 1 to 44 architectures, anything else is a Java class', () => {
  const header = (magic: number, next: number, length = 8) => {
    const data = word(magic, length);
    data.writeUInt32BE(next, 4);
    return data;
  };
  for (const magic of [0xcafebabe, 0xcafebabf]) {
    expect(detectMagic(header(magic, 1), true)).toBe('macho');
    expect(detectMagic(header(magic, 44), true)).toBe('macho');
    expect(detectMagic(header(magic, 45), true)).toBe('java-class');
    expect(detectMagic(header(magic, 0), true)).toBe('java-class');
  }
  // Under 8 bytes there is no count to read.
  expect(detectMagic(header(0xcafebabe, 2).subarray(0, 7), true)).toBe('java-class');
});

test('"MZ" text is a PE only with the signature its DOS header points at, within the file', () => {
  const pe = (offset: number, length: number) => {
    const data = Buffer.alloc(length, 0x20);
    data.write('MZ', 0, 'latin1');
    data.writeUInt32LE(offset, 0x3c);
    if (offset + 4 <= length) data.write('PE\0\0', offset, 'latin1');
    return data;
  };
  expect(detectMagic(pe(0x40, 0x44), false)).toBe('pe');
  expect(detectMagic(pe(0x80, 0x84), false)).toBe('pe');
  expect(detectMagic(pe(0x80, 0x100), true)).toBe('pe');
  // The offset points inside the DOS header itself, past the end, or at other bytes: not a PE.
  const inHeader = pe(0x40, 0x100);
  inHeader.writeUInt32LE(0x3c - 4, 0x3c);
  inHeader.write('PE\0\0', 0x38, 'latin1');
  expect(detectMagic(inHeader, false)).toBeUndefined();
  expect(detectMagic(pe(0x80, 0x83), false)).toBeUndefined();
  expect(detectMagic(pe(0xfffffff0, 0x100), false)).toBeUndefined();
  const wrong = pe(0x80, 0x100);
  wrong.write('PF', 0x80, 'latin1');
  expect(detectMagic(wrong, false)).toBeUndefined();
  expect(detectMagic(wrong, true)).toBe('pe');
  expect(detectMagic(Buffer.from('MZ is how this note starts.\n'), false)).toBeUndefined();
  // Binary content makes "MZ" a PE, but both letters must be there.
  expect(detectMagic(Buffer.from('MA\0\0\0\0'), true)).toBeUndefined();
  expect(detectMagic(Buffer.from('AZ\0\0\0\0'), true)).toBeUndefined();
});
