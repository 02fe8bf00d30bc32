import { parseBun } from '../../src/lockfile/bun.js';
import { diffLockfiles } from '../../src/lockfile/diff.js';
import { parseNpm } from '../../src/lockfile/npm.js';
import type { Change, LockedPackage, Lockfile } from '../../src/model/types.js';
import { fixture } from '../helpers/lockfile-fixtures.js';

function pkg(name: string, version: string, extra: Partial<LockedPackage> = {}): LockedPackage {
  return {
    name,
    version,
    source: 'registry',
    resolved: `https://registry.npmjs.org/${name}/-/${name}-${version}.tgz`,
    integrity: `sha512-${name}-${version}`,
    direct: false,
    dev: false,
    optional: false,
    paths: [`node_modules/${name}`],
    ...extra,
  };
}

const lock = (packages: LockedPackage[], path = 'package-lock.json'): Lockfile => ({
  path,
  format: 'npm',
  formatVersion: '3',
  packages,
});

/** `type name from -> to [direct] [dev]`, the way a reviewer reads a change. */
const summary = (changes: Change[]): string[] =>
  changes.map((c) => `${c.type} ${c.name} ${c.from} -> ${c.to}${c.direct ? ' direct' : ''}${c.dev ? ' dev' : ''}`);

describe('diffLockfiles', () => {
  test('pairs several versions of one name by major, closest first', () => {
    const before = lock([pkg('semver', '5.7.1'), pkg('semver', '6.3.0'), pkg('semver', '7.5.4')]);
    const after = lock([pkg('semver', '7.6.0'), pkg('semver', '5.7.2'), pkg('semver', '6.3.1')]);
    expect(summary(diffLockfiles(before, after))).toEqual([
      'updated semver 5.7.1 -> 5.7.2',
      'updated semver 6.3.0 -> 6.3.1',
      'updated semver 7.5.4 -> 7.6.0',
    ]);
  });

  test('a same-major partner wins over the next major; leftovers are added', () => {
    const before = lock([pkg('debug', '1.9.9'), pkg('debug', '3.2.7')]);
    const after = lock([
      pkg('debug', '3.2.7', { paths: ['node_modules/a/node_modules/debug'] }),
      pkg('debug', '2.0.0'),
      pkg('debug', '1.0.0'),
    ]);
    expect(summary(diffLockfiles(before, after))).toEqual([
      'downgraded debug 1.9.9 -> 1.0.0',
      'added debug null -> 2.0.0',
    ]);
  });

  test('across majors when nothing else is left', () => {
    const before = lock([pkg('chalk', '4.1.2', { direct: true })]);
    const after = lock([pkg('chalk', '5.3.0', { direct: true })]);
    const [change] = diffLockfiles(before, after);
    expect(change).toMatchObject({ type: 'updated', from: '4.1.2', to: '5.3.0', direct: true, lockfile: 'package-lock.json' });
    expect(change.before?.version).toBe('4.1.2');
    expect(change.after?.version).toBe('5.3.0');
  });

  test('a version that only moved in the tree is no change', () => {
    const before = lock([pkg('ms', '2.1.3', { paths: ['node_modules/debug/node_modules/ms'] })]);
    const after = lock([pkg('ms', '2.1.3', { paths: ['node_modules/ms'], direct: true })]);
    expect(diffLockfiles(before, after)).toEqual([]);
  });

  test('downgrades, with direct/dev taken from the new entry', () => {
    const before = lock([pkg('eslint', '9.1.0', { direct: false, dev: false })]);
    const after = lock([pkg('eslint', '9.0.0', { direct: true, dev: true })]);
    expect(summary(diffLockfiles(before, after))).toEqual(['downgraded eslint 9.1.0 -> 9.0.0 direct dev']);
  });

  test('an added lockfile adds everything; a deleted one removes everything with the old flags', () => {
    const packages = [pkg('b', '1.0.0', { dev: true }), pkg('a', '2.0.0', { direct: true })];
    expect(summary(diffLockfiles(null, lock(packages, 'web/package-lock.json')))).toEqual([
      'added a null -> 2.0.0 direct',
      'added b null -> 1.0.0 dev',
    ]);
    const removed = diffLockfiles(lock(packages, 'web/package-lock.json'), null);
    expect(summary(removed)).toEqual(['removed a 2.0.0 -> null direct', 'removed b 1.0.0 -> null dev']);
    expect(removed[0]).toMatchObject({ lockfile: 'web/package-lock.json', before: { name: 'a' } });
    expect(removed[0].after).toBeUndefined();
    expect(diffLockfiles(null, null)).toEqual([]);
  });

  test('same version from another source, or with other bytes, is an update', () => {
    const gitUrl = 'git+ssh://git@github.com/acme/left-pad.git#0123456789abcdef0123456789abcdef01234567';
    const before = lock([pkg('left-pad', '1.3.0'), pkg('lodash', '4.17.21'), pkg('tiny', '1.0.0', { source: 'git', resolved: gitUrl, integrity: undefined })]);
    const after = lock([
      pkg('left-pad', '1.3.0', { source: 'git', resolved: gitUrl, integrity: undefined }),
      pkg('lodash', '4.17.21', { integrity: 'sha512-tampered' }),
      pkg('tiny', '1.0.0', { source: 'git', resolved: gitUrl.replace('0123', 'ffff'), integrity: undefined }),
    ]);
    const changes = diffLockfiles(before, after);
    expect(summary(changes)).toEqual([
      'updated left-pad 1.3.0 -> 1.3.0',
      'updated lodash 4.17.21 -> 4.17.21',
      'updated tiny 1.0.0 -> 1.0.0',
    ]);
    expect(changes[0].before?.source).toBe('registry');
    expect(changes[0].after?.source).toBe('git');
  });

  test('look-alikes of a source change are not changes', () => {
    const before = lock([
      pkg('a', '1.0.0', { integrity: undefined }),
      pkg('b', '1.0.0', { integrity: 'sha512-same sha1-old' }),
      pkg('c', '1.0.0', { resolved: 'https://registry.npmjs.org/c/-/c-1.0.0.tgz' }),
    ]);
    const after = lock([
      pkg('a', '1.0.0'), // integrity only recorded now
      pkg('b', '1.0.0', { integrity: 'sha512-same' }), // fewer algorithms, same sha512
      pkg('c', '1.0.0', { resolved: 'https://mirror.example.com/npm/c/-/c-1.0.0.tgz' }), // registry mirror, same bytes
    ]);
    expect(diffLockfiles(before, after)).toEqual([]);
  });

  test('non-semver versions count as updates, never downgrades', () => {
    const before = lock([pkg('x', 'github:acme/x#bbbb', { source: 'git' })]);
    const after = lock([pkg('x', 'github:acme/x#aaaa', { source: 'git' })]);
    expect(summary(diffLockfiles(before, after))).toEqual(['updated x github:acme/x#bbbb -> github:acme/x#aaaa']);
  });

  test("the project's own workspaces and links are not dependency changes", () => {
    const before = lock([pkg('@acme/ui', '0.3.0', { source: 'workspace' }), pkg('ext', '1.0.0', { source: 'link' })]);
    const after = lock([pkg('@acme/ui', '0.4.0', { source: 'workspace' })]);
    expect(diffLockfiles(before, after)).toEqual([]);
  });

  test('sorts by name, then version', () => {
    const after = lock([pkg('zod', '3.0.0'), pkg('ajv', '8.12.0'), pkg('ajv', '6.12.6'), pkg('@types/node', '20.0.0')]);
    expect(diffLockfiles(null, after).map((c) => `${c.name}@${c.to}`)).toEqual([
      '@types/node@20.0.0',
      'ajv@6.12.6',
      'ajv@8.12.0',
      'zod@3.0.0',
    ]);
  });

  // Time is the benchmark's (scripts/bench.mjs); this test keeps the pairing of many versions correct.
  test('many versions of one name pair one to one', () => {
    const before = lock(Array.from({ length: 2000 }, (_, i) => pkg('many', `1.0.${i}`)));
    const after = lock(Array.from({ length: 2000 }, (_, i) => pkg('many', `1.0.${i + 2000}`)));
    const changes = diffLockfiles(before, after);
    expect(changes).toHaveLength(2000);
    expect(changes.every((c) => c.type === 'updated')).toBe(true);
  });
});

describe('diffLockfiles on real lockfile pairs', () => {
  const npmPair = (name: string): [Lockfile, Lockfile] => [
    parseNpm(fixture(`${name}/old/package-lock.json`), 'package-lock.json'),
    parseNpm(fixture(`${name}/new/package-lock.json`), 'package-lock.json'),
  ];
  const bunPair = (name: string): [Lockfile, Lockfile] => [
    parseBun(fixture(`${name}/old/bun.lock`), 'bun.lock'),
    parseBun(fixture(`${name}/new/bun.lock`), 'bun.lock'),
  ];

  test('npm v2 dependabot bump: the plugin, its siblings, and the copies nested under it', () => {
    expect(summary(diffLockfiles(...npmPair('npm-v2-dependabot')))).toEqual([
      'updated @typescript-eslint/eslint-plugin 5.50.0 -> 5.51.0 direct dev',
      'added @typescript-eslint/scope-manager null -> 5.51.0 dev',
      'updated @typescript-eslint/type-utils 5.50.0 -> 5.51.0 dev',
      'added @typescript-eslint/types null -> 5.51.0 dev',
      'added @typescript-eslint/typescript-estree null -> 5.51.0 dev',
      'updated @typescript-eslint/utils 5.50.0 -> 5.51.0 dev',
      'added @typescript-eslint/visitor-keys null -> 5.51.0 dev',
    ]);
  });

  test('npm v3 grouped bump: 49 changes including the seven direct ones', () => {
    const changes = diffLockfiles(...npmPair('npm-v3-dependabot-group'));
    expect(changes).toHaveLength(49);
    expect(summary(changes.filter((c) => c.direct))).toEqual([
      'updated @rollup/rollup-linux-x64-gnu 4.54.0 -> 4.57.1 direct',
      'updated @typescript-eslint/eslint-plugin 8.50.0 -> 8.56.0 direct dev',
      'updated @typescript-eslint/parser 8.50.0 -> 8.56.0 direct dev',
      'updated eslint-plugin-jest 29.8.0 -> 29.15.0 direct dev',
      'updated eslint-plugin-prettier 5.5.4 -> 5.5.5 direct dev',
      'updated prettier 3.7.4 -> 3.8.1 direct dev',
      'updated rollup 4.54.0 -> 4.57.1 direct dev',
    ]);
    expect(summary(changes.filter((c) => c.name === 'semver'))).toEqual(['added semver null -> 7.7.4 dev']);
  });

  test('npm v3 ESLint 10 migration: 366 changes, with majors paired and tree moves ignored', () => {
    const [before, after] = npmPair('large-npm-v3-eslint10');
    const changes = diffLockfiles(before, after);
    expect(changes).toHaveLength(366);
    const of = (name: string): string[] => summary(changes.filter((c) => c.name === name));
    expect(of('eslint')).toEqual(['updated eslint 9.39.2 -> 10.0.0 direct dev', 'removed eslint 8.57.1 -> null dev']);
    // undici 5.29.0 only moved; 7.9.0 gave way to 6.23.0.
    expect(of('undici')).toEqual(['downgraded undici 7.9.0 -> 6.23.0']);
    expect(of('prettier-eslint')).toEqual(['removed prettier-eslint 16.4.2 -> null direct dev']);
  });

  test('bun small change: one removed dev dependency and one bump', () => {
    expect(summary(diffLockfiles(...bunPair('bun-text-small')))).toEqual([
      'removed @elysiajs/cors 1.4.0 -> null direct dev',
      'updated @types/bun 1.3.3 -> 1.3.5 direct dev',
      'updated bun-types 1.3.3 -> 1.3.5 dev',
    ]);
  });

  test('bun regenerated lockfile: 118 changes with a prerelease downgrade', () => {
    const changes = diffLockfiles(...bunPair('bun-text-regenerate'));
    expect(changes).toHaveLength(118);
    const of = (name: string): string[] => summary(changes.filter((c) => c.name === name));
    expect(of('source-map')).toEqual(['downgraded source-map 0.8.0-beta.0 -> 0.7.6 dev']);
    expect(of('cookie')).toEqual(['updated cookie 1.0.2 -> 1.1.0 direct']);
    expect(changes.every((c) => c.lockfile === 'bun.lock')).toBe(true);
  });
});
