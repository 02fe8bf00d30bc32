// The second filter on the npm config: whatever the caller hands in, only registry choices and
// nerf-darted credentials reach pacote; every other option is depdiff's own.
import { lookup } from 'node:dns';
import type { ClientRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import npmcliAgent, { type RequestTarget } from '@npmcli/agent';
import { CredentialGuardAgent } from '../../src/registry/credential-guard-agent.js';
import { buildPacoteOptions, DEFAULT_REGISTRY } from '../../src/registry/pacote-options.js';

const settings = { retry: { retries: 1, factor: 3, minTimeout: 10, maxTimeout: 20 }, timeoutMs: 1234, cacheDir: '/tmp/depdiff-test-cache' };

/** Keys that would run programs, read or write files, or redirect traffic if pacote saw them. */
const DANGEROUS_KEYS: Record<string, string> = {
  'script-shell': '/tmp/evil.sh',
  scriptShell: '/tmp/evil.sh',
  shell: '/tmp/evil.sh',
  'node-options': '--require /tmp/evil.js',
  nodeOptions: '--require /tmp/evil.js',
  git: '/tmp/evil-git',
  prefix: '/tmp/evil-prefix',
  globalconfig: '/tmp/evil-npmrc',
  userconfig: '/tmp/evil-npmrc',
  cafile: '/etc/shadow',
  ca: 'not-a-ca',
  cert: 'not-a-cert',
  key: 'not-a-key',
  cache: '/tmp/evil-cache',
  'ignore-scripts': 'false',
  ignoreScripts: 'false',
  'replace-registry-host': 'always',
  before: '2000-01-01',
  'npm-bin': '/tmp/evil-npm',
  npmBin: '/tmp/evil-npm',
  agent: 'x',
  headers: 'x',
  otp: '123456',
  'local-address': '10.0.0.1',
  '//r.example.test/:certfile': '/etc/shadow',
  '//r.example.test/:keyfile': '/etc/shadow',
  '//r.example.test/:_keys': '[]',
  '_authToken': 'unscoped-token',
};

test('dangerous keys in the npm config never reach pacote; registries and credentials do', () => {
  const options = buildPacoteOptions(
    {
      ...DANGEROUS_KEYS,
      registry: 'https://r.example.test',
      '@corp:registry': 'https://corp.example.test/npm',
      '//corp.example.test/npm/:_authToken': 'corp-token',
      '//r.example.test/:_auth': 'dXNlcjpwYXNz',
      '//r.example.test/:username': 'me',
      '//r.example.test/:_password': 'cGFzcw==',
      '//r.example.test/:always-auth': 'true',
    },
    settings,
  );
  for (const key of Object.keys(DANGEROUS_KEYS)) {
    // depdiff sets these itself; their values are checked below.
    if (['cache', 'agent', 'ignoreScripts'].includes(key)) continue;
    expect({ key, present: Object.hasOwn(options, key) }).toEqual({ key, present: false });
  }
  expect(options.cache).toBe('/tmp/depdiff-test-cache');
  expect(options.ignoreScripts).toBe(true);
  expect(options.agent).toBeInstanceOf(CredentialGuardAgent);
  expect(Object.keys(options).sort()).toEqual(
    [
      '//corp.example.test/npm/:_authToken',
      '//r.example.test/:_auth',
      '//r.example.test/:_password',
      '//r.example.test/:always-auth',
      '//r.example.test/:username',
      '@corp:registry',
      'agent',
      'cache',
      'fullMetadata',
      'ignoreScripts',
      'offline',
      'preferOffline',
      'preferOnline',
      'registry',
      'retry',
      'timeout',
      'userAgent',
    ].sort(),
  );
  expect(options.registry).toBe('https://r.example.test/');
  expect(options['@corp:registry']).toBe('https://corp.example.test/npm/');
  expect(options.timeout).toBe(1234);
});

test('proxy, TLS strictness and always-auth map to their pacote names; the default registry is npmjs', () => {
  const options = buildPacoteOptions(
    { 'strict-ssl': 'false', 'always-auth': 'true', proxy: 'http://proxy.example.test:3128', 'https-proxy': 'http://sproxy.example.test:3128', noproxy: 'internal.example.test' },
    settings,
  );
  expect(options).toMatchObject({
    registry: DEFAULT_REGISTRY,
    strictSSL: false,
    alwaysAuth: true,
    proxy: 'http://proxy.example.test:3128',
    httpsProxy: 'http://sproxy.example.test:3128',
    noProxy: 'internal.example.test',
  });
  expect(buildPacoteOptions({ registry: 'https://npmrc.example.test/' }, { ...settings, registry: 'https://flag.example.test' }).registry).toBe(
    'https://flag.example.test/',
  );
});

test("depdiff's own options: read-only full metadata, no scripts, its user agent, the caller's retry and offline mode", () => {
  const { agent, ...options } = buildPacoteOptions({}, settings);
  expect(agent).toBeInstanceOf(CredentialGuardAgent);
  expect(options).toEqual({
    registry: DEFAULT_REGISTRY,
    cache: '/tmp/depdiff-test-cache',
    offline: false,
    preferOnline: false,
    preferOffline: false,
    fullMetadata: true,
    retry: settings.retry,
    timeout: 1234,
    ignoreScripts: true,
    userAgent: 'depdiff (+pacote)',
  });
  expect(buildPacoteOptions({}, { ...settings, offline: true }).offline).toBe(true);
  expect(buildPacoteOptions({}, { retry: settings.retry, timeoutMs: 1 }).cache).toBe(join(tmpdir(), 'depdiff-cache'));
});

test('credential values pass unchanged; only exact @scope:registry keys are registries, and they get a trailing slash', () => {
  const options = buildPacoteOptions(
    {
      registry: 'https://npmrc.example.test/npm',
      '//r.example.test/:_authToken': 'tok-no-slash',
      '@corp:registry': 'https://corp.example.test/npm/',
      'x@corp:registry': 'https://evil.example.test/',
      '@corp:registry-mirror': 'https://evil.example.test/',
      '@corp/sub:registry': 'https://evil.example.test/',
      '@co rp:registry': 'https://evil.example.test/',
      '@:registry': 'https://evil.example.test/',
    },
    settings,
  );
  expect(options['//r.example.test/:_authToken']).toBe('tok-no-slash');
  expect(options['@corp:registry']).toBe('https://corp.example.test/npm/');
  expect(options.registry).toBe('https://npmrc.example.test/npm/');
  for (const key of ['x@corp:registry', '@corp:registry-mirror', '@corp/sub:registry', '@co rp:registry', '@:registry']) {
    expect({ key, present: Object.hasOwn(options, key) }).toEqual({ key, present: false });
  }
});

test('TLS: strict-ssl from .npmrc decides when set, else Node\'s own switch; the agent gets the same answer', () => {
  const tls = (npmrc: Record<string, string>, tlsRejectUnauthorized?: boolean) => {
    const options = buildPacoteOptions(npmrc, { ...settings, tlsRejectUnauthorized });
    return [options.strictSSL, (options.agent as unknown as { options: { rejectUnauthorized: boolean } }).options.rejectUnauthorized];
  };
  expect(tls({})).toEqual([undefined, true]);
  expect(tls({}, true)).toEqual([undefined, true]);
  expect(tls({}, false)).toEqual([undefined, false]);
  expect(tls({ 'strict-ssl': 'true' }, false)).toEqual([true, true]);
  expect(tls({ 'strict-ssl': 'false' }, true)).toEqual([false, false]);
  expect(buildPacoteOptions({ 'always-auth': 'false' }, settings).alwaysAuth).toBeUndefined();
});

test('the agent proxies through https-proxy before proxy', () => {
  const proxyOf = (npmrc: Record<string, string>) => (buildPacoteOptions(npmrc, settings).agent as unknown as { proxy: { url?: URL } }).proxy.url?.href;
  expect(proxyOf({})).toBeUndefined();
  expect(proxyOf({ proxy: 'http://plain.example.test:3128' })).toBe('http://plain.example.test:3128/');
  expect(proxyOf({ proxy: 'http://plain.example.test:3128', 'https-proxy': 'http://secure.example.test:3128' })).toBe('http://secure.example.test:3128/');
});

test("the agent caches DNS answers as make-fetch-happen's own agent would: five minutes, with Node's lookup", () => {
  const agent = buildPacoteOptions({}, settings).agent as unknown as { options: { dns: unknown } };
  expect(agent.options.dns).toEqual({ ttl: 5 * 60 * 1000, lookup });
});

describe('the credentials the agent lets through', () => {
  // The guard is judged at addRequest, with @npmcli/agent's own addRequest (which opens a socket) replaced by a no-op.
  const agentPrototype = npmcliAgent.Agent.prototype as unknown as { addRequest: (...args: unknown[]) => void };
  const realAddRequest = agentPrototype.addRequest;
  beforeAll(() => {
    agentPrototype.addRequest = () => undefined;
  });
  afterAll(() => {
    agentPrototype.addRequest = realAddRequest;
  });

  function authorizationLeft(npmrc: Record<string, string>, authorization: string, target: { hostname: string; port: number; secureEndpoint: boolean }) {
    const headers = new Map<string, string>([['authorization', authorization]]);
    const request = { getHeader: (name: string) => headers.get(name), removeHeader: (name: string) => headers.delete(name) };
    const agent = buildPacoteOptions(npmrc, settings).agent as CredentialGuardAgent;
    agent.addRequest(request as unknown as ClientRequest, target as unknown as RequestTarget);
    return headers.get('authorization');
  }

  test('a token goes to its scope registry; a credential value that looks like a registry URL binds nothing', () => {
    const scoped = { '@corp:registry': 'http://corp.example.test:8080/npm', '//corp.example.test:8080/npm/:_authToken': 'corp-tok' };
    expect(authorizationLeft(scoped, 'Bearer corp-tok', { hostname: 'corp.example.test', port: 8080, secureEndpoint: false })).toBe('Bearer corp-tok');
    const urlValued = { '//r.example.test/:_authToken': 'tok', '//r.example.test/:username': 'http://r.example.test/' };
    expect(authorizationLeft(urlValued, 'Bearer tok', { hostname: 'r.example.test', port: 443, secureEndpoint: true })).toBe('Bearer tok');
    expect(authorizationLeft(urlValued, 'Bearer tok', { hostname: 'r.example.test', port: 80, secureEndpoint: false })).toBeUndefined();
  });
});
