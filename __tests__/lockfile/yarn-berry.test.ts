import { parseYarnBerry } from '../../src/lockfile/yarn-berry.js';
import { fixture, find, lineOf } from './lockfile-fixtures.js';

describe('parseYarnBerry on a real yarn.lock (reduxjs/reselect, esbuild consolidation)', () => {
  const text = fixture('yarn-berry-esbuild/new/yarn.lock');
  const lockfile = parseYarnBerry(text, 'yarn.lock');

  it('reads metadata, versions and lines, and skips the workspace itself', () => {
    expect(lockfile).toMatchObject({ format: 'yarn-berry', formatVersion: '8' });
    expect(lockfile.packages.some((p) => p.name === 'reselect' && p.version === '0.0.0-use.local')).toBe(false);
    expect(find(lockfile, 'esbuild', '0.23.0')).toMatchObject({
      resolved: 'esbuild@npm:0.23.0',
      source: 'registry',
      // berry's checksum hashes its zip archive: it is not an SRI of the published tarball.
      integrity: undefined,
      line: lineOf(text, '"esbuild@npm:0.23.0":'),
    });
    expect(lockfile.packages.some((p) => p.name === 'esbuild' && p.version === '0.21.5')).toBe(false);
  });

  it('takes direct dependencies from the workspace entry', () => {
    expect(find(lockfile, 'tsup')).toMatchObject({ direct: true, version: '8.2.4' });
    expect(find(lockfile, 'esbuild', '0.23.0').direct).toBe(false);
  });

  it('folds a builtin patch into the package it patches', () => {
    const typescript = find(lockfile, 'typescript', '5.5.4');
    expect(typescript).toMatchObject({ source: 'registry', resolved: 'typescript@npm:5.5.4', direct: true });
    expect(typescript.paths.some((path) => path.startsWith('typescript@patch:'))).toBe(true);
  });

  it('resolves aliases to the real package name', () => {
    expect(find(lockfile, 'string-width', '4.2.3')).toMatchObject({
      alias: 'string-width-cjs',
      paths: ['string-width-cjs@npm:string-width@^4.2.0', 'string-width@npm:^4.1.0', 'string-width@npm:^4.2.0'],
    });
  });

  it('parses the base version, which still holds esbuild 0.21.5', () => {
    const old = parseYarnBerry(fixture('yarn-berry-esbuild/old/yarn.lock'), 'yarn.lock');
    expect(find(old, 'esbuild', '0.21.5').line).toBeGreaterThan(0);
  });
});

describe('parseYarnBerry on hand-made entries', () => {
  const text = fixture('hand/yarn-berry-sources.lock');
  const lockfile = parseYarnBerry(text, 'yarn.lock', { rootManifest: { dependencies: { 'left-pad': '^1.3.0' }, devDependencies: { vitest: '^1.6.0' } } });

  it('classifies each resolution protocol', () => {
    expect(find(lockfile, 'lodash')).toMatchObject({ source: 'git', version: '4.17.21' });
    expect(find(lockfile, 'is-odd')).toMatchObject({ source: 'tarball', resolved: 'is-odd@https://example.com/tarballs/is-odd-3.0.1.tgz' });
    expect(find(lockfile, 'local-lib').source).toBe('link');
    expect(lockfile.packages.some((p) => p.name === '@scope/ui' || p.name === 'app')).toBe(false);
  });

  it('keeps a checksum only when it is SRI-shaped', () => {
    expect(find(lockfile, 'left-pad').integrity).toBe('sha512-c2NvcGUvdXRpbEAyLjEuMyBmaXh0dXJlIGludGVncml0eSBzdHJpbmcgZm9yIHRlc3Rz==');
    expect(find(lockfile, 'fsevents').integrity).toBeUndefined();
  });

  it('merges a repository patch with the npm entry, whichever comes first', () => {
    expect(find(lockfile, 'resolve')).toMatchObject({
      version: '1.22.8',
      source: 'registry',
      resolved: 'resolve@npm:1.22.8',
      line: lineOf(text, '"resolve@npm:1.22.8"'),
      direct: true,
      paths: ['resolve@npm:1.22.8', 'resolve@patch:resolve@npm%3A^1.22.0#~/.yarn/patches/resolve-npm-1.22.8.patch'],
    });
  });

  it('marks direct, dev and optional from workspaces, dependenciesMeta and package.json', () => {
    expect(find(lockfile, 'node-fetch')).toMatchObject({ alias: 'my-fetch', direct: true, dev: false });
    expect(find(lockfile, 'vitest')).toMatchObject({ direct: true, dev: true });
    expect(find(lockfile, 'left-pad')).toMatchObject({ direct: true, dev: false });
    // Dependencies of a non-root workspace are direct too.
    expect(find(lockfile, 'is-odd').direct).toBe(true);
    expect(find(lockfile, 'fsevents')).toMatchObject({ optional: true, direct: true });
    expect(find(lockfile, 'left-pad').optional).toBe(false);
  });

  it('marks nothing dev without a package.json', () => {
    expect(parseYarnBerry(text, 'yarn.lock').packages.some((p) => p.dev)).toBe(false);
  });
});

describe('parseYarnBerry refuses what is not a berry lockfile', () => {
  it('requires __metadata', () => {
    expect(() => parseYarnBerry('"a@npm:^1":\n  version: 1.0.0\n  resolution: "a@npm:1.0.0"\n', 'yarn.lock')).toThrow(/no __metadata/);
  });

  it('reports an entry without resolution with its line', () => {
    expect(() => parseYarnBerry('__metadata:\n  version: 8\n\n"a@npm:^1":\n  version: 1.0.0\n', 'yarn.lock')).toThrow(/yarn\.lock:4: entry "a@npm:\^1" has no valid resolution/);
  });

  it('refuses duplicate keys, which two tools could read differently', () => {
    const entry = '"a@npm:^1":\n  version: 1.0.0\n  resolution: "a@npm:1.0.0"\n';
    expect(() => parseYarnBerry(`__metadata:\n  version: 8\n${entry}${entry}`, 'yarn.lock')).toThrow(/yarn\.lock: duplicate key "a@npm:\^1" at line 6/);
  });

  it('reports YAML syntax errors with a line', () => {
    expect(() => parseYarnBerry('__metadata:\n  version: 8\n"a@npm:^1:\n  version: [\n', 'yarn.lock')).toThrow(/invalid YAML at line \d+/);
  });
});
