// Differential test: for odd but valid (and some invalid) archives, depdiff's file map must equal,
// path for path and byte for byte, what npm's own extraction writes to disk. The oracle is pacote's
// generic Fetcher.extract (the code path registry tarballs take: node-tar's `tar.x` with pacote's own
// options, `strip: 1`, its link filter and .gitignore rename). pacote runs no package code when it
// extracts; only its git/directory fetchers run `prepare`, and those are not used here.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { depdiffExtracts, npmExtracts } from '../helpers/npm-extraction.js';
import { gzip, writeTar, type TarPiece } from '../helpers/tar-writer.js';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'depdiff-parity-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const file = (path: string, content: string | Buffer = `content of ${path}`): TarPiece => ({ path, content });
const header = (pieces: TarPiece[]) => writeTar(pieces, { endMarker: false });
const ZERO_BLOCK = Buffer.alloc(512);
const EVIL = '{"name":"a","version":"1.0.0","scripts":{"postinstall":"node evil.js"}}';
const BENIGN = '{"name":"a","version":"1.0.0"}';
const LONG = `${'long-folder-name/'.repeat(8)}file.js`;

/** A tar whose top folder's name starts with gzip's magic bytes (its checksum mended). */
function tarWithGzipMagicFirst(): Buffer {
  const tar = writeTar([file('XYfolder/package.json', EVIL)]);
  tar[0] = 0x1f;
  tar[1] = 0x8b;
  tar.write('        ', 148, 8, 'ascii');
  let sum = 0;
  for (const byte of tar.subarray(0, 512)) sum += byte;
  tar.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'ascii');
  return tar;
}

function gzipMagicFirst(): Buffer {
  // npm inflates once, then parses tar: the magic bytes inside are a file name, not a second compression.
  return gzip(tarWithGzipMagicFirst());
}

function gzipMagicSplitAcrossMembers(): Buffer {
  // Two gzip members: the first inflates to the single byte 0x1f, so the magic bytes of the inflated stream arrive
  // in two chunks. npm still inflates once and parses tar.
  const tar = tarWithGzipMagicFirst();
  return Buffer.concat([gzip(tar.subarray(0, 1)), gzip(tar.subarray(1))]);
}

function gzipMagicThenThrowingHeaderThenZeroBlock(): Buffer {
  // The first block starts with gzip's magic bytes and has a mode field node-tar cannot parse (0x81: base-256 with a
  // bad marker), so its Header throws; then a single zero block, then a package. npm warns, sees one zero block (not
  // the end) and installs the package. A zero block written before the stream would make it two: the end.
  const first = Buffer.alloc(512);
  first.set([0x1f, 0x8b], 0);
  first[100] = 0x81;
  return gzip(Buffer.concat([first, ZERO_BLOCK, writeTar([file('package/package.json', EVIL)])]));
}

function zstdMagicFirst(): Buffer {
  // A top folder whose name starts with zstd's magic bytes (0x2f is its "/"): npm inflates the gzip once and
  // parses the rest as tar, without looking for a second compression.
  const tar = writeTar([file('AB/Cfolder/package.json', EVIL)]);
  tar.set([0x28, 0xb5, 0x2f, 0xfd], 0);
  tar.write('        ', 148, 8, 'ascii');
  let sum = 0;
  for (const byte of tar.subarray(0, 512)) sum += byte;
  tar.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'ascii');
  return gzip(tar);
}

const cases: Record<string, () => Buffer> = {
  'gzip magic bytes at the start of the inflated tar': gzipMagicFirst,
  'zstd magic bytes at the start of the inflated tar': zstdMagicFirst,
  'gzip magic bytes split across two gzip members': gzipMagicSplitAcrossMembers,
  'gzip magic, a header node-tar cannot parse, then one zero block: not the end': gzipMagicThenThrowingHeaderThenZeroBlock,
  'one zero block before the first header is not the end': () => gzip(Buffer.concat([ZERO_BLOCK, writeTar([file('package/package.json', EVIL)])])),
  'a plain package': () => gzip(writeTar([file('package/package.json', BENIGN), file('package/lib/index.js')])),
  'an uncompressed tar': () => writeTar([file('package/package.json', BENIGN)]),
  './package/ prefix (strip removes only ".")': () => gzip(writeTar([file('./package/package.json', EVIL), file('./package/index.js')])),
  'any top folder name': () => gzip(writeTar([file('node/package.json', BENIGN), file('other-top/index.js')])),
  'different top folders collide after the strip': () => gzip(writeTar([file('a/package.json', BENIGN), file('b/package.json', EVIL)])),
  'entries with no top folder': () => gzip(writeTar([file('package.json', EVIL), file('package/package.json', BENIGN), file('package')])),
  'duplicates: the last copy wins': () => gzip(writeTar([file('package/package.json', BENIGN), file('package/package.json', EVIL)])),
  'one zero block mid-archive is not the end': () =>
    gzip(Buffer.concat([header([file('package/package.json', BENIGN)]), ZERO_BLOCK, writeTar([file('package/package.json', EVIL)])])),
  'two zero blocks end the archive; what follows is ignored': () =>
    gzip(Buffer.concat([writeTar([file('package/package.json', BENIGN)]), writeTar([file('package/package.json', EVIL)])])),
  'GNU long names': () => gzip(writeTar([{ path: `package/${LONG}`, content: 'gnu', longName: 'gnu' }])),
  'pax long names': () => gzip(writeTar([{ path: `package/${LONG}`, content: 'pax', longName: 'pax' }])),
  'ustar prefix long names': () => gzip(writeTar([{ path: `package/${LONG}`, content: 'ustar', longName: 'ustar-prefix' }])),
  'a pax path= overrides the header name': () =>
    gzip(writeTar([{ path: 'package/readme.txt', content: EVIL, pax: { path: 'package/package.json' } }])),
  'a pax global header: path= ignored, other records kept': () =>
    gzip(writeTar([{ globalPax: { path: 'package/package.json', comment: 'x' } }, file('package/index.js'), file('package/package.json', BENIGN)])),
  'symlinks and hardlinks are not written': () =>
    gzip(
      writeTar([
        file('package/index.js'),
        { path: 'package/link.js', type: 'symlink', linkTarget: 'index.js' },
        { path: 'package/hard.js', type: 'hardlink', linkTarget: 'package/index.js' },
        { path: 'package/etc', type: 'symlink', linkTarget: '/etc' },
      ]),
    ),
  'a header with a bad checksum is skipped and its data read as headers': () =>
    gzip(
      writeTar([
        file('package/package.json', BENIGN),
        { path: 'package/data.bin', content: header([file('package/package.json', EVIL)]), badChecksum: true },
      ]),
    ),
  'a file header with a link name is invalid; its data is read as headers': () =>
    gzip(
      writeTar([
        file('package/package.json', BENIGN),
        { path: 'package/data.bin', content: header([file('package/package.json', EVIL)]), linkTarget: 'x' },
      ]),
    ),
  'trailing garbage after the end of the archive': () =>
    gzip(Buffer.concat([writeTar([file('package/package.json', BENIGN)]), Buffer.from('garbage that is not a tar header at all')])),
  'garbage blocks between entries': () =>
    gzip(Buffer.concat([header([file('package/package.json', BENIGN)]), Buffer.alloc(512, 0x41), writeTar([file('package/index.js')])])),
  'directories only': () => gzip(writeTar([{ path: 'package/', type: 'dir' }, { path: 'package/lib/', type: 'dir' }])),
  'an empty archive (npm refuses it)': () => gzip(Buffer.alloc(1024)),
  '".." components are skipped': () =>
    gzip(writeTar([file('package/package.json', BENIGN), file('package/../../escape.js'), file('../x.js'), file('package/a/../b.js')])),
  'absolute paths lose their root after the strip': () =>
    gzip(writeTar([file('/etc/passwd'), file('C:/Windows/evil.dll'), file('package/c:drive.js'), file('package//abs.js'), file('//server/share/x.js')])),
  'backslashes are file name characters on POSIX': () => gzip(writeTar([file('package\\x.js'), file('package/a\\..\\b.js'), file('package/..\\up.js')])),
  '"." and empty segments collapse': () => gzip(writeTar([file('package/./lib//x.js'), file('package/lib/./x.js', 'second')])),
  '.gitignore becomes .npmignore unless one was seen': () =>
    gzip(writeTar([file('package/.gitignore', 'g1'), file('package/lib/.npmignore', 'n'), file('package/lib/.gitignore', 'g2')])),
  'a file where a folder is, and a folder where a file is': () =>
    gzip(writeTar([file('package/a', 'file a'), file('package/a/b.js'), file('package/c/d.js'), file('package/c', 'file c')])),
  'file types: old file, contiguous, trailing slash, devices, fifo, unknown': () =>
    gzip(
      writeTar([
        { path: 'package/old.js', content: 'old', typeflag: '\0' },
        { path: 'package/contig.js', content: 'contiguous', typeflag: '7' },
        { path: 'package/slash.js/', content: '' },
        { path: 'package/dev', type: 'chardev' },
        { path: 'package/fifo', type: 'fifo' },
        { path: 'package/unknown.js', content: header([file('package/package.json', EVIL)]), typeflag: 'Z' },
        { path: 'package/dumpdir', content: 'dump', typeflag: 'D' },
      ]),
    ),
  'a pax size= record overrides the header size': () =>
    gzip(writeTar([{ path: 'package/a.js', content: Buffer.concat([Buffer.from('x'.repeat(600)), Buffer.alloc(424)]), pax: { size: '600' } }, file('package/b.js')])),
  'a pax record does not apply to the GNU long-name entry that follows it': () =>
    gzip(writeTar([{ path: `package/${LONG}`, content: 'both', longName: 'gnu', pax: { path: 'package/pax-name.js' } }])),
  'a truncated archive (npm refuses it)': () => gzip(writeTar([file('package/a.js', 'z'.repeat(3000))]).subarray(0, 1536)),
  'an oversized metadata entry is skipped': () =>
    gzip(writeTar([{ path: '././@LongLink', content: Buffer.alloc(1024 * 1024 + 1, 0x61), typeflag: 'L' }, file('package/after.js')])),
  'a mode of zero and odd modes': () => gzip(writeTar([{ path: 'package/a.js', content: 'a', mode: 0 }, { path: 'package/b.sh', content: 'b', mode: 0o4777 }])),
};

describe.each(Object.keys(cases))('%s', (name) => {
  test('depdiff reads what npm writes', async () => {
    const archive = cases[name]();
    const npm = await npmExtracts(archive, work);
    const ours = await depdiffExtracts(archive);
    expect(ours).toEqual(npm);
  });
});
