import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { PackageError } from '../../src/model/errors.js';
import { extractTarball } from '../../src/tarball/extract.js';
import { packFiles } from '../helpers/test-registry.js';
import { gzip, writeTar, type TarEntry } from '../helpers/tar-writer.js';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const tgz = (entries: TarEntry[]) => gzip(writeTar(entries));
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(56)]);

async function untarError(data: Buffer, limits = {}): Promise<PackageError> {
  try {
    await extractTarball(data, limits);
  } catch (error) {
    expect(error).toBeInstanceOf(PackageError);
    return error as PackageError;
  }
  throw new Error('expected extraction to fail');
}

test('a packed package: paths without package/, sizes, hashes, text, no anomalies', async () => {
  const pkg = await extractTarball(
    await packFiles({ 'package.json': '{"name":"a","version":"1.0.0"}', 'lib/index.js': 'module.exports = 1;\n', 'README.md': '# ü\n' }),
  );
  expect([...pkg.files.keys()].sort()).toEqual(['README.md', 'lib/index.js', 'package.json']);
  const index = pkg.files.get('lib/index.js')!;
  expect(index).toMatchObject({ path: 'lib/index.js', size: 20, type: 'file', mode: 0o644, text: 'module.exports = 1;\n' });
  expect(index.sha256).toBe(sha256('module.exports = 1;\n'));
  expect(index.magic).toBeUndefined();
  expect(pkg.files.get('README.md')!.text).toBe('# ü\n');
  expect(pkg.anomalies).toEqual([]);
  expect(pkg.truncated).toBe(false);
});

test('a tarball made by the real `npm pack` (long paths, executable bits) reads the same', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'depdiff-npm-pack-'));
  try {
    const longDir = `lib/${'deeply-nested-folder/'.repeat(6)}`;
    await mkdir(join(dir, 'src', longDir), { recursive: true });
    await writeFile(join(dir, 'src', 'package.json'), JSON.stringify({ name: 'real-pack', version: '1.2.3', bin: { rp: 'cli.js' } }));
    await writeFile(join(dir, 'src', 'cli.js'), '#!/usr/bin/env node\nconsole.log(1)\n');
    await chmod(join(dir, 'src', 'cli.js'), 0o755);
    await writeFile(join(dir, 'src', longDir, 'a-file-with-a-long-name.js'), 'exports.x = 1;\n');
    const userconfig = join(dir, 'npmrc');
    await writeFile(userconfig, '');
    const { stdout } = await promisify(execFile)(
      'npm',
      ['pack', '--json', '--ignore-scripts', '--pack-destination', dir, '--cache', join(dir, 'cache'), '--userconfig', userconfig],
      { cwd: join(dir, 'src') },
    );
    const [{ filename }] = JSON.parse(stdout) as Array<{ filename: string }>;
    const pkg = await extractTarball(await readFile(join(dir, filename)));
    const long = `${longDir}a-file-with-a-long-name.js`;
    expect(long.length).toBeGreaterThan(100);
    expect(pkg.files.get(long)?.text).toBe('exports.x = 1;\n');
    expect(pkg.files.get('cli.js')).toMatchObject({ mode: 0o755, text: '#!/usr/bin/env node\nconsole.log(1)\n' });
    expect(pkg.files.get('cli.js')!.magic).toBeUndefined();
    expect(pkg.anomalies).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('any top folder name is stripped, and long names in pax, GNU and ustar-prefix forms are read', async () => {
  const long = `node/${'x'.repeat(60)}/${'y'.repeat(60)}/index.d.ts`;
  for (const longName of ['pax', 'gnu', 'ustar-prefix'] as const) {
    const pkg = await extractTarball(tgz([{ path: long, content: 'export {};', longName }, { path: 'node/package.json', content: '{}' }]));
    expect([...pkg.files.keys()].sort()).toEqual(['package.json', long.slice('node/'.length)]);
  }
  const gnuLink = await extractTarball(tgz([{ path: 'package/l', type: 'symlink', linkTarget: `${'z/'.repeat(60)}t.js`, longName: 'gnu' }]));
  expect(gnuLink.anomalies[0].message).toContain(`${'z/'.repeat(60)}t.js`);
});

test('a gzip bomb stops at the unpacked bound and is called a bomb', async () => {
  const bomb = tgz([{ path: 'package/zeros.bin', content: Buffer.alloc(20 * 1024 * 1024) }]);
  expect(bomb.length).toBeLessThan(100_000);
  const pkg = await extractTarball(bomb, { maxUnpackedBytes: 1024 * 1024 });
  expect(pkg.truncated).toBe(true);
  expect(pkg.anomalies.map((a) => a.code)).toEqual(['gzip-bomb']);
  expect(pkg.files.size).toBe(0);
});

test('a 300 MB bomb (concatenated gzip members) is stopped at the default 256 MiB bound', async () => {
  // A tar header declaring a 300 MiB file, then 300 gzip members of 1 MiB of zeros each: ~300 KB on the wire.
  const header = writeTar([{ path: 'package/zeros.bin', content: Buffer.alloc(0) }]).subarray(0, 512);
  header.write((300 * 1024 * 1024).toString(8).padStart(11, '0') + '\0', 124, 12, 'ascii');
  header.write('        ', 148, 8, 'ascii');
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'ascii');
  const member = gzipSync(Buffer.alloc(1024 * 1024), { level: 9 });
  const bomb = Buffer.concat([gzipSync(header), ...Array.from({ length: 300 }, () => member)]);
  expect(bomb.length).toBeLessThan(400_000);
  const pkg = await extractTarball(bomb);
  expect(pkg.truncated).toBe(true);
  expect(pkg.anomalies.map((a) => a.code)).toEqual(['gzip-bomb']);
  expect(pkg.files.size).toBe(0);
});

test('look-alike: an incompressible package over the bound is too-large, not a bomb', async () => {
  const big = tgz([
    { path: 'package/index.js', content: 'ok' },
    { path: 'package/random.bin', content: randomBytes(2 * 1024 * 1024) },
  ]);
  const pkg = await extractTarball(big, { maxUnpackedBytes: 1024 * 1024 });
  expect(pkg.truncated).toBe(true);
  expect(pkg.anomalies.map((a) => a.code)).toEqual(['too-large']);
  expect([...pkg.files.keys()]).toEqual(['index.js']);
});

test('traversal is refused, absolute paths land inside the package as npm writes them; all reported', async () => {
  const pkg = await extractTarball(
    tgz([
      { path: '../../etc/passwd', content: 'root:x:0:0' },
      { path: 'package/a/../../../escape.js', content: 'x' },
      { path: 'package/..\\..\\win.js', content: 'x' },
      { path: '/etc/passwd', content: 'root' },
      { path: 'C:/Windows/evil.dll', content: 'x' },
      { path: 'package/..hidden/ok.js', content: 'fine' },
      { path: 'package/a..b.js', content: 'fine' },
      { path: 'package/./lib//x.js', content: 'fine' },
    ]),
  );
  // strip: 1 takes '' off '/etc/passwd' and 'C:' off 'C:/Windows/...': npm writes both inside the package.
  expect([...pkg.files.keys()].sort()).toEqual(['..hidden/ok.js', 'Windows/evil.dll', 'a..b.js', 'etc/passwd', 'lib/x.js']);
  expect(pkg.anomalies.map((a) => [a.code, a.path])).toEqual([
    ['path-traversal', '../../etc/passwd'],
    ['path-traversal', 'package/a/../../../escape.js'],
    ['windows-path', 'package/..\\..\\win.js'],
    ['path-traversal', 'package/..\\..\\win.js'],
    ['absolute-path', '/etc/passwd'],
    ['absolute-path', 'C:/Windows/evil.dll'],
  ]);
  expect(pkg.truncated).toBe(false);
});

test('links and special files are not installed by npm: reported, never in the file map', async () => {
  const pkg = await extractTarball(
    tgz([
      { path: 'package/index.js', content: 'x' },
      { path: 'package/passwd', type: 'symlink', linkTarget: '/etc/passwd' },
      { path: 'package/lib/ok.js', type: 'symlink', linkTarget: '../index.js' },
      { path: 'package/hard.js', type: 'hardlink', linkTarget: 'package/index.js' },
      { path: 'package/pipe', type: 'fifo' },
    ]),
  );
  expect([...pkg.files.keys()]).toEqual(['index.js']);
  expect(pkg.anomalies.map((a) => [a.code, a.path])).toEqual([
    ['symlink', 'package/passwd'],
    ['symlink', 'package/lib/ok.js'],
    ['hardlink', 'package/hard.js'],
    ['special-file', 'package/pipe'],
  ]);
  expect(pkg.anomalies[0].message).toContain('/etc/passwd');
});

test('more files than maxFiles: stops, truncated, too-many-files', async () => {
  const entries = Array.from({ length: 30 }, (_, i) => ({ path: `package/f${String(i).padStart(2, '0')}.js`, content: `${i}` }));
  const pkg = await extractTarball(tgz(entries), { maxFiles: 10 });
  expect(pkg.files.size).toBe(10);
  expect(pkg.truncated).toBe(true);
  expect(pkg.anomalies.map((a) => a.code)).toEqual(['too-many-files']);
  const dirs = Array.from({ length: 50 }, (_, i) => ({ path: `package/d${i}/`, type: 'dir' as const }));
  const dirFlood = await extractTarball(tgz([...dirs, { path: 'package/late.js', content: 'x' }]), { maxFiles: 10, maxEntries: 40 });
  expect(dirFlood.truncated).toBe(true);
  expect(dirFlood.anomalies.map((a) => a.code)).toEqual(['too-many-files']);
  const exact = await extractTarball(tgz(entries.slice(0, 10)), { maxFiles: 10 });
  expect(exact.truncated).toBe(false);
  expect(exact.anomalies).toEqual([]);
});

test('binaries: magic numbers, no text; look-alike text files stay text', async () => {
  const pe = Buffer.alloc(0x100);
  pe.write('MZ', 0, 'latin1');
  pe.writeUInt32LE(0x80, 0x3c);
  pe.write('PE\0\0', 0x80, 'latin1');
  const fat = Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 2, 0, 0, 0, 7]);
  const javaClass = Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 52, 0, 1]);
  const pkg = await extractTarball(
    tgz([
      { path: 'package/bin/tool', content: ELF, mode: 0o755 },
      { path: 'package/tool.exe', content: pe },
      { path: 'package/tool.dylib', content: Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1]) },
      { path: 'package/universal', content: fat },
      { path: 'package/Main.class', content: javaClass },
      { path: 'package/mod.wasm', content: Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]) },
      { path: 'package/MZ.txt', content: 'MZ is how this note starts, but it is text.\n' },
      { path: 'package/run.sh', content: '#!/bin/sh\necho hi\n' },
      { path: 'package/latin1.txt', content: Buffer.from([0x63, 0x61, 0x66, 0xe9]) },
    ]),
  );
  const magic = (p: string) => pkg.files.get(p)!.magic;
  expect(magic('bin/tool')).toBe('elf');
  expect(pkg.files.get('bin/tool')).toMatchObject({ mode: 0o755, size: ELF.length });
  expect(pkg.files.get('bin/tool')!.text).toBeUndefined();
  expect(magic('tool.exe')).toBe('pe');
  expect(magic('tool.dylib')).toBe('macho');
  expect(magic('universal')).toBe('macho');
  expect(magic('Main.class')).toBe('java-class');
  expect(magic('mod.wasm')).toBe('wasm');
  expect(magic('MZ.txt')).toBeUndefined();
  expect(pkg.files.get('MZ.txt')!.text).toContain('MZ is how');
  expect(magic('run.sh')).toBeUndefined();
  expect(pkg.files.get('run.sh')!.text).toBe('#!/bin/sh\necho hi\n');
  expect(pkg.files.get('latin1.txt')!.text).toBeUndefined();
});

test('a large native binary is not hashed past its format prefix; other binaries and text are hashed in full', async () => {
  const body = randomBytes(300 * 1024);
  const elf = Buffer.concat([ELF, body]);
  const blob = Buffer.concat([Buffer.from([0x89, 0, 1, 2]), body]);
  const small = Buffer.concat([ELF, Buffer.alloc(1000)]);
  const text = `module.exports = '${'x'.repeat(200 * 1024)}';\n`;
  const pkg = await extractTarball(
    tgz([
      { path: 'package/bin/tool', content: elf },
      { path: 'package/data.bin', content: blob },
      { path: 'package/small.node', content: small },
      { path: 'package/big.js', content: text },
    ]),
  );
  expect(pkg.files.get('bin/tool')).toMatchObject({ magic: 'elf', size: elf.length });
  expect(pkg.files.get('bin/tool')!.sha256).toBeUndefined();
  // Without magic, unread bytes are keyed by their hash (the unreviewed-code fact), so they are hashed in full.
  expect(pkg.files.get('data.bin')).toMatchObject({ sha256: sha256(blob), size: blob.length });
  expect(pkg.files.get('data.bin')!.magic).toBeUndefined();
  expect(pkg.files.get('small.node')).toMatchObject({ magic: 'elf', sha256: sha256(small) });
  expect(pkg.files.get('big.js')).toMatchObject({ sha256: sha256(text) });
});

test('a text file over maxTextFileBytes is hashed, carries no text and says why', async () => {
  const big = 'a'.repeat(5000);
  const pkg = await extractTarball(tgz([{ path: 'package/big.js', content: big }, { path: 'package/small.js', content: 'a' }]), {
    maxTextFileBytes: 4096,
  });
  expect(pkg.files.get('big.js')).toMatchObject({ size: 5000, sha256: sha256(big), unread: 'over the 4096-byte text limit' });
  expect(pkg.files.get('big.js')!.text).toBeUndefined();
  expect(pkg.files.get('small.js')!.text).toBe('a');
  expect(pkg.files.get('small.js')!.unread).toBeUndefined();
  const nul = await extractTarball(tgz([{ path: 'package/nul.js', content: 'var a;\0\0' }]));
  expect(nul.files.get('nul.js')!.text).toBeUndefined();
});

test('a duplicate path keeps the last copy and says so', async () => {
  const pkg = await extractTarball(tgz([{ path: 'package/index.js', content: 'benign' }, { path: 'package/index.js', content: 'evil' }]));
  expect(pkg.files.get('index.js')!.text).toBe('evil');
  expect(pkg.anomalies.map((a) => a.code)).toEqual(['duplicate-path']);
});

test('an uncompressed tar is read too', async () => {
  const pkg = await extractTarball(writeTar([{ path: 'package/a.js', content: 'a' }]));
  expect(pkg.files.get('a.js')!.text).toBe('a');
});

test('corrupt input is EUNTAR; an oversized download is ELIMIT', async () => {
  expect((await untarError(Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7]))).code).toBe('EUNTAR');
  expect((await untarError(gzip(randomBytes(4096)))).code).toBe('EUNTAR');
  const whole = writeTar([{ path: 'package/a.js', content: 'x'.repeat(3000) }]);
  expect((await untarError(gzip(whole.subarray(0, 1500)))).code).toBe('EUNTAR');
  const flipped = Buffer.from(whole);
  flipped[10] ^= 0xff;
  expect((await untarError(gzip(flipped))).code).toBe('EUNTAR');
  expect((await untarError(await packFiles({ 'a.js': 'a' }), { maxCompressedBytes: 10 })).code).toBe('ELIMIT');
});
