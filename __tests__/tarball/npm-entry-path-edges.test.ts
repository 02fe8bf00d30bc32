// Entry paths the mutation run (MUTATION_GROUP=tarball) found unjudged: roots node-tar strips one '/' at a time,
// the '//?/' device prefix, the depth bound at exactly 1024 segments, a '.gitignore' inside a '.gitignore.d'
// folder. Where npm's behaviour decides, npm is the oracle: pacote's extraction writes each archive to disk.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { depdiffExtracts, npmExtracts } from '../helpers/npm-extraction.js';
import { npmEntryPath } from '../../src/tarball/npm-entry-path.js';
import { gzip, writeTar, type TarPiece } from '../helpers/tar-writer.js';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'depdiff-entry-path-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

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
  const npm = await npmExtracts(archive, work);
  expect('files' in npm).toBe(true);
  expect(await depdiffExtracts(archive)).toEqual(npm);
});

test('a root that appears only after the strip still marks the entry rooted', () => {
  expect(npmEntryPath('package//etc/passwd')).toEqual({ written: true, path: 'etc/passwd', rooted: true });
  expect(npmEntryPath('package/etc/passwd')).toEqual({ written: true, path: 'etc/passwd', rooted: false });
});
