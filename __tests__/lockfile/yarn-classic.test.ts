import { parseYarnClassic } from '../../src/lockfile/yarn-classic.js';
import { classifyResolved, nameFromTarballUrl } from '../../src/lockfile/registry-url.js';
import { fixture, find, lineOf } from '../helpers/lockfile-fixtures.js';

describe('parseYarnClassic on a real yarn.lock (Simek/yarn-lock-changes, dev dependency bump)', () => {
  const text = fixture('yarn-classic-dev-bump/new/yarn.lock');
  const manifest = { dependencies: { '@actions/core': '^3.0.0' }, devDependencies: { typescript: '^5.9.3' } };

  it('reads every entry with its resolved URL, integrity and line', () => {
    const lockfile = parseYarnClassic(text, 'yarn.lock');
    expect(lockfile).toMatchObject({ path: 'yarn.lock', format: 'yarn-classic', formatVersion: '1' });
    expect(lockfile.packages).toHaveLength(113);
    expect(find(lockfile, '@actions/http-client', '4.0.0')).toMatchObject({
      resolved: 'https://registry.yarnpkg.com/@actions/http-client/-/http-client-4.0.0.tgz#f9754133c22802466482bf96321d42f2dba1fc82',
      integrity: 'sha512-QuwPsgVMsD6qaPD57GLZi9sqzAZCtiJT8kVBCDpLtxhL5MydQ4gS+DrejtZZPdIYyB1e95uCK9Luyds7ybHI3g==',
      source: 'registry',
      paths: ['@actions/http-client@^4.0.0'],
      dependencies: { tunnel: '^0.0.6', undici: '^6.23.0' },
      line: lineOf(text, '"@actions/http-client@^4.0.0":'),
    });
    // Two versions of one name are two packages.
    expect(find(lockfile, '@actions/http-client', '3.0.2').line).toBe(lineOf(text, '"@actions/http-client@^3.0.2":'));
    expect(find(lockfile, 'typescript').line).toBe(lineOf(text, 'typescript@^5.9.3:'));
  });

  it('marks nothing direct without a package.json, and uses its ranges when given', () => {
    expect(parseYarnClassic(text, 'yarn.lock').packages.some((p) => p.direct || p.dev)).toBe(false);
    const lockfile = parseYarnClassic(text, 'yarn.lock', { rootManifest: manifest });
    expect(find(lockfile, '@actions/core')).toMatchObject({ direct: true, dev: false });
    expect(find(lockfile, 'typescript')).toMatchObject({ direct: true, dev: true, version: '5.9.3' });
    // A transitive dependency of a direct one is neither direct nor (knowably) dev.
    expect(find(lockfile, '@actions/exec')).toMatchObject({ direct: false, dev: false });
    // A range that differs from the lockfile's spec does not make a package direct.
    const other = parseYarnClassic(text, 'yarn.lock', { rootManifest: { devDependencies: { typescript: '^5.0.0' } } });
    expect(find(other, 'typescript').direct).toBe(false);
  });

  it('marks packages reached only through optionalDependencies as optional', () => {
    const lockfile = parseYarnClassic(text, 'yarn.lock');
    expect(find(lockfile, '@esbuild/linux-x64').optional).toBe(true);
    expect(find(lockfile, 'typescript').optional).toBe(false);
  });

  it('parses the base version of the same change', () => {
    const old = parseYarnClassic(fixture('yarn-classic-dev-bump/old/yarn.lock'), 'yarn.lock');
    expect(old.packages.length).toBeGreaterThan(100);
    expect(old.packages.every((p) => p.source === 'registry' && p.integrity?.startsWith('sha512-'))).toBe(true);
  });
});

describe('parseYarnClassic on hand-made entries', () => {
  const text = fixture('hand/yarn-classic-sources.lock');
  const lockfile = parseYarnClassic(text, 'yarn.lock', {
    rootManifest: { dependencies: { 'my-fetch': 'npm:node-fetch@^2.6.0', '@scope/util': '^2.0.0' } },
  });

  it('joins a multi-spec key into one scoped package', () => {
    expect(find(lockfile, '@scope/util')).toMatchObject({
      version: '2.1.3',
      direct: true,
      paths: ['@scope/util@^2.0.0', '@scope/util@~2.1.0'],
      dependencies: { 'left-pad': '^1.3.0', fsevents: '^2.3.2' },
      line: lineOf(text, '"@scope/util@^2.0.0"'),
    });
  });

  it('names an alias by the real package and keeps the installed name', () => {
    expect(find(lockfile, 'node-fetch')).toMatchObject({ alias: 'my-fetch', version: '2.6.9', source: 'registry', direct: true });
    expect(lockfile.packages.some((p) => p.name === 'my-fetch')).toBe(false);
  });

  it('classifies git, tarball and file sources', () => {
    expect(find(lockfile, 'lodash')).toMatchObject({ source: 'git', resolved: 'git+https://github.com/lodash/lodash.git#f299b52f39486275a9e6483b60a410e06520c538', integrity: undefined });
    expect(find(lockfile, 'is-odd').source).toBe('tarball');
    expect(find(lockfile, 'local-lib')).toMatchObject({ source: 'file', resolved: undefined, version: '0.1.0' });
  });

  it('takes the legacy sha1 from the URL fragment when no integrity is recorded', () => {
    expect(find(lockfile, 'left-pad').integrity).toBe('5b8a3a7765dfe001261dde915589e782f8c94d1e');
  });

  it('treats a dependency listed only under optionalDependencies as optional', () => {
    expect(find(lockfile, 'fsevents').optional).toBe(true);
    expect(find(lockfile, 'left-pad').optional).toBe(false);
  });
});

describe('parseYarnClassic refuses broken input', () => {
  it('reports git merge conflict markers with their line', () => {
    expect(() => parseYarnClassic(fixture('hand/yarn-classic-conflict.lock'), 'yarn.lock')).toThrow(/yarn\.lock:5: git merge conflict/);
  });

  it('refuses an unterminated string instead of hanging the tokenizer', () => {
    expect(() => parseYarnClassic('# yarn lockfile v1\n\nleft-pad@^1.3.0:\n  version "1.3.0\n', 'yarn.lock')).toThrow(/yarn\.lock:4: unterminated string/);
    expect(() => parseYarnClassic('left-pad@^1.3.0:\n  version "1.3.0"\n# trailing comment', 'yarn.lock')).not.toThrow();
  });

  it('reports a syntax error with the parser message', () => {
    expect(() => parseYarnClassic('left-pad@^1.3.0:\n  version\t"1.3.0"\n', 'yarn.lock')).toThrow(/yarn\.lock: invalid yarn\.lock/);
  });
});

describe('classifyResolved and nameFromTarballUrl', () => {
  it.each([
    ['https://registry.npmjs.org/@babel/core/-/core-7.26.0.tgz', 'registry'],
    ['https://npm.example.com/artifactory/api/npm/remote/left-pad/-/left-pad-1.3.0.tgz#sha', 'registry'],
    ['^1.2.3', 'registry'],
    ['npm:string-width@^4', 'registry'],
    ['git+ssh://git@github.com/a/b.git#abc', 'git'],
    ['github:a/b', 'git'],
    ['a/b#v1', 'git'],
    ['https://codeload.github.com/a/b/tar.gz/abc', 'git'],
    ['https://example.com/b.git#commit=abc', 'git'],
    ['https://example.com/pkg-1.0.0.tgz', 'tarball'],
    ['https://example.com/left-pad/-/other-1.0.0.tgz', 'tarball'],
    ['file:../x', 'file'],
    ['./vendor/x.tgz', 'file'],
    ['link:../x', 'link'],
    ['portal:../x', 'link'],
    ['workspace:^', 'workspace'],
    ['patch:resolve@npm%3A1.22.8#~/p.patch', 'registry'],
    ['exec:./build.js', 'unknown'],
    [undefined, 'unknown'],
  ] as const)('%s is %s', (resolved, expected) => {
    expect(classifyResolved(resolved)).toBe(expected);
  });

  it('derives names from registry tarball URLs only', () => {
    expect(nameFromTarballUrl('https://registry.yarnpkg.com/@actions/core/-/core-3.0.0.tgz#89cb')).toBe('@actions/core');
    expect(nameFromTarballUrl('https://registry.npmjs.org/@types%2fnode/-/node-20.0.0.tgz')).toBe('@types/node');
    expect(nameFromTarballUrl('https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz')).toBe('left-pad');
    expect(nameFromTarballUrl('https://registry.npmjs.org/left-pad/-/right-pad-1.3.0.tgz')).toBeNull();
    expect(nameFromTarballUrl('https://codeload.github.com/a/b/tar.gz/abc')).toBeNull();
    expect(nameFromTarballUrl('not a url')).toBeNull();
  });
});

describe('parseYarnClassic: dev and optional of transitive packages, from the package.json', () => {
  const text = fixture('yarn-classic-dev-bump/new/yarn.lock');
  // Simek/yarn-lock-changes' package.json at that commit: the runtime action and its build/lint tools.
  const manifest = {
    dependencies: {
      '@actions/core': '^3.0.0',
      '@actions/github': '^9.0.0',
      '@yarnpkg/lockfile': '^1.1.0',
      '@yarnpkg/parsers': '^3.0.3',
      'markdown-table': '^3.0.4',
      semver: '^7.7.4',
    },
    devDependencies: {
      '@types/node': '24.1.0',
      '@types/semver': '^7.7.1',
      oxfmt: '^0.36.0',
      oxlint: '^1.51.0',
      'oxlint-tsgolint': '^0.16.0',
      tsx: '^4.21.0',
      typescript: '^5.9.3',
    },
  };
  const lockfile = parseYarnClassic(text, 'yarn.lock', { rootManifest: manifest });

  it('a package reached only through a devDependency is dev; one a dependency reaches is not', () => {
    expect(find(lockfile, 'esbuild')).toMatchObject({ direct: false, dev: true, optional: false });
    expect(find(lockfile, '@esbuild/linux-x64')).toMatchObject({ direct: false, dev: true, optional: true });
    expect(find(lockfile, 'js-yaml')).toMatchObject({ direct: false, dev: false, optional: false });
    expect(find(lockfile, '@actions/http-client', '4.0.0')).toMatchObject({ direct: false, dev: false });
  });

  it('every package is reached from the package.json, and the runtime closure is what is not dev', () => {
    const prod = lockfile.packages.filter((p) => !p.dev).map((p) => p.name);
    expect(prod).toEqual(expect.arrayContaining(['@actions/core', '@actions/github', 'semver', 'tslib', 'undici']));
    expect(prod).not.toContain('typescript');
    expect(lockfile.packages.filter((p) => p.dev).length).toBeGreaterThan(30);
  });
});
