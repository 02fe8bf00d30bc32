import { malformedManifestFacts } from '../../../src/checks/code/manifest-facts.js';

const keyed = (manifest: Record<string, unknown>) => malformedManifestFacts(manifest).map((f) => [f.key, f.severity]);

test('a well-formed manifest has no findings', () => {
  const manifest = {
    scripts: { test: 'jest', postinstall: 'node x.js' },
    bin: { a: 'a.js' },
    main: 'index.js',
    browser: { fs: false, './a.js': './b.js' },
    exports: { '.': { import: './a.mjs', require: ['./a.js', null] } },
    imports: { '#x': './x.js' },
    directories: { bin: 'bin' },
  };
  expect(malformedManifestFacts(manifest)).toEqual([]);
  expect(malformedManifestFacts({ bin: 'cli.js', browser: 'b.js', exports: null })).toEqual([]);
});

test('an install script that is not a string is high and says what npm does with it', () => {
  const facts = malformedManifestFacts({ scripts: { postinstall: ['node', 'x.js'], build: 1 } });
  expect(facts.map((f) => [f.key, f.severity])).toEqual([
    ['tarball-anomaly:malformed-manifest:scripts.postinstall', 'high'],
    ['tarball-anomaly:malformed-manifest:scripts.*', 'medium'],
  ]);
  expect(facts[0]!.detail).toBe(
    '`scripts.postinstall` in package.json is an array, not a command string: npm drops it and runs nothing on install, but an install hook in a shape no publishing tool writes is a way to make installers disagree about what runs.',
  );
});

test('fields that say what runs, with a type they cannot have, are medium findings naming the field', () => {
  expect(keyed({ scripts: 'node x.js' })).toEqual([['tarball-anomaly:malformed-manifest:scripts', 'medium']]);
  expect(keyed({ bin: { a: 1 } })).toEqual([['tarball-anomaly:malformed-manifest:bin', 'medium']]);
  expect(keyed({ bin: 42 })).toEqual([['tarball-anomaly:malformed-manifest:bin', 'medium']]);
  expect(keyed({ main: ['a.js'], module: {} })).toEqual([
    ['tarball-anomaly:malformed-manifest:main', 'medium'],
    ['tarball-anomaly:malformed-manifest:module', 'medium'],
  ]);
  expect(keyed({ browser: { fs: true } })).toEqual([['tarball-anomaly:malformed-manifest:browser', 'medium']]);
  expect(keyed({ exports: { '.': { node: 5 } } })).toEqual([['tarball-anomaly:malformed-manifest:exports', 'medium']]);
  expect(keyed({ exports: true })).toEqual([['tarball-anomaly:malformed-manifest:exports', 'medium']]);
  expect(keyed({ imports: './x.js' })).toEqual([['tarball-anomaly:malformed-manifest:imports', 'medium']]);
  expect(keyed({ directories: { bin: ['bin'] } })).toEqual([['tarball-anomaly:malformed-manifest:directories.bin', 'medium']]);
  expect(malformedManifestFacts({ main: 7 })[0]).toMatchObject({ file: 'package.json', detail: '`main` in package.json is a number, not a path: node ignores it and loads index.js instead.' });
});
