import { packageJsonDiff } from '../../../src/checks/code/package-json-diff.js';

const base = { name: 'x', version: '1.0.0', description: 'a thing', scripts: { test: 'tap' }, dependencies: { a: '^1.0.0' } };
const text = (value: unknown, indent: number | string = 2) => JSON.stringify(value, null, indent);

describe('packageJsonDiff', () => {
  test('a new install script gives a unified diff with a/ and b/ names', () => {
    const diff = packageJsonDiff(text(base), text({ ...base, version: '1.0.1', scripts: { test: 'tap', postinstall: 'node x.js' } }));
    expect(diff).toBeDefined();
    const lines = diff!.split('\n');
    expect(lines[0]).toBe('--- a/package.json');
    expect(lines[1]).toBe('+++ b/package.json');
    expect(lines).toContain('+    "postinstall": "node x.js"');
    expect(lines).toContain('-  "version": "1.0.0",');
    expect(diff).not.toMatch(/^(Index|====)/m);
  });

  test('changes to dependencies, optional/peer dependencies and bin count', () => {
    for (const change of [
      { dependencies: { a: '^1.0.0', b: '1.0.0' } },
      { optionalDependencies: { fsevents: '*' } },
      { peerDependencies: { react: '>=18' } },
      { bin: 'cli.js' },
    ]) {
      expect(packageJsonDiff(text(base), text({ ...base, ...change }))).toBeDefined();
    }
  });

  test('other fields, formatting and key order alone give no diff', () => {
    expect(packageJsonDiff(text(base), text({ ...base, version: '2.0.0', description: 'new words', devDependencies: { jest: '*' } }))).toBeUndefined();
    expect(packageJsonDiff(text(base), text(base, '\t'))).toBeUndefined();
    const reordered = { dependencies: { a: '^1.0.0' }, scripts: { test: 'tap' }, name: 'x', version: '1.0.0', description: 'a thing' };
    expect(packageJsonDiff(text(base), text(reordered))).toBeUndefined();
  });

  test('formatting noise disappears from the diff itself', () => {
    const minified = JSON.stringify(base);
    const diff = packageJsonDiff(minified, text({ ...base, scripts: { test: 'tap', install: 'node-gyp rebuild' } }, 4))!;
    expect(diff.split('\n').filter((line) => /^[-+] /.test(line))).toEqual([
      '-    "test": "tap"',
      '+    "test": "tap",',
      '+    "install": "node-gyp rebuild"',
    ]);
  });

  test('an added package diffs against nothing; two missing sides give nothing', () => {
    const diff = packageJsonDiff(null, text(base));
    expect(diff).toMatch(/^\+  "name": "x",$/m);
    expect(packageJsonDiff(null, text({ name: 'x', version: '1.0.0' }))).toBeUndefined();
    expect(packageJsonDiff(null, null)).toBeUndefined();
  });

  test('invalid, non-object, huge or deeply nested JSON is skipped, not thrown', () => {
    expect(packageJsonDiff('{not json', text(base))).toBeUndefined();
    expect(packageJsonDiff('[1,2]', text(base))).toBeUndefined();
    expect(packageJsonDiff(text(base), `{"scripts":{"a":"${'x'.repeat(600_000)}"}}`)).toBeUndefined();
    const deep = `{"scripts":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(() => packageJsonDiff(text(base), deep)).not.toThrow();
  });

  test('a __proto__ key is compared as data', () => {
    const before = '{"scripts":{"__proto__":{"x":"1"}}}';
    const after = '{"scripts":{"__proto__":{"x":"2"}}}';
    expect(packageJsonDiff(before, after)).toBeDefined();
  });

  test('is capped at about 200 lines', () => {
    const many = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`dep-${i}`, '1.0.0']));
    const diff = packageJsonDiff(text(base), text({ ...base, dependencies: many }))!;
    const lines = diff.split('\n');
    expect(lines.length).toBe(201);
    expect(lines[200]).toMatch(/^… \d+ more lines of diff not shown$/);
  });
});
