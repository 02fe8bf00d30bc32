import { packageFacts } from '../../../src/checks/code/package-facts.js';
import type { Fact } from '../../../src/model/types.js';
import { packageFrom } from '../../helpers/package-from.js';

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
  const cache = new Map<string, Fact[]>();
  const code = "const net = require('net');";
  const first = packageFacts(packageFrom({ 'a.js': code }), 'registry', cache);
  const second = packageFacts(packageFrom({ 'lib/b.js': code }), 'registry', cache);
  expect(cache.size).toBe(1);
  expect(first[0]).toMatchObject({ file: 'a.js', detail: expect.stringMatching(/^a\.js loads/) });
  expect(second[0]).toMatchObject({ file: 'lib/b.js', detail: expect.stringMatching(/^lib\/b\.js loads/), line: 1 });
  expect(cache.get([...cache.keys()][0]!)![0]!.file).toBe('a.js');
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

test('an unreadable package.json is no manifest, not a crash', () => {
  expect(packageFacts(packageFrom({ 'package.json': '{ not json', 'index.js': '1' }), 'registry')).toEqual([]);
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
  expect(packageFacts(packageFrom({ 'fonts.js': text }), 'registry')).toEqual([]);
  const withClient = packageFacts(packageFrom({ 'fonts.js': text, 'client.js': "require('https');" }), 'registry');
  expect(withClient.map((f) => f.key).sort()).toEqual(['network:host:fonts.example-credits.org', 'network:module:https']);
});
