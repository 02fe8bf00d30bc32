import { parse } from 'yaml';
import { parsePnpm } from '../../src/lockfile/pnpm.js';
import { pnpmDependencyFlags } from '../../src/lockfile/pnpm-dependency-flags.js';
import { keyStyleOf, withoutPeers } from '../../src/lockfile/pnpm-keys.js';
import { fixture, find, lineOf } from '../helpers/lockfile-fixtures.js';

/** Each real lockfile parsed once for the tests that only read the result (a 150 KB YAML file takes ~100 ms). */
const parsed = new Map<string, ReturnType<typeof parsePnpm>>();
function realLockfile(path: string): ReturnType<typeof parsePnpm> {
  if (!parsed.has(path)) parsed.set(path, parsePnpm(fixture(path), 'pnpm-lock.yaml'));
  return parsed.get(path)!;
}

describe('parsePnpm on real lockfiles (unjs/ofetch renovate updates)', () => {
  it('reads v5.4: peer-suffixed keys, dev flags, requiresBuild', () => {
    const text = fixture('pnpm-v5.4-renovate/new/pnpm-lock.yaml');
    const lockfile = realLockfile('pnpm-v5.4-renovate/new/pnpm-lock.yaml');
    expect(lockfile).toMatchObject({ format: 'pnpm', formatVersion: '5.4' });
    expect(find(lockfile, '@vitest/coverage-c8')).toMatchObject({
      version: '0.29.3',
      integrity: 'sha512-VMhCCkkd9E2J1U3OVQop2fT7PRutqNA+kjaiXkYKz6+ap5TcH+m5+61oE6bJNGn/pN6i5cL6nDqzrbl9wixFng==',
      source: 'registry',
      direct: true,
      dev: true,
      paths: ['.', '/@vitest/coverage-c8/0.29.3_vitest@0.29.3'],
      line: lineOf(text, '  /@vitest/coverage-c8/0.29.3_vitest@0.29.3:'),
    });
    expect(find(lockfile, 'destr')).toMatchObject({ version: '1.2.2', direct: true, dev: false, line: lineOf(text, '  /destr/1.2.2:') });
    expect(find(lockfile, 'diff')).toMatchObject({ direct: false, dev: true });
    expect(find(lockfile, 'fsevents')).toMatchObject({ optional: true, hasInstallScript: true });
    expect(find(lockfile, 'destr').hasInstallScript).toBeUndefined();
  });

  it('reads v6: parenthesised peers and importer objects', () => {
    const text = fixture('pnpm-v6-renovate/new/pnpm-lock.yaml');
    const lockfile = realLockfile('pnpm-v6-renovate/new/pnpm-lock.yaml');
    expect(lockfile.formatVersion).toBe('6.0');
    expect(find(lockfile, '@vitest/coverage-v8')).toMatchObject({
      version: '1.4.0',
      integrity: 'sha512-4hDGyH1SvKpgZnIByr9LhGgCEuF9DKM34IBLCC/fVfy24Z3+PZ+Ii9hsVBsHvY1umM1aGPEjceRkzxCfcQ10wg==',
      direct: true,
      dev: true,
      line: lineOf(text, '  /@vitest/coverage-v8@1.4.0(vitest@1.4.0):'),
    });
    expect(find(lockfile, 'ufo')).toMatchObject({ version: '1.5.3', direct: true, dev: false });
  });

  it('reads v9: packages for metadata, snapshots for dependencies and optional, importers for dev', () => {
    const text = fixture('pnpm-v9-renovate/new/pnpm-lock.yaml');
    const lockfile = realLockfile('pnpm-v9-renovate/new/pnpm-lock.yaml');
    expect(lockfile.formatVersion).toBe('9.0');
    expect(find(lockfile, '@vitest/coverage-v8')).toMatchObject({
      version: '3.0.4',
      integrity: 'sha512-f0twgRCHgbs24Dp8cLWagzcObXMcuKtAwgxjJV/nnysPAJJk1JiKu/W0gIehZLmkljhJXU/E0/dmuQzsA/4jhA==',
      direct: true,
      dev: true,
      line: lineOf(text, "  '@vitest/coverage-v8@3.0.4':"),
    });
    expect(find(lockfile, '@vitest/coverage-v8').dependencies).toMatchObject({ '@ampproject/remapping': '2.3.0' });
    expect(find(lockfile, 'ufo')).toMatchObject({ version: '1.5.4', direct: true, dev: false, line: lineOf(text, '  ufo@1.5.4:') });
    // Reached only through vitest/rollup, dev dependencies (the v6 lockfile of the same project records `dev: true`).
    expect(find(lockfile, 'fsevents')).toMatchObject({ optional: true, direct: false, dev: true });
  });

  it('parses the base versions of all three changes', () => {
    expect(find(realLockfile('pnpm-v5.4-renovate/old/pnpm-lock.yaml'), '@types/node').version).toBe('18.15.2');
    expect(find(realLockfile('pnpm-v6-renovate/old/pnpm-lock.yaml'), 'ufo').version).toBe('1.4.0');
    expect(find(realLockfile('pnpm-v9-renovate/old/pnpm-lock.yaml'), 'undici').version).toBe('7.2.3');
  });

  it('parses each real file twice to the same packages', () => {
    for (const path of ['pnpm-v5.4-renovate', 'pnpm-v6-renovate', 'pnpm-v9-renovate'].map((c) => `${c}/new/pnpm-lock.yaml`)) {
      const first = realLockfile(path);
      expect(first.packages.length).toBeGreaterThan(0);
      expect(parsePnpm(fixture(path), 'pnpm-lock.yaml')).toEqual(first);
    }
  });
});

describe('parsePnpm on hand-made lockfiles', () => {
  it('v5: one package per name@version across `_` peer suffixes, aliases, links and git', () => {
    const text = fixture('hand/pnpm-v5-peers.yaml');
    const lockfile = parsePnpm(text, 'pnpm-lock.yaml');
    const json = find(lockfile, '@rollup/plugin-json');
    expect(json).toMatchObject({
      version: '6.0.0',
      direct: true,
      // one peer variant is a prod dependency of packages/shared: not dev.
      dev: false,
      paths: ['packages/shared', '.', '/@rollup/plugin-json/6.0.0_rollup@3.15.0', '/@rollup/plugin-json/6.0.0_vgl77cfdswitgr47lm5swmv43m'],
      line: lineOf(text, '  /@rollup/plugin-json/6.0.0_rollup@3.15.0:'),
    });
    expect(find(lockfile, 'string-width')).toMatchObject({ alias: 'string-width-cjs', direct: true, version: '4.2.3' });
    expect(find(lockfile, 'esbuild')).toMatchObject({ hasInstallScript: true, direct: true, paths: ['packages/shared', '/esbuild/0.17.8'] });
    expect(find(lockfile, 'tiny-lib')).toMatchObject({
      version: '1.0.0',
      source: 'git',
      direct: true,
      resolved: 'https://codeload.github.com/acme/tiny-lib/tar.gz/0a1b2c3d4e5f60718293a4b5c6d7e8f901234567',
    });
    expect(find(lockfile, 'rollup')).toMatchObject({ dev: true, direct: true, dependencies: { fsevents: '2.3.2' } });
    expect(lockfile.packages.some((p) => p.name === 'shared')).toBe(false);
    expect(lockfile.packages).toHaveLength(6);
  });

  it('v6: one package per name@version across `(peer)` suffixes, alias paths', () => {
    const text = fixture('hand/pnpm-v6-peers.yaml');
    const lockfile = parsePnpm(text, 'pnpm-lock.yaml');
    expect(find(lockfile, '@testing-library/react')).toMatchObject({
      version: '14.0.0',
      direct: true,
      dev: true,
      paths: ['.', '/@testing-library/react@14.0.0(react-dom@18.2.0)(react@18.2.0)', '/@testing-library/react@14.0.0(react-dom@18.2.0)(react@18.3.0)'],
    });
    expect(find(lockfile, 'node-fetch')).toMatchObject({ alias: 'my-fetch', direct: true, dev: false });
    expect(find(lockfile, 'react-dom')).toMatchObject({ direct: true, dev: false });
    // No `dev` field means the package is used by both: not dev.
    expect(find(lockfile, 'react')).toMatchObject({ direct: true, dev: false });
  });

  it('v9: snapshots with peer suffixes, workspace importers, links, git and directory sources', () => {
    const text = fixture('hand/pnpm-v9-workspace.yaml');
    const lockfile = parsePnpm(text, 'pnpm-lock.yaml');
    const vitest = find(lockfile, 'vitest');
    expect(vitest).toMatchObject({ version: '3.0.4', direct: true, dependencies: { esbuild: '0.24.2' }, line: lineOf(text, '  vitest@3.0.4:') });
    // dev in the root, prod in packages/core: not dev.
    expect(vitest.dev).toBe(false);
    expect(find(lockfile, '@vitest/coverage-v8')).toMatchObject({ direct: true, dev: true });
    expect(find(lockfile, 'node-fetch')).toMatchObject({ alias: 'my-fetch', direct: true, dev: false });
    expect(find(lockfile, 'tiny-lib')).toMatchObject({ source: 'git', version: '1.0.0', direct: true });
    expect(find(lockfile, 'local-dir')).toMatchObject({ source: 'file', version: '0.2.0', resolved: 'file:vendor/local-dir', direct: true });
    expect(find(lockfile, 'fsevents')).toMatchObject({ optional: true, direct: false });
    expect(find(lockfile, 'esbuild')).toMatchObject({ optional: false, direct: false, dev: false });
    expect(find(lockfile, '@types/node', '22.10.10').direct).toBe(false);
    expect(lockfile.packages.some((p) => p.name === '@acme/shared')).toBe(false);
  });

  it('v6: peer variants of one package merge their flags: an install script in any, dev only if all are', () => {
    const text = [
      "lockfileVersion: '6.0'",
      '',
      'packages:',
      '',
      '  /a@1.0.0(b@1.0.0):',
      '    resolution: {integrity: sha512-AAAA}',
      '    dev: true',
      '',
      '  /a@1.0.0(b@2.0.0):',
      '    resolution: {integrity: sha512-AAAA}',
      '    requiresBuild: true',
      '    dev: false',
      '',
    ].join('\n');
    expect(find(parsePnpm(text, 'pnpm-lock.yaml'), 'a')).toMatchObject({
      hasInstallScript: true,
      dev: false,
      paths: ['/a@1.0.0(b@1.0.0)', '/a@1.0.0(b@2.0.0)'],
      line: lineOf(text, '  /a@1.0.0(b@1.0.0):'),
    });
  });

  it('reads the graph from the last document of a multi-document lockfile', () => {
    const text = fixture('hand/pnpm-multi-document.yaml');
    const lockfile = parsePnpm(text, 'pnpm-lock.yaml');
    expect(lockfile.packages.map((p) => `${p.name}@${p.version}`)).toEqual(['ufo@1.5.4']);
    expect(find(lockfile, 'ufo')).toMatchObject({ direct: true, line: lineOf(text, '  ufo@1.5.4:') });
  });

  it('refuses a YAML alias bomb', () => {
    expect(() => parsePnpm(fixture('hand/pnpm-alias-bomb.yaml'), 'pnpm-lock.yaml')).toThrow(/pnpm-lock\.yaml: YAML aliases are not allowed in a lockfile \(line 3\)/);
  });

  it('refuses a document without lockfileVersion and a key it cannot read', () => {
    expect(() => parsePnpm('packages: {}\n', 'pnpm-lock.yaml')).toThrow(/not a pnpm lockfile/);
    expect(() => parsePnpm("lockfileVersion: '9.0'\npackages:\n  nonsense:\n    resolution: {integrity: sha512-AAAA}\n", 'pnpm-lock.yaml')).toThrow(
      /pnpm-lock\.yaml:3: cannot read a package name and version from "nonsense"/,
    );
  });

  it('refuses a duplicate key at the end of a big map', () => {
    // How fast a big map parses is the benchmark's business; here, only that the duplicate is found and placed.
    const entries = Array.from({ length: 2000 }, (_, i) => `  /p${i}/1.0.0:\n    resolution: {integrity: sha512-AAAA}\n`).join('');
    expect(() => parsePnpm(`lockfileVersion: 5.4\npackages:\n${entries}  /p0/1.0.0:\n    dev: true\n`, 'pnpm-lock.yaml')).toThrow(/duplicate key "\/p0\/1\.0\.0" at line 4003/);
  });
});

describe('dev and optional of transitive packages, against pnpm’s own flags', () => {
  /** What pnpm wrote: dev/optional per package key (peers stripped), folded like the walk folds them. */
  function recordedFlags(data: Record<string, any>, style: ReturnType<typeof keyStyleOf>): Map<string, { dev: boolean; optional: boolean }> {
    const flags = new Map<string, { dev: boolean; optional: boolean }>();
    for (const [key, entry] of Object.entries<Record<string, unknown>>(data[style === 'v9' ? 'snapshots' : 'packages'] ?? {})) {
      const bare = withoutPeers(key, style);
      const own = { dev: entry?.['dev'] === true, optional: entry?.['optional'] === true };
      const known = flags.get(bare);
      flags.set(bare, known ? { dev: known.dev && own.dev, optional: known.optional && own.optional } : own);
    }
    return flags;
  }

  it.each(['pnpm-v5.4-renovate/new', 'pnpm-v5.4-renovate/old', 'pnpm-v6-renovate/new', 'pnpm-v6-renovate/old'])(
    'the walk from the importers gives every package of %s the dev and optional flags pnpm recorded',
    (name) => {
      const data = parse(fixture(`${name}/pnpm-lock.yaml`)) as Record<string, any>;
      const style = keyStyleOf(Number.parseFloat(String(data['lockfileVersion'])));
      const computed = pnpmDependencyFlags(data, style);
      const recorded = recordedFlags(data, style);
      expect(recorded.size).toBeGreaterThan(300);
      expect([...recorded.values()].filter((flags) => flags.dev).length).toBeGreaterThan(300);
      expect(Object.fromEntries(computed)).toEqual(Object.fromEntries(recorded));
    },
  );

  it('v9 (no dev flags recorded): the walk agrees with the optional flags pnpm did record, and only runtime packages are not dev', () => {
    for (const side of ['new', 'old']) {
      const text = fixture(`pnpm-v9-renovate/${side}/pnpm-lock.yaml`);
      const data = parse(text) as Record<string, any>;
      const computed = pnpmDependencyFlags(data, 'v9');
      const recorded = recordedFlags(data, 'v9');
      expect([...computed.keys()].sort()).toEqual([...recorded.keys()].sort());
      for (const [key, flags] of recorded) expect([key, computed.get(key)!.optional]).toEqual([key, flags.optional]);

      // ofetch's three runtime dependencies have no dependencies of their own: every other package is dev.
      const lockfile = realLockfile(`pnpm-v9-renovate/${side}/pnpm-lock.yaml`);
      expect(lockfile.packages.filter((p) => !p.dev).map((p) => p.name).sort()).toEqual(['destr', 'node-fetch-native', 'ufo']);
      expect(lockfile.packages.length).toBeGreaterThan(300);
    }
    const lockfile = realLockfile('pnpm-v9-renovate/new/pnpm-lock.yaml');
    // A dev-only transitive package (through @vitest/coverage-v8) and an optional one (through rollup).
    expect(find(lockfile, '@ampproject/remapping')).toMatchObject({ direct: false, dev: true, optional: false });
    expect(find(lockfile, '@rollup/rollup-linux-x64-gnu')).toMatchObject({ direct: false, dev: true, optional: true });
  });
});

describe('parsePnpm on local and remote sources outside the registry', () => {
  it.each([
    ['v5.4', 'hand/pnpm-v5-local-sources.yaml'],
    ['v6', 'hand/pnpm-v6-local-sources.yaml'],
    ['v9', 'hand/pnpm-v9-local-sources.yaml'],
  ])('%s: file: folders and tarballs, link: outside the repository, tarball URLs and git', (_, name) => {
    const text = fixture(name);
    const lockfile = parsePnpm(text, 'pnpm-lock.yaml');
    expect(find(lockfile, 'local-pkg')).toMatchObject({ source: 'file', resolved: 'file:local-pkg', direct: true, dev: false });
    expect(find(lockfile, 'local-pkg').line).toBe(lineOf(text, '  local-pkg@file:local-pkg:') || lineOf(text, '  file:local-pkg:'));
    expect(find(lockfile, 'linked-tool')).toMatchObject({ source: 'link', version: 'link:../linked-tool', direct: true });
    expect(find(lockfile, 'is-odd')).toMatchObject({ source: 'tarball', version: '3.0.1', resolved: 'https://example.com/tarballs/is-odd-3.0.1.tgz', direct: true, dev: false });
    expect(find(lockfile, 'git-tool')).toMatchObject({
      source: 'git',
      version: '2.0.0',
      resolved: 'https://gitlab.example.com/acme/git-tool.git#1111111111111111111111111111111111111111',
      direct: true,
      dev: true,
    });
    // Used by the prod tarball dependency: not dev, though the dev git dependency uses it too.
    expect(find(lockfile, 'is-number')).toMatchObject({ source: 'registry', direct: false, dev: false });
  });

  it('v6: a file: folder or tarball whose manifest has no version (pnpm writes no name or version)', () => {
    const lockfile = parsePnpm(fixture('hand/pnpm-v6-local-sources.yaml'), 'pnpm-lock.yaml');
    expect(find(lockfile, 'local-pkg').version).toBe('file:local-pkg');
    expect(find(lockfile, 'packed')).toMatchObject({ source: 'file', version: 'file:vendor/packed-1.2.0.tgz', direct: true });
    expect(find(lockfile, 'tiny-lib')).toMatchObject({ source: 'git', version: '1.0.0', resolved: 'https://codeload.github.com/acme/tiny-lib/tar.gz/0a1b2c3d4e5f60718293a4b5c6d7e8f901234567' });
  });

  it('a link: to a workspace project is not a package', () => {
    const lockfile = parsePnpm(fixture('hand/pnpm-v9-workspace.yaml'), 'pnpm-lock.yaml');
    expect(lockfile.packages.some((p) => p.source === 'link')).toBe(false);
  });
});
