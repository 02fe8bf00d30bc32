import { InputError } from '../../src/model/errors.js';
import { parseNpm } from '../../src/lockfile/npm.js';
import type { LockedPackage } from '../../src/model/types.js';
import { fixture, find } from '../helpers/lockfile-fixtures.js';

const REGISTRY = 'https://registry.npmjs.org';
const SHA = (seed: string): string => `sha512-${Buffer.from(seed.padEnd(64, '.')).toString('base64')}`;
const tarball = (name: string, version: string): string =>
  `${REGISTRY}/${name}/-/${name.slice(name.indexOf('/') + 1)}-${version}.tgz`;

/** 1-based line of the first line containing `needle`, computed independently of the parser. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

// npm 6 shape: a nested tree, `requires`, and specs in `version` for aliases, git and bundled deps.
const V1 = JSON.stringify(
  {
    name: 'legacy-app',
    version: '1.0.0',
    lockfileVersion: 1,
    requires: true,
    dependencies: {
      debug: {
        version: '2.6.9',
        resolved: tarball('debug', '2.6.9'),
        integrity: SHA('debug'),
        requires: { ms: '2.0.0' },
        dependencies: {
          ms: { version: '2.0.0', resolved: tarball('ms', '2.0.0'), integrity: SHA('ms2.0') },
        },
      },
      ms: { version: '2.1.3', resolved: tarball('ms', '2.1.3'), integrity: SHA('ms2.1') },
      'my-lodash': {
        version: 'npm:lodash@4.17.21',
        resolved: tarball('lodash', '4.17.21'),
        integrity: SHA('lodash'),
      },
      'left-pad': {
        version: 'github:stevemao/left-pad#5e5c5ee7f6f1d4a3b2c1d0e9f8a7b6c5d4e3f2a1',
        from: 'github:stevemao/left-pad',
      },
      fsevents: {
        version: '1.2.13',
        resolved: tarball('fsevents', '1.2.13'),
        integrity: SHA('fsevents'),
        dev: true,
        optional: true,
        requires: { nan: '^2.12.1' },
        dependencies: {
          abbrev: { version: '1.1.1', bundled: true, dev: true, optional: true },
        },
      },
      nan: { version: '2.14.0', resolved: tarball('nan', '2.14.0'), integrity: SHA('nan'), dev: true, optional: true },
    },
  },
  null,
  2,
);

describe('parseNpm lockfileVersion 1', () => {
  const lockfile = parseNpm(V1, 'package-lock.json');

  test('walks the nested tree and keeps each copy at its location', () => {
    expect(lockfile).toMatchObject({ format: 'npm', formatVersion: '1', path: 'package-lock.json' });
    expect(find(lockfile, 'ms', '2.0.0').paths).toEqual(['node_modules/debug/node_modules/ms']);
    expect(find(lockfile, 'ms', '2.1.3').paths).toEqual(['node_modules/ms']);
    expect(find(lockfile, 'debug').dependencies).toEqual({ ms: '2.0.0' });
    expect(find(lockfile, 'ms', '2.0.0').line).toBe(lineOf(V1, '"ms": {'));
    expect(find(lockfile, 'ms', '2.1.3').line).toBe(V1.split('\n').findIndex((l) => l === '    "ms": {') + 1);
  });

  test('reads an npm: alias as the real package under another folder name', () => {
    expect(find(lockfile, 'lodash')).toMatchObject({
      version: '4.17.21',
      alias: 'my-lodash',
      source: 'registry',
      paths: ['node_modules/my-lodash'],
    });
    expect(lockfile.packages.some((p) => p.name === 'my-lodash')).toBe(false);
  });

  test('a git version is a git source, resolved to the commit', () => {
    expect(find(lockfile, 'left-pad')).toMatchObject({
      source: 'git',
      version: 'github:stevemao/left-pad#5e5c5ee7f6f1d4a3b2c1d0e9f8a7b6c5d4e3f2a1',
      resolved: 'github:stevemao/left-pad#5e5c5ee7f6f1d4a3b2c1d0e9f8a7b6c5d4e3f2a1',
    });
  });

  test('keeps dev/optional flags and marks bundled dependencies', () => {
    expect(find(lockfile, 'fsevents')).toMatchObject({ dev: true, optional: true });
    expect(find(lockfile, 'abbrev')).toMatchObject({ bundled: true, paths: ['node_modules/fsevents/node_modules/abbrev'] });
    expect(find(lockfile, 'debug')).toMatchObject({ dev: false, optional: false });
  });

  test('without package.json, direct means top-level and required by nothing else', () => {
    const direct = lockfile.packages.filter((p) => p.direct).map((p) => p.name).sort();
    expect(direct).toEqual(['debug', 'fsevents', 'left-pad', 'lodash']);
  });

  test('with package.json, direct follows its dependency lists', () => {
    const withManifest = parseNpm(V1, 'package-lock.json', {
      rootManifest: { dependencies: { debug: '^2.6.0', ms: '^2.1.0' }, devDependencies: { nan: '^2.14.0' } },
    });
    const direct = withManifest.packages.filter((p) => p.direct).map((p) => `${p.name}@${p.version}`).sort();
    expect(direct).toEqual(['debug@2.6.9', 'ms@2.1.3', 'nan@2.14.0']);
  });
});

// npm 7+ shape with workspaces, links, aliases, bundles, git, tarballs and nested copies.
const V3 = JSON.stringify(
  {
    name: 'monorepo',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': {
        name: 'monorepo',
        version: '1.0.0',
        workspaces: ['packages/*'],
        dependencies: { 'string-width-cjs': 'npm:string-width@^4.2.0', 'left-pad': 'github:stevemao/left-pad' },
        devDependencies: { typescript: '^5.4.0', npm: '^10.0.0', 'ext-lib': 'file:../ext' },
        optionalDependencies: { fsevents: '^2.3.3' },
      },
      'node_modules/@acme/utils': { resolved: 'packages/utils', link: true },
      'node_modules/@types/node': {
        version: '20.12.7',
        resolved: tarball('@types/node', '20.12.7'),
        integrity: SHA('types-node'),
        devOptional: true,
      },
      'node_modules/debug': {
        version: '4.3.4',
        resolved: tarball('debug', '4.3.4'),
        integrity: SHA('debug4'),
        dependencies: { ms: '2.1.2' },
        peerDependenciesMeta: { 'supports-color': { optional: true } },
      },
      'node_modules/debug/node_modules/ms': { version: '2.1.2', resolved: tarball('ms', '2.1.2'), integrity: SHA('ms212') },
      'node_modules/ext-lib': { resolved: '../ext', link: true },
      'node_modules/fsevents': {
        version: '2.3.3',
        resolved: tarball('fsevents', '2.3.3'),
        integrity: SHA('fsevents'),
        hasInstallScript: true,
        optional: true,
        os: ['darwin'],
      },
      'node_modules/left-pad': {
        version: '1.3.0',
        resolved: 'git+ssh://git@github.com/stevemao/left-pad.git#5e5c5ee7f6f1d4a3b2c1d0e9f8a7b6c5d4e3f2a1',
        license: 'WTFPL',
      },
      'node_modules/lodash': { version: '4.17.21', resolved: tarball('lodash', '4.17.21'), integrity: SHA('lodash') },
      'node_modules/ms': { version: '2.1.3', resolved: tarball('ms', '2.1.3'), integrity: SHA('ms213') },
      'node_modules/npm': {
        version: '10.5.0',
        resolved: tarball('npm', '10.5.0'),
        integrity: SHA('npm'),
        bundleDependencies: ['abbrev'],
        dev: true,
        dependencies: { abbrev: '^2.0.0' },
      },
      'node_modules/npm/node_modules/abbrev': { version: '2.0.0', dev: true, inBundle: true, license: 'ISC' },
      'node_modules/private-thing': {
        version: '0.3.0',
        resolved: 'https://downloads.example.com/private-thing/latest.tgz',
        integrity: SHA('private'),
      },
      'node_modules/string-width-cjs': {
        name: 'string-width',
        version: '4.2.3',
        resolved: tarball('string-width', '4.2.3'),
        integrity: SHA('sw'),
      },
      'node_modules/strip-ansi-cjs': {
        version: '6.0.1',
        resolved: tarball('strip-ansi', '6.0.1'),
        integrity: SHA('sa'),
      },
      'node_modules/typescript': {
        version: '5.4.5',
        resolved: tarball('typescript', '5.4.5'),
        integrity: SHA('ts'),
        dev: true,
        bin: { tsc: 'bin/tsc' },
      },
      'node_modules/vendored': { version: '1.0.0', resolved: 'file:vendor/vendored-1.0.0.tgz', integrity: SHA('v') },
      '../ext': { name: 'ext-lib', version: '0.0.1' },
      'packages/utils': {
        name: '@acme/utils',
        version: '0.2.0',
        dependencies: { lodash: '^4.17.21', ms: '~2.1.2', 'strip-ansi-cjs': 'npm:strip-ansi@^6' },
        devDependencies: { '@types/node': '^20.0.0' },
      },
      'packages/utils/node_modules/ms': { version: '2.1.2', resolved: tarball('ms', '2.1.2'), integrity: SHA('ms212') },
    },
  },
  null,
  2,
);

describe('parseNpm lockfileVersion 2/3 packages map', () => {
  const lockfile = parseNpm(V3, 'npm-shrinkwrap.json');
  const names = (filter: (p: LockedPackage) => boolean): string[] =>
    lockfile.packages.filter(filter).map((p) => `${p.name}@${p.version}`).sort();

  test('workspace folders are not packages; their links are workspace sources', () => {
    expect(lockfile.formatVersion).toBe('3');
    expect(lockfile.packages.some((p) => p.paths.some((path) => !path.includes('node_modules/')))).toBe(false);
    expect(find(lockfile, '@acme/utils')).toMatchObject({
      version: '0.2.0',
      source: 'workspace',
      resolved: 'packages/utils',
      paths: ['node_modules/@acme/utils'],
      dependencies: { lodash: '^4.17.21', ms: '~2.1.2', 'strip-ansi-cjs': 'npm:strip-ansi@^6' },
    });
    expect(find(lockfile, 'ext-lib')).toMatchObject({ version: '0.0.1', source: 'link', resolved: '../ext', direct: true });
  });

  test('direct covers the root and every workspace, resolved to the copy each one sees', () => {
    expect(names((p) => p.direct)).toEqual([
      '@types/node@20.12.7',
      'ext-lib@0.0.1',
      'fsevents@2.3.3',
      'left-pad@1.3.0',
      'lodash@4.17.21',
      'ms@2.1.2',
      'npm@10.5.0',
      'string-width@4.2.3',
      'strip-ansi@6.0.1',
      'typescript@5.4.5',
    ]);
    // The top-level ms 2.1.3 is what the root would see, but no one declares ms there.
    expect(find(lockfile, 'ms', '2.1.3').direct).toBe(false);
  });

  test('merges copies of one name@version into one entry with every path', () => {
    expect(find(lockfile, 'ms', '2.1.2')).toMatchObject({
      paths: ['node_modules/debug/node_modules/ms', 'packages/utils/node_modules/ms'],
      direct: true,
      line: lineOf(V3, '"node_modules/debug/node_modules/ms"'),
    });
  });

  test('aliases resolve to the real name, from the name field or the tarball URL', () => {
    expect(find(lockfile, 'string-width')).toMatchObject({ alias: 'string-width-cjs', source: 'registry' });
    expect(find(lockfile, 'strip-ansi')).toMatchObject({ alias: 'strip-ansi-cjs', source: 'registry' });
    expect(find(lockfile, 'lodash').alias).toBeUndefined();
  });

  test('sources: git, non-registry tarball, file, registry', () => {
    expect(find(lockfile, 'left-pad')).toMatchObject({
      source: 'git',
      resolved: 'git+ssh://git@github.com/stevemao/left-pad.git#5e5c5ee7f6f1d4a3b2c1d0e9f8a7b6c5d4e3f2a1',
    });
    expect(find(lockfile, 'private-thing').source).toBe('tarball');
    expect(find(lockfile, 'vendored').source).toBe('file');
    expect(find(lockfile, 'lodash').source).toBe('registry');
  });

  test('flags: dev, optional, devOptional, install scripts, bundled', () => {
    expect(find(lockfile, 'typescript')).toMatchObject({ dev: true, optional: false });
    expect(find(lockfile, 'fsevents')).toMatchObject({ dev: false, optional: true, hasInstallScript: true });
    // devOptional: needed by dev and by an optional prod path, so a production install may still have it.
    expect(find(lockfile, '@types/node')).toMatchObject({ dev: false, optional: true });
    expect(find(lockfile, 'abbrev')).toMatchObject({ bundled: true, dev: true, paths: ['node_modules/npm/node_modules/abbrev'] });
    expect(find(lockfile, 'lodash').hasInstallScript).toBeUndefined();
  });

  test('lines point at each entry key', () => {
    for (const pkg of lockfile.packages) {
      expect(V3.split('\n')[pkg.line! - 1]).toContain(`"${pkg.paths[0]}": {`);
    }
  });

  test('v2 uses packages and ignores the legacy dependencies mirror', () => {
    const v2 = JSON.parse(V3) as Record<string, unknown>;
    v2.lockfileVersion = 2;
    v2.dependencies = { 'only-in-mirror': { version: '9.9.9' } };
    const parsed = parseNpm(JSON.stringify(v2, null, 2), 'package-lock.json');
    expect(parsed.formatVersion).toBe('2');
    expect(parsed.packages.some((p) => p.name === 'only-in-mirror')).toBe(false);
    expect(parsed.packages).toHaveLength(lockfile.packages.length);
  });
});

describe('parseNpm on real lockfiles', () => {
  test('npm v2 (dependency-review-action): the dependabot-bumped plugin is direct and dev', () => {
    const text = fixture('npm-v2-dependabot/new/package-lock.json');
    const lockfile = parseNpm(text, 'package-lock.json');
    expect(lockfile.formatVersion).toBe('2');
    expect(find(lockfile, '@typescript-eslint/eslint-plugin')).toMatchObject({
      version: '5.51.0',
      direct: true,
      dev: true,
      source: 'registry',
      line: 1958,
      paths: ['node_modules/@typescript-eslint/eslint-plugin'],
    });
    // Two copies of scope-manager: the hoisted old one and the one nested under the plugin.
    expect(find(lockfile, '@typescript-eslint/scope-manager', '5.51.0').paths).toEqual([
      'node_modules/@typescript-eslint/eslint-plugin/node_modules/@typescript-eslint/scope-manager',
      'node_modules/@typescript-eslint/utils/node_modules/@typescript-eslint/scope-manager',
    ]);
    expect(find(lockfile, '@typescript-eslint/scope-manager', '5.50.0').direct).toBe(false);
  });

  test('npm v3: a root optionalDependency is direct, optional and not dev', () => {
    const lockfile = parseNpm(fixture('npm-v3-dependabot-group/new/package-lock.json'), 'package-lock.json');
    expect(find(lockfile, '@rollup/rollup-linux-x64-gnu')).toMatchObject({
      version: '4.57.1',
      direct: true,
      dev: false,
      optional: true,
      line: 4416,
    });
    expect(find(lockfile, '@rollup/rollup-darwin-arm64')).toMatchObject({ direct: false, dev: true, optional: true });
    expect(lockfile.packages.filter((p) => p.hasInstallScript).length).toBe(3);
  });

  test('parses a 0.5 MB lockfile', () => {
    const text = fixture('large-npm-v3-eslint10/old/package-lock.json');
    const lockfile = parseNpm(text, 'package-lock.json');
    expect(lockfile.packages.length).toBeGreaterThan(700);
  });
});

describe('parseNpm errors', () => {
  test('broken JSON names the file and line', () => {
    const broken = V3.replace('"version": "4.3.4",', '"version": "4.3.4"');
    let caught: unknown;
    try {
      parseNpm(broken, 'apps/web/package-lock.json');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    const error = caught as InputError;
    expect(error.code).toBe('ELOCKFILE');
    expect(error.file).toBe('apps/web/package-lock.json');
    expect(error.line).toBe(lineOf(broken, '"version": "4.3.4"') + 1);
    expect(error.message).toContain(`apps/web/package-lock.json:${error.line}`);
  });

  test('valid JSON that is not a lockfile is refused', () => {
    expect(() => parseNpm('{"name": "x"}', 'package-lock.json')).toThrow(/lockfileVersion/);
    expect(() => parseNpm('[1, 2]', 'package-lock.json')).toThrow(/not a JSON object/);
    expect(() => parseNpm('{"lockfileVersion": 3, "packages": []}', 'package-lock.json')).toThrow(/"packages"/);
  });

  test('a v1 tree nested past the depth bound is refused, a deep but sane one is read', () => {
    const nest = (levels: number): Record<string, unknown> => {
      let deps: Record<string, unknown> = { leaf: { version: '1.0.0' } };
      for (let level = 1; level < levels; level++) deps = { [`p${level}`]: { version: '1.0.0', dependencies: deps } };
      return deps;
    };
    const text = (levels: number): string => JSON.stringify({ lockfileVersion: 1, dependencies: nest(levels) });
    expect(() => parseNpm(text(65), 'package-lock.json')).toThrow(/deeper than 64 levels/);
    const deep = parseNpm(text(64), 'package-lock.json');
    expect(find(deep, 'leaf').paths[0].split('node_modules/')).toHaveLength(65);
  });

  test('hostile keys and values do not reach prototypes or crash', () => {
    const text = JSON.stringify({
      lockfileVersion: 3,
      packages: {
        '': { dependencies: { constructor: '1', ['__proto__']: '1' } },
        'node_modules/constructor': { version: '1.0.0', dependencies: { ['__proto__']: '1', toString: 2 } },
        'node_modules/__proto__': { version: '2.0.0' },
        'node_modules/weird': { version: 3, resolved: ['x'] },
        'node_modules/linked': { link: true, resolved: 'toString' },
      },
    });
    const lockfile = parseNpm(text, 'package-lock.json');
    expect(find(lockfile, 'constructor')).toMatchObject({ version: '1.0.0', direct: true });
    expect(Object.keys(find(lockfile, 'constructor').dependencies!)).toEqual(['__proto__']);
    expect(find(lockfile, '__proto__').version).toBe('2.0.0');
    expect(lockfile.packages.some((p) => p.name === 'weird')).toBe(false);
    expect(find(lockfile, 'toString')).toMatchObject({ source: 'workspace', version: 'file:toString' });
  });
});
