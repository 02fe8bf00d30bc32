import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PackageError } from '../../src/model/errors.js';
import { rejection } from '../helpers/rejection.js';
import { createRegistryClient, DEFAULT_MAX_TARBALL_BYTES, DEFAULT_RETRY, DEFAULT_TIMEOUT_MS, type RegistryOptions } from '../../src/registry/client.js';
import { DEFAULT_MAX_PACKUMENT_BYTES } from '../../src/registry/fetch-packument.js';
import { scrubSecrets, toPackageError } from '../../src/registry/fetch-errors.js';
import { IntegrityError } from '../../src/registry/integrity.js';
import { packFiles, startTestRegistry, type TestRegistry } from '../helpers/test-registry.js';

let registry: TestRegistry;
let privateRegistry: TestRegistry;
let work: string;
const TOKEN = 'tok-secret-123456789';
let wrongBytes: Buffer;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'depdiff-client-'));
  wrongBytes = await packFiles({ 'package.json': '{"name":"tampered","version":"1.0.0"}', 'index.js': 'evil()' });
  registry = await startTestRegistry({
    lodash: {
      versions: {
        '4.17.20': { files: { 'index.js': 'module.exports = {};\n' }, time: '2020-08-13T16:53:54.152Z' },
        '4.17.21': {
          files: { 'index.js': 'module.exports = { v: 21 };\n' },
          manifest: {
            _npmUser: { name: 'bnjmnt4n', email: 'b@example.test' },
            dist: { attestations: { url: 'https://example.test/a', provenance: { predicateType: 'https://slsa.dev/provenance/v1' } } },
            readme: 'x'.repeat(100_000),
          },
          time: '2021-02-20T15:42:16.891Z',
        },
      },
    },
    tampered: {
      versions: {
        // The registry claims one digest but serves other bytes: dist.integrity is overridden.
        '1.0.0': {
          files: { 'index.js': 'ok()' },
          manifest: { dist: { integrity: `sha512-${createHash('sha512').update(wrongBytes).digest('base64')}`, shasum: undefined } },
        },
      },
    },
    flaky: { versions: { '1.0.0': { files: { 'index.js': 'x' } } } },
    big: { versions: { '1.0.0': { files: { 'blob.bin': Buffer.alloc(200_000, 7) } } } },
    padded: { versions: { '1.0.0': { files: { 'index.js': 'x' } } } },
    'retry-count': { versions: { '1.0.0': { files: { 'index.js': 'x' } } } },
    'fails-once': { versions: { '1.0.0': { files: { 'index.js': 'x' } } } },
  });
  registry.servePadded('padded', 3 * 1024 * 1024);
  privateRegistry = await startTestRegistry({ '@corp/secret-lib': { versions: { '3.0.0': { files: { 'index.js': 'corp' } } } } }, { token: TOKEN });
});

afterAll(async () => {
  await registry.close();
  await privateRegistry.close();
  await rm(work, { recursive: true, force: true });
});

async function client(extra: Partial<RegistryOptions> = {}) {
  const cacheDir = await mkdtemp(join(work, 'cache-'));
  return createRegistryClient({ registry: registry.url, cacheDir, userConfig: null, retries: 2, retryMinTimeoutMs: 10, retryMaxTimeoutMs: 50, env: {}, ...extra });
}


test('packument brings full metadata: _npmUser, maintainers, time, attestations', async () => {
  const c = await client();
  const doc = await c.packument('lodash');
  expect(doc.name).toBe('lodash');
  expect(doc.versions['4.17.21']._npmUser).toEqual({ name: 'bnjmnt4n', email: 'b@example.test' });
  expect(doc.versions['4.17.20'].maintainers?.[0]?.name).toBe('fixture-publisher');
  expect(doc.time?.['4.17.21']).toBe('2021-02-20T15:42:16.891Z');
  expect(doc.versions['4.17.21'].dist?.attestations?.provenance?.predicateType).toBe('https://slsa.dev/provenance/v1');
  // Only what the checks read is kept for the review's life: a per-version readme is dropped.
  expect(doc.versions['4.17.21'].readme).toBeUndefined();
  // memoized: a second call makes no request
  const before = registry.requests.length;
  expect(await c.packument('lodash')).toBe(doc);
  expect(registry.requests.length).toBe(before);
  expect(c.registryFor('lodash')).toBe(registry.url);
});

test('tarball: bytes verified against both the lockfile and the registry', async () => {
  const c = await client();
  const integrity = registry.integrity('lodash', '4.17.21');
  const bytes = await c.tarball({ name: 'lodash', version: '4.17.21', integrity, resolved: registry.tarballUrl('lodash', '4.17.21') });
  expect(`sha512-${createHash('sha512').update(bytes).digest('base64')}`).toBe(integrity);
  // lockfile v1 style sha1 hex is understood too
  const sha1 = createHash('sha1').update(bytes).digest('hex');
  await expect(c.tarball({ name: 'lodash', version: '4.17.21', integrity: sha1 })).resolves.toEqual(bytes);
});

test('a lockfile integrity that disagrees with the bytes is EINTEGRITY naming the lockfile', async () => {
  const c = await client();
  const other = registry.integrity('lodash', '4.17.20');
  const error = await rejection(c.tarball({ name: 'lodash', version: '4.17.21', integrity: other }));
  expect(error.code).toBe('EINTEGRITY');
  expect(error).toBeInstanceOf(IntegrityError);
  expect((error as IntegrityError).source).toBe('lockfile');
  expect(error.message).toContain("lockfile's integrity (sha512)");
  expect(error.message).toContain(other);
  expect(error.message).toContain(registry.integrity('lodash', '4.17.21'));

  const wrongSha1 = await rejection(c.tarball({ name: 'lodash', version: '4.17.21', integrity: 'a'.repeat(40) }));
  expect(wrongSha1.code).toBe('EINTEGRITY');
  expect(wrongSha1.message).toContain('(sha1)');
});

test("a registry whose dist.integrity disagrees with its own tarball is EINTEGRITY naming the registry", async () => {
  const c = await client();
  const error = await rejection(c.tarball({ name: 'tampered', version: '1.0.0' }));
  expect(error.code).toBe('EINTEGRITY');
  expect((error as IntegrityError).source).toBe('registry');
  expect(error.message).toContain("registry's dist.integrity");
  expect((error as IntegrityError).actual).toBe(registry.integrity('tampered', '1.0.0'));
  expect((error as IntegrityError).expected).toBe(`sha512-${createHash('sha512').update(wrongBytes).digest('base64')}`);
  // the lockfile agreeing with the real bytes does not help: the registry still disagrees
  const error2 = await rejection(c.tarball({ name: 'tampered', version: '1.0.0', integrity: registry.integrity('tampered', '1.0.0') }));
  expect((error2 as IntegrityError).source).toBe('registry');
});

test('an explicit registryIntegrity is checked too', async () => {
  const c = await client();
  const error = await rejection(c.tarball({ name: 'lodash', version: '4.17.21' }, registry.integrity('lodash', '4.17.20')));
  expect((error as IntegrityError).source).toBe('registry');
});

test('503 twice, then success: retried with backoff', async () => {
  const c = await client();
  const before = registry.requests.filter((r) => r.path === '/flaky').length;
  registry.failNext('/flaky', 503, 2);
  const doc = await c.packument('flaky');
  expect(Object.keys(doc.versions)).toEqual(['1.0.0']);
  expect(registry.requests.filter((r) => r.path === '/flaky').length - before).toBe(3);

  registry.failNext('/flaky/-/', 503, 2);
  const bytes = await c.tarball({ name: 'flaky', version: '1.0.0', integrity: registry.integrity('flaky', '1.0.0') });
  expect(bytes.length).toBeGreaterThan(0);
});

test('503 more often than the retries allow: EFETCH', async () => {
  const c = await client({ retries: 1 });
  registry.failNext('/flaky', 503, 5);
  const error = await rejection(c.packument('flaky'));
  expect(error.code).toBe('EFETCH');
  expect(error.message).toContain('flaky');
  registry.failNext('/flaky', 200, 0);
});

test('a packument that failed is not remembered: the next request for it asks the registry again', async () => {
  const c = await client({ retries: 1 });
  registry.failNext('/fails-once', 503, 2);
  expect((await rejection(c.packument('fails-once'))).code).toBe('EFETCH');
  expect(Object.keys((await c.packument('fails-once')).versions)).toEqual(['1.0.0']);
});

test('404: unknown package and unknown version are E404', async () => {
  const c = await client();
  expect((await rejection(c.packument('does-not-exist'))).code).toBe('E404');
  expect((await rejection(c.tarball({ name: 'lodash', version: '9.9.9' }))).code).toBe('E404');
});

test('non-registry sources are never fetched: ESOURCE', async () => {
  const c = await client();
  const before = registry.requests.length;
  for (const resolved of ['git+ssh://git@github.com/a/b.git#abc', 'https://example.test/custom/b-1.0.0.tgz', 'file:../b', 'github:a/b']) {
    expect((await rejection(c.tarball({ name: 'lodash', version: '4.17.21', resolved }))).code).toBe('ESOURCE');
  }
  expect(registry.requests.length).toBe(before);
  // look-alike: a registry-layout URL on another host is still a registry tarball
  await expect(
    c.tarball({ name: 'lodash', version: '4.17.21', resolved: 'https://registry.yarnpkg.com/lodash/-/lodash-4.17.21.tgz#abc' }),
  ).resolves.toBeInstanceOf(Buffer);
});

test('downloads above the size bound are ELIMIT', async () => {
  const c = await client({ maxTarballBytes: 100 });
  expect((await rejection(c.tarball({ name: 'big', version: '1.0.0' }))).code).toBe('ELIMIT');
  const roomy = await client({ maxTarballBytes: 10_000_000 });
  await expect(roomy.tarball({ name: 'big', version: '1.0.0' })).resolves.toBeInstanceOf(Buffer);
});

test('scoped registry from .npmrc with a token from the environment', async () => {
  const project = await mkdtemp(join(work, 'project-'));
  const port = new URL(privateRegistry.url).port;
  await writeFile(
    join(project, '.npmrc'),
    `@corp:registry=${privateRegistry.url}\n//127.0.0.1:${port}/:_authToken=\${TEST_TOKEN}\n`,
  );
  const c = await client({ npmrcDirs: [project], env: { TEST_TOKEN: TOKEN } });
  expect(c.registryFor('@corp/secret-lib')).toBe(privateRegistry.url);
  expect(c.registryFor('lodash')).toBe(registry.url);
  const doc = await c.packument('@corp/secret-lib');
  expect(doc.versions['3.0.0']).toBeDefined();
  const bytes = await c.tarball({ name: '@corp/secret-lib', version: '3.0.0', integrity: privateRegistry.integrity('@corp/secret-lib', '3.0.0') });
  expect(bytes.length).toBeGreaterThan(0);
  expect(privateRegistry.requests.every((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
  // the public registry never sees the private token: ask it for something, then look at what it received
  const publicSeen = registry.requests.length;
  await c.packument('lodash');
  const publicRequests = registry.requests.slice(publicSeen);
  expect(publicRequests.length).toBeGreaterThan(0);
  expect(publicRequests.some((r) => JSON.stringify(r.headers).includes(TOKEN))).toBe(false);

  // without the variable, the key is dropped and the private registry refuses: no token in the message
  const anonymous = await client({ npmrcDirs: [project], env: {} });
  const error = await rejection(anonymous.packument('@corp/secret-lib'));
  expect(error.code).toBe('EFETCH');
  expect(error.message).toContain('401');

  // a wrong token is refused; the registry echoes it, depdiff does not
  const wrong = await client({ npmrcDirs: [project], env: { TEST_TOKEN: 'wrong-token-abcdef' } });
  const refused = await rejection(wrong.packument('@corp/secret-lib'));
  expect(privateRegistry.requests.at(-1)?.headers.authorization).toBe('Bearer wrong-token-abcdef');
  expect(refused.message).toContain('401');
  expect(refused.message).not.toContain('wrong-token-abcdef');

  // the right token echoed back by a 404 and a 500 stays out of the messages too
  const missing = await rejection(c.packument('@corp/not-there'));
  expect(missing.code).toBe('E404');
  privateRegistry.failNext('/@corp/secret-lib/-/', 500, 5);
  const broken = await client({ npmrcDirs: [project], env: { TEST_TOKEN: TOKEN }, retries: 1 });
  const failed = await rejection(broken.tarball({ name: '@corp/secret-lib', version: '3.0.0' }));
  expect(failed.message).toContain('500');
  for (const error of [missing, failed]) {
    expect(error.message).toContain('received authorization');
    expect(error.message).not.toContain(TOKEN);
  }
});

test('a PackageError that reaches the registry edge is scrubbed too', () => {
  const inner = new PackageError('ELIMIT', 'x@1.0.0: refused by https://u:pw@r.example.test/ with token raw-secret-value-42');
  const scrubbed = toPackageError(inner, 'x@1.0.0', ['raw-secret-value-42']);
  expect(scrubbed.code).toBe('ELIMIT');
  expect(scrubbed.message).not.toContain('raw-secret-value-42');
  expect(scrubbed.message).not.toContain('u:pw@');
  expect(scrubSecrets('authorization: Bearer abcdefgh and _authToken=zzz', [])).toBe('authorization: *** and _authToken=***');
});

test('a packument over the size bound is ELIMIT naming the package, and no tarball is fetched', async () => {
  const c = await client({ maxPackumentBytes: 1024 * 1024 });
  const error = await rejection(c.packument('padded'));
  expect(error.code).toBe('ELIMIT');
  expect(error.message).toContain('padded: the registry\'s packument is larger than the 1048576-byte limit');
  expect((await rejection(c.tarball({ name: 'padded', version: '1.0.0' }))).code).toBe('ELIMIT');
  expect(registry.requests.some((r) => r.path.startsWith('/padded/-/'))).toBe(false);
  const roomy = await client({ maxPackumentBytes: 8 * 1024 * 1024 });
  expect((await roomy.packument('padded')).versions['1.0.0']).toBeDefined();
});

test('tarball() reuses the packument read under the bound: pacote never asks for it again', async () => {
  const c = await client();
  const before = registry.requests.length;
  await c.tarball({ name: 'lodash', version: '4.17.20', integrity: registry.integrity('lodash', '4.17.20') });
  expect(registry.requests.slice(before).map((r) => r.path)).toEqual(['/lodash', '/lodash/-/lodash-4.17.20.tgz']);
});

test('default bounds of the registry layer are pinned', async () => {
  expect(DEFAULT_MAX_TARBALL_BYTES).toBe(64 * 1024 * 1024);
  expect(DEFAULT_MAX_PACKUMENT_BYTES).toBe(64 * 1024 * 1024);
  expect(DEFAULT_RETRY).toEqual({ retries: 3, factor: 3, minTimeout: 1000, maxTimeout: 20000 });
  expect(DEFAULT_TIMEOUT_MS).toBe(60_000);
  // Without `retries`, the client makes three retries after the first attempt, and no fourth.
  const attempts = () => registry.requests.filter((r) => r.path === '/retry-count').length;
  const fast = { retries: undefined, retryMinTimeoutMs: 1, retryMaxTimeoutMs: 1 };
  let before = attempts();
  registry.failNext('/retry-count', 503, 3);
  await (await client(fast)).packument('retry-count');
  expect(attempts() - before).toBe(4);
  before = attempts();
  registry.failNext('/retry-count', 503, 4);
  expect((await rejection((await client(fast)).packument('retry-count'))).code).toBe('EFETCH');
  expect(attempts() - before).toBe(4);
});

test('offline mode serves a warm cache and refuses what is not cached', async () => {
  const cacheDir = await mkdtemp(join(work, 'offline-cache-'));
  const online = createRegistryClient({ registry: registry.url, cacheDir, userConfig: null, env: {} });
  const integrity = registry.integrity('lodash', '4.17.20');
  const warm = await online.tarball({ name: 'lodash', version: '4.17.20', integrity });

  const before = registry.requests.length;
  const offline = createRegistryClient({ registry: registry.url, cacheDir, userConfig: null, env: {}, offline: true });
  expect((await offline.packument('lodash')).name).toBe('lodash');
  expect(await offline.tarball({ name: 'lodash', version: '4.17.20', integrity })).toEqual(warm);
  expect(registry.requests.length).toBe(before);
  expect((await rejection(offline.packument('flaky'))).code).toBe('EOFFLINE');
  expect((await rejection(offline.advisories({ lodash: ['4.17.20'] }))).code).toBe('EOFFLINE');
});

test('bulk advisories: gzip POST to the default registry, filtered and chunked', async () => {
  const c = await client();
  registry.setAdvisories({
    lodash: [{ id: 1523, title: 'Prototype Pollution', severity: 'high', vulnerable_versions: '<4.17.21', url: 'https://example.test/1523' }],
    other: [{ id: 2, title: 'x', severity: 'low', vulnerable_versions: '*' }],
  });
  const wanted: Record<string, string[]> = { lodash: ['4.17.20', '4.17.21'] };
  for (let i = 0; i < 450; i += 1) wanted[`pkg-${i}`] = ['1.0.0'];
  const before = registry.requests.length;
  const map = await c.advisories(wanted);
  expect(Object.keys(map)).toEqual(['lodash']);
  expect(map.lodash[0].vulnerable_versions).toBe('<4.17.21');
  const posts = registry.requests.slice(before).filter((r) => r.method === 'POST');
  expect(posts.length).toBe(3);
  expect(posts[0].headers['content-encoding']).toBe('gzip');
  expect(JSON.parse(posts[0].body ?? '{}').lodash).toEqual(['4.17.20', '4.17.21']);

  registry.failNext('/-/npm/v1/security', 503, 1);
  expect(Object.keys(await c.advisories({ lodash: ['4.17.20'] }))).toEqual(['lodash']);
  expect(await c.advisories({})).toEqual({});
});

test('an unreachable registry is EFETCH after retries', async () => {
  const gone = await startTestRegistry({});
  const url = gone.url;
  await gone.close();
  const c = createRegistryClient({ registry: url, cacheDir: await mkdtemp(join(work, 'gone-')), userConfig: null, env: {}, retries: 1, retryMinTimeoutMs: 5 });
  const error = await rejection(c.packument('lodash'));
  expect(error.code).toBe('EFETCH');
  expect(error.message).toContain('ECONNREFUSED');
});

test('names and versions that pacote would read as folders, files, git or URLs are refused before any fetch', async () => {
  const c = await client();
  const before = registry.requests.length;
  for (const name of ['../../etc', './x', '/etc', 'git+ssh://git@example.test/a.git', 'https://example.test/a.tgz', 'a/b', 'Bad Name']) {
    const error = await rejection(c.packument(name));
    expect(error.code).toBe('EFETCH');
    expect(error.message).toContain('not a valid npm package name');
  }
  for (const version of ['file:../x', 'latest', '>=1', 'git+https://example.test/a.git', 'npm:other@1.0.0']) {
    const error = await rejection(c.tarball({ name: 'lodash', version }));
    expect(error.message).toContain('not a valid npm package name');
  }
  expect(registry.requests.length).toBe(before);
});
