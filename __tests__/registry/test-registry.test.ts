import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { packFiles, startTestRegistry, type TestRegistry } from '../helpers/test-registry.js';

const run = promisify(execFile);

let registry: TestRegistry;
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'depdiff-test-registry-'));
  registry = await startTestRegistry({
    'left-pad': {
      versions: {
        '1.0.0': { files: { 'index.js': 'module.exports = 1;\n' } },
        '1.1.0': {
          files: {
            'package.json': JSON.stringify({ name: 'left-pad', version: '1.1.0', scripts: { postinstall: 'node x.js' } }),
            'index.js': 'module.exports = 2;\n',
          },
          manifest: { deprecated: 'use String.prototype.padStart', dist: { attestations: { url: 'https://example.test/att' } } },
          time: '2024-05-01T00:00:00.000Z',
        },
      },
    },
    '@scope/thing': { versions: { '2.0.0': { files: { 'a.js': 'a' } } } },
    mirrored: {
      versions: { '1.0.0': { files: { 'a.js': 'a' }, manifest: { deprecated: 'x' } } },
      omit: ['_npmUser', 'maintainers', 'deprecated', 'time'],
    },
  });
});

afterAll(async () => {
  await registry.close();
  await rm(work, { recursive: true, force: true });
});

async function npm(args: string[], cwd: string): Promise<string> {
  const userconfig = join(work, 'empty-npmrc');
  await writeFile(userconfig, '');
  const { stdout } = await run(
    'npm',
    [...args, '--registry', registry.url, '--cache', join(work, 'npm-cache'), '--userconfig', userconfig, '--no-audit', '--no-fund', '--loglevel', 'error'],
    { cwd, env: { ...process.env, npm_config_registry: undefined } },
  );
  return stdout;
}

test('packFiles makes a real gzip tar with entries under package/', async () => {
  const tgz = await packFiles({ 'index.js': 'hi' });
  const tar = gunzipSync(tgz);
  expect(tar.subarray(0, 16).toString('utf8').replace(/\0+$/, '')).toBe('package/index.js');
  expect(tar.subarray(257, 262).toString('ascii')).toBe('ustar');
  expect(await packFiles({ 'index.js': 'hi' })).toEqual(tgz);
});

test('the npm CLI reads packuments from it (npm view)', async () => {
  const out = JSON.parse(await npm(['view', 'left-pad@1.1.0', '--json'], work)) as Record<string, unknown>;
  expect(out.name).toBe('left-pad');
  expect(out.version).toBe('1.1.0');
  expect(out.scripts).toEqual({ postinstall: 'node x.js' });
  expect(out.deprecated).toBe('use String.prototype.padStart');
  expect((out.dist as Record<string, unknown>).integrity).toBe(registry.integrity('left-pad', '1.1.0'));
});

test('the npm CLI downloads tarballs from it (npm pack), byte for byte', async () => {
  const out = JSON.parse(await npm(['pack', 'left-pad@1.0.0', '--json'], work)) as Array<{ filename: string }>;
  const bytes = await readFile(join(work, out[0].filename));
  expect(`sha512-${createHash('sha512').update(bytes).digest('base64')}`).toBe(registry.integrity('left-pad', '1.0.0'));
  expect(registry.requests.some((r) => r.path === '/left-pad/-/left-pad-1.0.0.tgz')).toBe(true);
});

test('serves scoped packuments under both encodings, full metadata, and 404s', async () => {
  for (const path of ['@scope%2fthing', '@scope/thing']) {
    const res = await fetch(`${registry.url}${path}`);
    const doc = (await res.json()) as Record<string, any>;
    expect(doc.name).toBe('@scope/thing');
    expect(doc.versions['2.0.0'].dist.tarball).toBe(registry.tarballUrl('@scope/thing', '2.0.0'));
    expect(doc.versions['2.0.0']._npmUser.name).toBe('fixture-publisher');
    expect(doc.time['2.0.0']).toMatch(/^\d{4}-/);
    expect(doc['dist-tags']).toEqual({ latest: '2.0.0' });
  }
  const missing = await fetch(`${registry.url}nope`);
  expect(missing.status).toBe(404);
  expect(((await missing.json()) as { error: string }).error).toMatch(/^not found/);
  const tgz = await fetch(registry.tarballUrl('@scope/thing', '2.0.0'));
  expect(tgz.status).toBe(200);
  expect(registry.tarballUrl('@scope/thing', '2.0.0')).toBe(`${registry.url}@scope/thing/-/thing-2.0.0.tgz`);
});

test('a filtered mirror omits what it is told to omit', async () => {
  const doc = (await (await fetch(`${registry.url}mirrored`)).json()) as Record<string, any>;
  expect(doc.time).toBeUndefined();
  expect(doc.maintainers).toBeUndefined();
  expect(doc.versions['1.0.0']._npmUser).toBeUndefined();
  expect(doc.versions['1.0.0'].deprecated).toBeUndefined();
  const full = (await (await fetch(`${registry.url}left-pad`)).json()) as Record<string, any>;
  expect(full.versions['1.1.0'].dist.attestations).toEqual({ url: 'https://example.test/att' });
  expect(full.versions['1.1.0'].dist.integrity).toBe(registry.integrity('left-pad', '1.1.0'));
  expect(full.time['1.1.0']).toBe('2024-05-01T00:00:00.000Z');
  expect(full['dist-tags'].latest).toBe('1.1.0');
});

test('failNext injects failures a given number of times', async () => {
  registry.failNext('/left-pad', 503, 2);
  expect((await fetch(`${registry.url}left-pad`)).status).toBe(503);
  expect((await fetch(`${registry.url}left-pad`)).status).toBe(503);
  expect((await fetch(`${registry.url}left-pad`)).status).toBe(200);
});
