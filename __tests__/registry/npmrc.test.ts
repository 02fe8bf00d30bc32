import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseNpmrc, readNpmConfig, redactNpmConfig } from '../../src/registry/npmrc.js';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'depdiff-npmrc-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

test('parses keys, comments, quotes and env expansion', () => {
  const cfg = parseNpmrc(
    [
      '; a comment',
      '# another',
      'registry = https://npm.example.test/ ; trailing comment',
      '@corp:registry="https://corp.example.test/npm/"',
      "//corp.example.test/npm/:_authToken='${CORP_TOKEN}'",
      '//other.example.test/:_authToken=${MISSING_TOKEN}',
      '//opt.example.test/:_authToken=pre${MISSING?}post',
      '//lit.example.test/:_authToken=\\${NOT_EXPANDED}',
      'strict-ssl=false',
      'always-auth',
      'cache=/tmp/evil-cache',
      'ignore-scripts=false',
      '_authToken=top-level-is-ignored',
      '[section]',
      'registry=https://in-a-section.example.test/',
    ].join('\n'),
    { CORP_TOKEN: 'abc123' },
  );
  expect(cfg).toEqual({
    registry: 'https://npm.example.test/',
    '@corp:registry': 'https://corp.example.test/npm/',
    '//corp.example.test/npm/:_authToken': 'abc123',
    '//opt.example.test/:_authToken': 'prepost',
    '//lit.example.test/:_authToken': '${NOT_EXPANDED}',
    'strict-ssl': 'false',
    'always-auth': 'true',
  });
});

test('project .npmrc overrides the user one; the first project dir wins; env registry wins over files', async () => {
  const user = join(work, 'user-npmrc');
  const near = await mkdtemp(join(work, 'near-'));
  const far = await mkdtemp(join(work, 'far-'));
  await writeFile(user, 'registry=https://user.example.test/\n//user.example.test/:_authToken=u\n@a:registry=https://user-a.example.test/\n');
  await writeFile(join(far, '.npmrc'), '@a:registry=https://far-a.example.test/\n@b:registry=https://far-b.example.test/\n');
  await writeFile(join(near, '.npmrc'), '@a:registry=https://near-a.example.test/\n');
  const cfg = readNpmConfig({ dirs: [near, far, join(work, 'missing-dir')], userConfig: user, env: {} });
  expect(cfg).toEqual({
    registry: 'https://user.example.test/',
    '//user.example.test/:_authToken': 'u',
    '@a:registry': 'https://near-a.example.test/',
    '@b:registry': 'https://far-b.example.test/',
  });
  expect(readNpmConfig({ dirs: [near], userConfig: user, env: { npm_config_registry: 'https://env.example.test/' } }).registry).toBe(
    'https://env.example.test/',
  );
  expect(readNpmConfig({ dirs: [], userConfig: user, env: { NPM_CONFIG_REGISTRY: 'https://ENV.example.test/' } }).registry).toBe(
    'https://ENV.example.test/',
  );
});

test('user config location: NPM_CONFIG_USERCONFIG, HOME, or none', async () => {
  const home = await mkdtemp(join(work, 'home-'));
  await writeFile(join(home, '.npmrc'), 'registry=https://home.example.test/\n');
  const alt = join(work, 'alt-npmrc');
  await writeFile(alt, 'registry=https://alt.example.test/\n');
  expect(readNpmConfig({ dirs: [], env: { HOME: home } }).registry).toBe('https://home.example.test/');
  expect(readNpmConfig({ dirs: [], env: { HOME: home, NPM_CONFIG_USERCONFIG: alt } }).registry).toBe('https://alt.example.test/');
  expect(readNpmConfig({ dirs: [], env: { HOME: home }, userConfig: null })).toEqual({});
});

test('redaction hides credentials but keeps registries', () => {
  const redacted = redactNpmConfig({
    registry: 'https://r.example.test/',
    '//r.example.test/:_authToken': 'sekrit',
    '//r.example.test/:_auth': 'dXNlcjpwYXNz',
    '//r.example.test/:_password': 'cGFzcw==',
    '//r.example.test/:username': 'me',
  });
  expect(redacted).toEqual({
    registry: 'https://r.example.test/',
    '//r.example.test/:_authToken': '***',
    '//r.example.test/:_auth': '***',
    '//r.example.test/:_password': '***',
    '//r.example.test/:username': 'me',
  });
  expect(JSON.stringify(redacted)).not.toMatch(/sekrit|dXNlcjpwYXNz|cGFzcw/);
});

test('each key that could run a program, read a file or redirect traffic is dropped by name', () => {
  const dangerous = [
    'script-shell=/tmp/evil.sh',
    'shell=/tmp/evil.sh',
    'node-options=--require /tmp/evil.js',
    'git=/tmp/evil-git',
    'prefix=/tmp/evil-prefix',
    'globalconfig=/tmp/evil-npmrc',
    'userconfig=/tmp/evil-npmrc',
    'cafile=/etc/shadow',
    'ca=not-a-ca',
    'cert=not-a-cert',
    'key=not-a-key',
    'cache=/tmp/evil-cache',
    'ignore-scripts=false',
    'replace-registry-host=always',
    'npm-bin=/tmp/evil-npm',
    'local-address=10.0.0.1',
    'before=2000-01-01',
    'otp=123456',
    '//r.example.test/:certfile=/etc/shadow',
    '//r.example.test/:keyfile=/etc/shadow',
    '//r.example.test/:_keys=[]',
    '_authToken=unscoped',
    '_auth=dW5zY29wZWQ=',
  ];
  for (const line of dangerous) expect({ line, kept: parseNpmrc(line, {}) }).toEqual({ line, kept: {} });
});
