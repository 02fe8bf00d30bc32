import { npmRuns, securePath } from '../../../src/checks/code/entry-points.js';
import { packageFrom } from '../../helpers/package-from.js';

const runsOf = (manifest: Record<string, unknown> | null, paths: string[], source: 'registry' | 'git' = 'registry') => {
  const files = packageFrom(Object.fromEntries(paths.map((path) => [path, 'module.exports = 1;\n']))).files;
  return npmRuns(manifest, files, source);
};
const entries = (manifest: Record<string, unknown> | null, paths: string[]) => [...runsOf(manifest, paths).entries.keys()].sort();

test('main resolves like node: extensions, folder index, and index.js when absent or naming nothing', () => {
  expect(entries({ main: 'test/payload' }, ['test/payload.js', 'index.js'])).toEqual(['test/payload.js']);
  expect(entries({ main: './docs/' }, ['docs/index.js'])).toEqual(['docs/index.js']);
  expect(entries({}, ['index.js', 'lib/a.js'])).toEqual(['index.js']);
  expect(entries({ main: 'missing.js' }, ['index.js'])).toEqual(['index.js']);
  expect(entries(null, ['index.js'])).toEqual(['index.js']);
  expect(runsOf({ main: 'examples/x.txt' }, ['examples/x.txt']).scripts).toEqual(new Set(['examples/x.txt']));
});

test('module and browser, in string and object form', () => {
  expect(entries({ main: 'a.js', module: 'esm/a.mjs', browser: 'browser/a.js' }, ['a.js', 'esm/a.mjs', 'browser/a.js'])).toEqual(['a.js', 'browser/a.js', 'esm/a.mjs']);
  const browser = { './a.js': './test/shim.js', fs: false, net: 'docs/net-shim' };
  expect(entries({ main: 'a.js', browser }, ['a.js', 'test/shim.js', 'docs/net-shim.js'])).toEqual(['a.js', 'docs/net-shim.js', 'test/shim.js']);
});

test('bin as a string, an object or an array, cleaned the way npm cleans it; directories.bin links a whole folder', () => {
  expect(entries({ bin: 'docs/cli.js' }, ['docs/cli.js'])).toEqual(['docs/cli.js']);
  expect(entries({ bin: { a: './test/a', b: '../../../examples/b' } }, ['test/a', 'examples/b'])).toEqual(['examples/b', 'test/a']);
  expect(entries({ bin: ['spec\\c.js'] }, ['spec/c.js'])).toEqual(['spec/c.js']);
  expect(entries({ directories: { bin: './tests/bin' } }, ['tests/bin/x', 'tests/bin/sub/y.js', 'tests/other.js'])).toEqual(['tests/bin/sub/y.js', 'tests/bin/x']);
  const runs = runsOf({ bin: { tool: 'fixtures/tool' } }, ['fixtures/tool']);
  expect(runs.entries.get('fixtures/tool')).toBe('`bin.tool`');
  expect(runs.scripts.has('fixtures/tool')).toBe(true);
});

test('exports and imports: every condition, nested, arrays, and every file a wildcard or folder mapping matches', () => {
  const exports = {
    '.': { node: { import: './esm/index.mjs', require: './test/cjs.js' }, default: ['./fallback.js', 'not-a-path'] },
    './feature/*': './docs/features/*.js',
    './legacy/': './examples/legacy/',
    './private/*': null,
  };
  const paths = ['esm/index.mjs', 'test/cjs.js', 'fallback.js', 'docs/features/a.js', 'docs/features/deep/b.js', 'docs/features/c.css', 'examples/legacy/x.js', 'index.js'];
  expect(entries({ exports }, paths)).toEqual(['docs/features/a.js', 'docs/features/deep/b.js', 'esm/index.mjs', 'examples/legacy/x.js', 'fallback.js', 'index.js', 'test/cjs.js']);
  expect(entries({ exports: './spec/only.js' }, ['spec/only.js'])).toEqual(['spec/only.js']);
  // `imports` targets may name other packages: only paths inside this one are its files.
  expect(entries({ imports: { '#dep': 'some-package', '#internal/*': { node: './__tests__/int/*.js' } } }, ['__tests__/int/a.js'])).toEqual(['__tests__/int/a.js']);
});

test('a wildcard target full of stars is matched without a slow regex', () => {
  const exports = { './*': `./${'*a'.repeat(200)}b` };
  expect(entries({ exports }, ['x.js', `${'a'.repeat(5000)}.js`])).toEqual([]);
});

test('install scripts name the files they run; prepare counts only where npm runs it', () => {
  const manifest = { scripts: { postinstall: 'node test/setup.js && sh ./docs/get.sh', prepare: 'node benchmark/build.js', test: 'node test/all.js' } };
  const paths = ['test/setup.js', 'docs/get.sh', 'benchmark/build.js', 'test/all.js'];
  expect([...runsOf(manifest, paths).installFiles.keys()].sort()).toEqual(['docs/get.sh', 'test/setup.js']);
  expect([...runsOf(manifest, paths, 'git').installFiles.keys()].sort()).toEqual(['benchmark/build.js', 'docs/get.sh', 'test/setup.js']);
  expect(runsOf(manifest, paths).installFiles.get('test/setup.js')).toBe('the `postinstall` script');
});

test('bundled dependencies: their entry points and install scripts count, inside their own folder', () => {
  const files = packageFrom({
    'package.json': JSON.stringify({ name: 'outer', bundleDependencies: ['inner'] }),
    'index.js': "require('inner');",
    'node_modules/inner/package.json': JSON.stringify({ name: 'inner', main: 'test/main.js', scripts: { install: 'node docs/hook.js' } }),
    'node_modules/inner/test/main.js': '1',
    'node_modules/inner/docs/hook.js': '1',
    'node_modules/@scope/pkg/package.json': JSON.stringify({ bin: { p: 'spec/p.js' } }),
    'node_modules/@scope/pkg/spec/p.js': '1',
    'node_modules/broken/package.json': '{',
  }).files;
  const runs = npmRuns({ name: 'outer' }, files, 'registry');
  expect([...runs.entries.keys()].sort()).toEqual(['index.js', 'node_modules/@scope/pkg/spec/p.js', 'node_modules/inner/test/main.js']);
  expect([...runs.installFiles]).toEqual([['node_modules/inner/docs/hook.js', 'the `install` script of node_modules/inner']]);
  expect(runs.bundled.map((b) => b.root)).toEqual(['node_modules/@scope/pkg', 'node_modules/inner']);
});

test('securePath resolves against the package root like npm', () => {
  expect(securePath('../../etc/x')).toBe('etc/x');
  expect(securePath('./a\\b:c')).toBe('a/b/c');
  expect(securePath('/abs/./p/../q')).toBe('abs/q');
  expect(securePath('.')).toBe('');
});
