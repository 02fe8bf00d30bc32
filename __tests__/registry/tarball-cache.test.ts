// The digest-addressed tarball store: a warm review asks the registry for no tarball, a stored file
// is trusted only when its bytes match, and packuments are revalidated where the registry allows.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PackageError } from '../../src/model/errors.js';
import { review } from '../../src/pipeline/review.js';
import { DEFAULT_POLICY } from '../../src/policy/config.js';
import { createRegistryClient } from '../../src/registry/client.js';
import { contentPath, tarballKey } from '../../src/registry/tarball-cache.js';
import { npmLockV3 } from '../helpers/lockfile-writer.js';
import { startTestRegistry, type TestRegistry } from '../helpers/test-registry.js';

let registry: TestRegistry;
let work: string;

const files = (body: string) => ({ 'index.js': body, 'README.md': '# pkg\n' });

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'depdiff-tarball-cache-'));
  registry = await startTestRegistry(
    {
      left: { versions: { '1.0.0': { files: files('module.exports = 1;\n') }, '1.1.0': { files: files("require('https').get('https://example.test/');\n") } } },
      right: { versions: { '2.0.0': { files: files('exports.a = 1;\n') }, '2.0.1': { files: files("require('child_process').exec('id');\n") } } },
    },
    { validators: true },
  );
});

afterAll(async () => {
  await registry?.close();
  await rm(work, { recursive: true, force: true });
});

const tarballRequests = (from: number) => registry.requests.slice(from).filter((r) => r.method === 'GET' && r.path.endsWith('.tgz'));
const client = (cacheDir: string, offline = false) => createRegistryClient({ registry: registry.url, cacheDir, userConfig: null, env: {}, offline });

async function reviewOnce(cacheDir: string) {
  const lock = (left: string, right: string) =>
    npmLockV3(registry, [
      { name: 'left', version: left },
      { name: 'right', version: right },
    ]);
  return review({
    pairs: [{ path: 'package-lock.json', before: lock('1.0.0', '2.0.0'), after: lock('1.1.0', '2.0.1') }],
    policy: DEFAULT_POLICY,
    registry: { registry: registry.url, cacheDir, userConfig: null, env: {} },
    now: new Date('2024-06-01T00:00:00.000Z'),
  });
}

test('a second review with the same cache dir downloads no tarball, and finds the same', async () => {
  const cacheDir = await mkdtemp(join(work, 'review-'));
  const start = registry.requests.length;
  const cold = await reviewOnce(cacheDir);
  expect(tarballRequests(start)).toHaveLength(4);
  expect(cold.errors).toEqual([]);

  const warmStart = registry.requests.length;
  const warm = await reviewOnce(cacheDir);
  expect(tarballRequests(warmStart)).toEqual([]);
  expect(warm.changes).toEqual(cold.changes);
  expect(new Set(warm.changes.flatMap((c) => c.findings.map((f) => f.kind)))).toEqual(new Set(['network', 'shell']));
});

test('packuments are revalidated with the ETag and answered 304', async () => {
  const cacheDir = await mkdtemp(join(work, 'etag-'));
  await client(cacheDir).packument('left');
  const start = registry.requests.length;
  expect((await client(cacheDir).packument('left')).name).toBe('left');
  const again = registry.requests.slice(start);
  expect(again).toHaveLength(1);
  expect(again[0].headers['if-none-match']).toMatch(/^"[0-9a-f]{40}"$/);
});

test('a stored tarball whose bytes do not match its digest is discarded and fetched again', async () => {
  const cacheDir = await mkdtemp(join(work, 'tampered-'));
  const integrity = registry.integrity('left', '1.1.0');
  const good = await client(cacheDir).tarball({ name: 'left', version: '1.1.0', integrity });
  const stored = contentPath(cacheDir, tarballKey([integrity])!);
  expect(statSync(stored).size).toBe(good.length);
  // Someone with write access to the cache swaps in other bytes under the same digest.
  const other = await client(await mkdtemp(join(work, 'other-'))).tarball({ name: 'left', version: '1.0.0' });
  writeFileSync(stored, other);

  const start = registry.requests.length;
  const bytes = await client(cacheDir).tarball({ name: 'left', version: '1.1.0', integrity });
  expect(bytes.equals(good)).toBe(true);
  expect(tarballRequests(start)).toHaveLength(1);
});

test('offline, a stored tarball whose bytes do not match its digest is deleted and the fetch is EOFFLINE', async () => {
  const cacheDir = await mkdtemp(join(work, 'tampered-offline-'));
  const integrity = registry.integrity('left', '1.1.0');
  await client(cacheDir).tarball({ name: 'left', version: '1.1.0', integrity });
  const stored = contentPath(cacheDir, tarballKey([integrity])!);
  writeFileSync(stored, 'not the tarball');

  const error = await client(cacheDir, true)
    .tarball({ name: 'left', version: '1.1.0', integrity })
    .then(() => null, (e: unknown) => e);
  expect((error as PackageError).code).toBe('EOFFLINE');
  expect(existsSync(stored)).toBe(false);
});

test('cached bytes still meet the lockfile check: a lockfile that disagrees is an integrity error', async () => {
  const cacheDir = await mkdtemp(join(work, 'lockfile-'));
  await client(cacheDir).tarball({ name: 'right', version: '2.0.1' });
  const start = registry.requests.length;
  const error = await client(cacheDir)
    .tarball({ name: 'right', version: '2.0.1', integrity: registry.integrity('right', '2.0.0') })
    .then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(PackageError);
  expect((error as PackageError).code).toBe('EINTEGRITY');
  expect(tarballRequests(start)).toEqual([]);
});

test('offline, a tarball missing from the store is EOFFLINE, not a request', async () => {
  const cacheDir = await mkdtemp(join(work, 'offline-'));
  await client(cacheDir).packument('right');
  const start = registry.requests.length;
  const error = await client(cacheDir, true)
    .tarball({ name: 'right', version: '2.0.0' })
    .then(() => null, (e: unknown) => e);
  expect((error as PackageError).code).toBe('EOFFLINE');
  expect(registry.requests.length).toBe(start);
});
