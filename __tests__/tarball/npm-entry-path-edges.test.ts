// Entry paths the mutation run (MUTATION_GROUP=tarball) found unjudged: roots node-tar strips one '/' at a time,
// the '//?/' device prefix, the depth bound at exactly 1024 segments, a '.gitignore' inside a '.gitignore.d'
// folder. Where npm's behaviour decides, npm is the oracle: pacote's extraction writes each archive to disk.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pacote from 'pacote';
import { extractTarball } from '../../src/tarball/extract.js';
import { npmEntryPath } from '../../src/tarball/npm-entry-path.js';
import { gzip, writeTar, type TarPiece } from '../helpers/tar-writer.js';

type FileMap = Record<string, string>;
const sha = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'depdiff-entry-path-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function walk(root: string, dir = ''): Promise<FileMap> {
  const out: FileMap = {};
  for (const dirent of await readdir(join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${dirent.name}` : dirent.name;
    if (dirent.isDirectory()) Object.assign(out, await walk(root, rel));
    else out[rel] = sha(await readFile(join(root, rel)));
  }
  return out;
}

let counter = 0;
/** What npm writes for this archive: pacote's base extract (the registry tarball path), walked from disk. */
async function npmWrites(archive: Buffer): Promise<FileMap> {
  counter += 1;
  const file = join(work, `case-${counter}.tgz`);
  const dest = join(work, `out-${counter}`);
  await writeFile(file, archive);
  const FileFetcher = (pacote as unknown as { FileFetcher: new (spec: string, opts: object) => object }).FileFetcher;
  const fetcher = new FileFetcher(`file:${file}`, { cache: join(work, 'cache') });
  const baseExtract = Object.getPrototypeOf(FileFetcher.prototype).extract as (this: object, dest: string) => Promise<unknown>;
  await baseExtract.call(fetcher, dest);
  return walk(dest);
}

async function depdiffReads(archive: Buffer): Promise<FileMap> {
  const files: FileMap = {};
  for (const [path, entry] of (await extractTarball(archive)).files) if (entry.type === 'file') files[path] = entry.sha256 ?? `unhashed native binary (${entry.size} bytes)`;
  return files;
}

const file = (path: string, content = `content of ${path}`): TarPiece => ({ path, content, longName: 'pax' });
const BENIGN = '{"name":"a","version":"1.0.0"}';

const cases: Record<string, string[]> = {
  'a UNC-looking root after the strip loses one "/" at a time': ['package///x/y/z.js'],
  'a "//?/" device root is stripped whole': ['package///?/C:/x.js'],
  'a .gitignore inside a .gitignore.d folder': ['package/.gitignore.d/.gitignore'],
  'exactly 1024 segments after the strip': [`package/${'a/'.repeat(1023)}f.js`],
  '1025 segments after the strip': [`package/${'a/'.repeat(1024)}f.js`],
};

test.each(Object.entries(cases))('%s: depdiff reads what npm writes', async (_name, paths) => {
  const archive = gzip(writeTar([file('package/package.json', BENIGN), ...paths.map((path) => file(path))]));
  expect(await depdiffReads(archive)).toEqual(await npmWrites(archive));
});

test('a root that appears only after the strip still marks the entry rooted', () => {
  expect(npmEntryPath('package//etc/passwd')).toEqual({ written: true, path: 'etc/passwd', rooted: true });
  expect(npmEntryPath('package/etc/passwd')).toEqual({ written: true, path: 'etc/passwd', rooted: false });
});
