// The .npmrc reader's edges, pinned key by key: every kept name, the exact shape of a scope registry, npm's
// quoting, comments and `${VAR}` escapes, section headers, and empty environment values.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isRegistryCredentialKey, isSecretKey, parseNpmrc, readNpmConfig, redactNpmConfig } from '../../src/registry/npmrc.js';

const value = (line: string, env: NodeJS.ProcessEnv = {}) => parseNpmrc(`registry=${line}`, env).registry;

test('every registry, TLS, proxy and credential key npm fetches with is kept, under its own name', () => {
  const lines = {
    registry: 'https://r.example.test/',
    'always-auth': 'true',
    'strict-ssl': 'false',
    proxy: 'http://proxy.example.test:3128',
    'https-proxy': 'http://sproxy.example.test:3128',
    noproxy: 'internal.example.test',
    '@corp:registry': 'https://corp.example.test/',
    '//r.example.test/:_authToken': 'a',
    '//r.example.test/:_auth': 'b',
    '//r.example.test/:_password': 'c',
    '//r.example.test/:username': 'd',
    '//r.example.test/:always-auth': 'true',
  };
  const text = Object.entries(lines).map(([key, v]) => `${key}=${v}`).join('\n');
  expect(parseNpmrc(text, {})).toEqual(lines);
});

test('a scope registry key is exactly @scope:registry; credential keys need the // prefix and a known suffix', () => {
  for (const key of ['x@corp:registry', '@corp:registry-mirror', '@corp/sub:registry', '@:registry', 'r.example.test/:_authToken', '//r.example.test/:_authTokenX', '//r.example.test/:email']) {
    expect({ key, kept: parseNpmrc(`${key}=v`, {}) }).toEqual({ key, kept: {} });
  }
  expect(isRegistryCredentialKey('//r.example.test/:always-auth')).toBe(true);
  expect(isRegistryCredentialKey('r.example.test/:always-auth')).toBe(false);
});

test('secrets are the nerf-darted token, auth and password; a user name or a non-nerf-darted key is not', () => {
  expect(['//r/:_authToken', '//r/:_auth', '//r/:_password'].map(isSecretKey)).toEqual([true, true, true]);
  expect(['//r/:username', 'r/:_authToken', '//r/:_authTokenX', '@a:registry'].map(isSecretKey)).toEqual([false, false, false, false]);
  expect(redactNpmConfig({ 'x:_authToken': 'shown', '//r/:_auth': 'hidden' })).toEqual({ 'x:_authToken': 'shown', '//r/:_auth': '***' });
});

// Every expected value in this file was read off npm 11 itself (`npm config get <key>` on the same .npmrc line).
test("npm's quoting: JSON double quotes with escapes, single quotes, empty quotes, a broken JSON string, a lone quote", () => {
  expect(value('"a\\"b"')).toBe('a"b');
  // A double-quoted value that is not a JSON string keeps its quotes.
  expect(value('"bad\\x"')).toBe('"bad\\x"');
  expect(value("'single ; # kept'")).toBe('single ; # kept');
  expect(value('""')).toBe('');
  expect(value("''")).toBe('');
  expect(value('"')).toBe('"');
  expect(value("'")).toBe('');
  expect(value('"open')).toBe('"open');
  expect(value("'open")).toBe("'open");
});

test('an unquoted value ends at ; or #, unless escaped; other backslashes stay', () => {
  expect(value('https://r.example.test/ # note')).toBe('https://r.example.test/');
  expect(value('https://r.example.test/;note')).toBe('https://r.example.test/');
  expect(value('a\\;b\\#c')).toBe('a;b#c');
  expect(value('a\\nb\\')).toBe('a\\nb\\');
});

test('${VAR} in keys and values; an odd number of backslashes escapes it, an even number does not', () => {
  const env = { HOST: 'h.example.test', TOKEN: 'tok', EMPTY: '' };
  expect(parseNpmrc('//${HOST}/:_authToken=${TOKEN}', env)).toEqual({ '//h.example.test/:_authToken': 'tok' });
  expect(value('${TOKEN}${TOKEN}', env)).toBe('toktok');
  expect(value('\\${TOKEN}', env)).toBe('${TOKEN}');
  // ini first reads an escaped backslash as one, then env-replace halves the backslashes left before `${`.
  expect(value('\\\\${TOKEN}', env)).toBe('${TOKEN}');
  expect(value('\\\\\\${TOKEN}', env)).toBe('\\tok');
  expect(value('a${EMPTY}b', env)).toBe('ab');
  expect(value('a${MISSING?}b', env)).toBe('ab');
  expect(value('\\\\${MISSING?}b', env)).toBe('${MISSING?}b');
  // A key whose variable is missing is dropped, like its value.
  expect(parseNpmrc('//${NOPE}/:_authToken=x', env)).toEqual({});
});

test('CRLF lines; only a whole [section] line opens a section; an IPv6 proxy is no section', () => {
  expect(parseNpmrc('registry=https://a.example.test/\r\nproxy=http://[::1]:3128\r\nstrict-ssl=false\r\n', {})).toEqual({
    registry: 'https://a.example.test/',
    proxy: 'http://[::1]:3128',
    'strict-ssl': 'false',
  });
  expect(parseNpmrc('proxy=http://[::1]\nregistry=https://a.example.test/', {})).toEqual({ proxy: 'http://[::1]', registry: 'https://a.example.test/' });
  expect(parseNpmrc('[x]junk\nregistry=https://a.example.test/', {})).toEqual({ registry: 'https://a.example.test/' });
  expect(parseNpmrc('  ; indented comment\n  # another\n registry = https://a.example.test/ ', {})).toEqual({ registry: 'https://a.example.test/' });
});

test("npm's line and section rules: a lone CR ends a line; an indented or commented [header] is a key, not a section", () => {
  expect(parseNpmrc('proxy=http://one.example.test\rregistry=https://two.example.test/\r', {})).toEqual({
    proxy: 'http://one.example.test',
    registry: 'https://two.example.test/',
  });
  // npm reads the lines after these as top-level settings, so depdiff must too (they choose the registry).
  expect(parseNpmrc('  [x]\nregistry=https://after-indented.example.test/', {})).toEqual({ registry: 'https://after-indented.example.test/' });
  expect(parseNpmrc('[x] ;c\nregistry=https://after-comment.example.test/', {})).toEqual({ registry: 'https://after-comment.example.test/' });
  // A real header, even followed by spaces, opens a section until the end of the file.
  expect(parseNpmrc('[x]  \nregistry=https://inside.example.test/', {})).toEqual({});
  expect(parseNpmrc('always-auth=true\nstrict-ssl=false\nregistry=null', {})).toEqual({ 'always-auth': 'true', 'strict-ssl': 'false' });
});

describe('readNpmConfig', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'depdiff-npmrc-edges-'));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  test('empty environment values count as unset; an explicit user config path wins over the environment', async () => {
    const home = await mkdtemp(join(work, 'home-'));
    await writeFile(join(home, '.npmrc'), 'registry=https://home.example.test/\n');
    const explicit = join(work, 'explicit-npmrc');
    await writeFile(explicit, 'registry=https://explicit.example.test/\n');
    expect(readNpmConfig({ dirs: [], env: { HOME: home, NPM_CONFIG_REGISTRY: '' } }).registry).toBe('https://home.example.test/');
    expect(readNpmConfig({ dirs: [], env: { HOME: home, NPM_CONFIG_USERCONFIG: '' } }).registry).toBe('https://home.example.test/');
    expect(readNpmConfig({ dirs: [], userConfig: explicit, env: { HOME: home, NPM_CONFIG_USERCONFIG: join(home, '.npmrc') } }).registry).toBe(
      'https://explicit.example.test/',
    );
    // The upper-case spelling wins, as npm reads it.
    expect(
      readNpmConfig({ dirs: [], userConfig: null, env: { NPM_CONFIG_REGISTRY: 'https://upper.example.test/', npm_config_registry: 'https://lower.example.test/' } }).registry,
    ).toBe('https://upper.example.test/');
  });
});

// Survivors of the Stryker run of npmrc.ts (2026-11-29), each killed here.
test('quotes around a value count only as a pair, and spaces around = do not hide them', () => {
  expect(parseNpmrc('registry = "https://spaced.example.test/"', {}).registry).toBe('https://spaced.example.test/');
  expect(parseNpmrc("registry = 'https://spaced.example.test/'", {}).registry).toBe('https://spaced.example.test/');
  // One quote only: an unquoted value, kept as written (what npm's ini package reads).
  expect(value('"https://open.example.test/')).toBe('"https://open.example.test/');
  expect(value("'https://open.example.test/")).toBe("'https://open.example.test/");
});

test('a line that ends in ; or # is a key with a comment after it, not a comment line', () => {
  expect(value('https://semicolon.example.test/;')).toBe('https://semicolon.example.test/');
  expect(value('https://hash.example.test/#')).toBe('https://hash.example.test/');
});
