import { PackageError } from '../../src/model/errors.js';
import { readTar, type RawEntry } from '../../src/tarball/tar-reader.js';
import { writeTar } from '../helpers/tar-writer.js';

function entries(tar: Buffer): RawEntry[] {
  const out: RawEntry[] = [];
  readTar(tar, (e) => {
    out.push(e);
    return true;
  });
  return out;
}

function rechecksum(header: Buffer): void {
  header.write('        ', 148, 8, 'ascii');
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'ascii');
}

test('reads paths, link targets, modes and data; stops when asked', () => {
  const tar = writeTar([
    { path: 'package/a.js', content: 'hello', mode: 0o755 },
    { path: 'package/l', type: 'symlink', linkTarget: 'a.js' },
    { path: 'package/b.js', content: 'b' },
  ]);
  const all = entries(tar);
  expect(all.map((e) => [e.path, e.type, e.mode, e.data.toString(), e.linkpath])).toEqual([
    ['package/a.js', 'file', 0o755, 'hello', ''],
    ['package/l', 'symlink', 0o644, '', 'a.js'],
    ['package/b.js', 'file', 0o644, 'b', ''],
  ]);
  let count = 0;
  readTar(tar, () => ++count < 2);
  expect(count).toBe(2);
});

test('a base-256 size field is read', () => {
  const tar = writeTar([{ path: 'package/a.js', content: 'x'.repeat(600) }]);
  const header = tar.subarray(0, 512);
  header.fill(0, 124, 136);
  header[124] = 0x80;
  header.writeUInt16BE(600, 134);
  rechecksum(header);
  expect(entries(tar)[0].data.length).toBe(600);
});

test('a pax size record overrides the header size, as tar does', () => {
  const body = '13 size=1024\n';
  const pax = writeTar([{ path: 'PaxHeader', content: body }]).subarray(0, 1024);
  pax[156] = 'x'.charCodeAt(0);
  rechecksum(pax.subarray(0, 512));
  const real = writeTar([{ path: 'package/a.js', content: 'y'.repeat(1024) }]);
  const header = real.subarray(0, 512);
  header.write('00000000000\0', 124, 12, 'ascii');
  rechecksum(header);
  const [entry] = entries(Buffer.concat([pax, real]));
  expect(entry.path).toBe('package/a.js');
  expect(entry.data.length).toBe(1024);
});

test('corruption is EUNTAR: bad octal, negative base-256, malformed pax, oversized metadata', () => {
  const bad = writeTar([{ path: 'package/a.js', content: 'a' }]);
  bad.write('9999', 124, 4, 'ascii');
  rechecksum(bad.subarray(0, 512));
  expect(() => entries(bad)).toThrow(PackageError);

  const negative = writeTar([{ path: 'package/a.js', content: 'a' }]);
  negative[124] = 0xff;
  rechecksum(negative.subarray(0, 512));
  expect(() => entries(negative)).toThrow(/negative/);

  const pax = writeTar([{ path: 'PaxHeader', content: '99 path=x\n' }]);
  pax[156] = 'x'.charCodeAt(0);
  rechecksum(pax.subarray(0, 512));
  expect(() => entries(pax)).toThrow(/malformed pax/);

  const meta = writeTar([{ path: '././@LongLink', content: Buffer.alloc(2 * 1024 * 1024, 0x61) }]);
  meta[156] = 'L'.charCodeAt(0);
  rechecksum(meta.subarray(0, 512));
  expect(() => entries(meta)).toThrow(/too large/);
});

test('an empty archive has no entries; a short one is EUNTAR unless allowed', () => {
  expect(entries(Buffer.alloc(1024))).toEqual([]);
  const tar = writeTar([{ path: 'package/a.js', content: 'z'.repeat(2000) }]);
  expect(() => entries(tar.subarray(0, 1000))).toThrow(/truncated/);
  expect(readTar(tar.subarray(0, 1000), () => true, true)).toEqual({ endedEarly: true });
});
