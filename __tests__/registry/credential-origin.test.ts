// Credentials go only to the origin (scheme, host, port) they are configured for, redirects
// included: a registry that redirects to another port must not hand that port the token.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRegistryClient } from '../../src/registry/client.js';
import { CredentialGuardAgent } from '../../src/registry/credential-guard-agent.js';
import { credentialOrigins } from '../../src/registry/credential-origins.js';
import { startTestRegistry, type FixturePackageSpec, type TestRegistry } from '../helpers/test-registry.js';

const TOKEN = 'origin-only-token-5f3a9c';
const packages: Record<string, FixturePackageSpec> = {
  moved: { versions: { '1.0.0': { files: { 'index.js': 'module.exports = "moved";\n' } } } },
  'tarball-moved': { versions: { '1.0.0': { files: { 'index.js': 'module.exports = "tarball";\n' } } } },
  stays: { versions: { '1.0.0': { files: { 'index.js': 'module.exports = "stays";\n' } } } },
};

let origin: TestRegistry;
let elsewhere: TestRegistry;
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'depdiff-cred-origin-'));
  origin = await startTestRegistry(packages, { token: TOKEN });
  // Same host, another port: make-fetch-happen keeps Authorization on such a redirect.
  elsewhere = await startTestRegistry(packages);
  origin.redirect('/moved', elsewhere.url);
  origin.redirect('/tarball-moved/-/', elsewhere.url);
  origin.redirect('/-/npm/v1/security/advisories/bulk', elsewhere.url, 307);
  origin.redirect('/stays', origin.url, 301);
  elsewhere.setAdvisories({ moved: [{ id: 7, title: 'Redirected advisory', severity: 'high', vulnerable_versions: '*' }] });
});

afterAll(async () => {
  await origin.close();
  await elsewhere.close();
  await rm(work, { recursive: true, force: true });
});

async function client() {
  const project = await mkdtemp(join(work, 'project-'));
  await writeFile(join(project, '.npmrc'), `//127.0.0.1:${new URL(origin.url).port}/:_authToken=${TOKEN}\n`);
  const cacheDir = await mkdtemp(join(work, 'cache-'));
  return createRegistryClient({ registry: origin.url, npmrcDirs: [project], cacheDir, userConfig: null, env: {}, retries: 0 });
}

const carriesToken = (r: TestRegistry['requests'][number]) => JSON.stringify(r.headers).includes(TOKEN);

test('the two servers are one host on two ports, and serve the same bytes', () => {
  expect(new URL(origin.url).hostname).toBe(new URL(elsewhere.url).hostname);
  expect(new URL(origin.url).port).not.toBe(new URL(elsewhere.url).port);
  expect(elsewhere.integrity('tarball-moved', '1.0.0')).toBe(origin.integrity('tarball-moved', '1.0.0'));
});

test('packument, tarball and advisory requests redirected to another port arrive there without the token', async () => {
  const c = await client();
  const doc = await c.packument('moved');
  expect(doc.versions['1.0.0']).toBeDefined();
  const bytes = await c.tarball({ name: 'tarball-moved', version: '1.0.0', integrity: origin.integrity('tarball-moved', '1.0.0') });
  expect(bytes.length).toBeGreaterThan(0);
  const advisories = await c.advisories({ moved: ['1.0.0'] });
  expect(advisories.moved?.[0]?.title).toBe('Redirected advisory');

  // Each request started at the origin, with the token, and was redirected.
  const path = (r: TestRegistry['requests'][number]) => new URL(r.path, 'http://x').pathname;
  for (const wanted of ['/moved', '/tarball-moved/-/tarball-moved-1.0.0.tgz', '/-/npm/v1/security/advisories/bulk']) {
    expect(origin.requests.filter((r) => path(r) === wanted).every((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(elsewhere.requests.some((r) => path(r) === wanted)).toBe(true);
  }
  expect(elsewhere.requests.find((r) => r.method === 'POST')?.body).toContain('"moved"');
  // ...and the other port never saw it.
  expect(elsewhere.requests.length).toBeGreaterThanOrEqual(3);
  expect(elsewhere.requests.filter(carriesToken)).toEqual([]);
  expect(elsewhere.requests.every((r) => r.headers.authorization === undefined)).toBe(true);
});

test('a redirect within the origin keeps the token and succeeds', async () => {
  const c = await client();
  const doc = await c.packument('stays');
  expect(doc.versions['1.0.0']).toBeDefined();
  const hops = origin.requests.filter((r) => r.path.startsWith('/stays'));
  expect(hops.map((r) => r.path)).toEqual(['/stays', '/stays?depdiff-test-redirected=1']);
  expect(hops.every((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
});

/** One GET through the agent to `url`, returning the Authorization header the server received. */
async function receivedAuthorization(agent: CredentialGuardAgent, url: string, authorization: string, target: TestRegistry): Promise<string | undefined> {
  const before = target.requests.length;
  await new Promise<void>((resolve, reject) => {
    const req = request(url, { agent, headers: { authorization, cookie: 'session=abc', 'npm-otp': '123456' } }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.on('error', reject);
    req.end();
  });
  const seen = target.requests[before];
  expect(seen.headers.cookie).toBeUndefined();
  expect(seen.headers['npm-otp']).toBeUndefined();
  return seen.headers.authorization as string | undefined;
}

test('the agent: http never receives a token configured for https on the same host and port', async () => {
  const port = new URL(elsewhere.url).port;
  const config = { [`//127.0.0.1:${port}/:_authToken`]: TOKEN };
  const bearer = `Bearer ${TOKEN}`;
  const forHttps = new CredentialGuardAgent(credentialOrigins(config, [`https://127.0.0.1:${port}/`]), {});
  expect(await receivedAuthorization(forHttps, `${elsewhere.url}x`, bearer, elsewhere)).toBeUndefined();
  const forHttp = new CredentialGuardAgent(credentialOrigins(config, [`http://127.0.0.1:${port}/`]), {});
  expect(await receivedAuthorization(forHttp, `${elsewhere.url}x`, bearer, elsewhere)).toBe(bearer);
  // Another credential than the one bound to this origin does not pass either.
  expect(await receivedAuthorization(forHttp, `${elsewhere.url}x`, 'Bearer someone-elses-token', elsewhere)).toBeUndefined();
  forHttps.destroy();
  forHttp.destroy();
});

test('credentialOrigins: the scheme comes from the registry on that host; https when none is configured', () => {
  const basic = (text: string) => `Basic ${Buffer.from(text).toString('base64')}`;
  const origins = credentialOrigins(
    {
      '//npm.example.test/:_authToken': 'tok-a',
      '//npm.example.test:8443/sub/:_auth': 'YWxpY2U6cHc=',
      '//files.example.test/:username': 'bob',
      '//files.example.test/:_password': Buffer.from('hunter2').toString('base64'),
      '//npm.example.test/:certfile': '/etc/passwd',
    },
    ['https://npm.example.test/', 'https://npm.example.test:8443/sub/', 'http://user:p%40ss@mirror.example.test:8080/'],
  );
  expect([...origins.entries()].map(([value, set]) => [value, [...set]])).toEqual([
    ['Bearer tok-a', ['https://npm.example.test']],
    ['Basic YWxpY2U6cHc=', ['https://npm.example.test:8443']],
    [basic('bob:hunter2'), ['https://files.example.test']],
    [basic('user:p%40ss'), ['http://mirror.example.test:8080']],
  ]);
});
