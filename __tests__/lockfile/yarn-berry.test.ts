import { parseSyml } from '@yarnpkg/parsers';
import { parseYarnBerry } from '../../src/lockfile/yarn-berry.js';
import { fixture, find, lineOf } from '../helpers/lockfile-fixtures.js';

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

describe('parseYarnBerry with a patch entry listed before the entry it patches', () => {
  const patchKey = 'a@patch:a@npm%3A^1.0.0#~/.yarn/patches/a.patch';
  const text = [
    '__metadata:',
    '  version: 8',
    '',
    `"${patchKey}":`,
    '  version: 1.0.0',
    '  resolution: "a@patch:a@npm%3A1.0.0#~/.yarn/patches/a.patch::version=1.0.0&hash=abc123"',
    '  dependencies:',
    '    b: "npm:^2.0.0"',
    '',
    '"a@npm:1.0.0":',
    '  version: 1.0.0',
    '  resolution: "a@npm:1.0.0"',
    '  dependencies:',
    '    b: "npm:^1.0.0"',
    '',
  ].join('\n');

  it('takes resolution, line and dependencies from the unpatched entry', () => {
    expect(find(parseYarnBerry(text, 'yarn.lock'), 'a')).toMatchObject({
      version: '1.0.0',
      resolved: 'a@npm:1.0.0',
      line: lineOf(text, '"a@npm:1.0.0":'),
      dependencies: { b: 'npm:^1.0.0' },
      paths: [patchKey, 'a@npm:1.0.0'],
    });
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

/** A straightforward reading of what yarn's own parser returns: one row per non-workspace entry. */
function yarnsReading(text: string): Array<{ descriptors: string[]; name: string; version: string; resolution: string; checksum?: string }> {
  const data = parseSyml(text) as Record<string, Record<string, unknown>>;
  return Object.entries(data)
    .filter(([key, entry]) => key !== '__metadata' && !String(entry['resolution']).includes('@workspace:'))
    .map(([key, entry]) => {
      const resolution = String(entry['resolution']);
      return {
        descriptors: key.split(',').map((descriptor) => descriptor.trim()),
        name: resolution.slice(0, resolution.indexOf('@', 1)),
        version: String(entry['version']),
        resolution,
        ...(typeof entry['checksum'] === 'string' ? { checksum: entry['checksum'] } : {}),
      };
    });
}

/** The hand fixture plus an entry whose key lists 60 descriptors (over 1,024 characters), written both ways YAML allows. */
function withLongKey(explicit: boolean): string {
  const key = JSON.stringify(Array.from({ length: 60 }, (_, i) => `lodash.merge@npm:^4.6.${i}`).join(', '));
  expect(key.length).toBeGreaterThan(1024);
  const entry = '  version: 4.6.2\n  resolution: "lodash.merge@npm:4.6.2"\n  checksum: 10c0/402fa16a1edd7538de5b5903a90228aa48eb5533986ba7fa26606a49db2572bf414ff73a2c9f5d5fd36b31c46a5d5c7e1527749c07cbcf965ccff5fbdf32c506\n  languageName: node\n  linkType: hard\n';
  return `${fixture('hand/yarn-berry-sources.lock')}\n${explicit ? `? ${key}\n:\n` : `${key}:\n`}${entry}`;
}

describe('parseYarnBerry agrees with yarn’s own parser (parseSyml) on every berry lockfile', () => {
  const cases: Array<[string, string]> = [
    ['yarn-berry-esbuild/new', fixture('yarn-berry-esbuild/new/yarn.lock')],
    ['yarn-berry-esbuild/old', fixture('yarn-berry-esbuild/old/yarn.lock')],
    ['hand/yarn-berry-sources', fixture('hand/yarn-berry-sources.lock')],
    ['a key over 1,024 characters (implicit)', withLongKey(false)],
    ['a key over 1,024 characters (explicit `? key`)', withLongKey(true)],
  ];

  it.each(cases)('%s', (_, text) => {
    const ours = parseYarnBerry(text, 'yarn.lock').packages;
    const theirs = yarnsReading(text);
    // The same name@version set.
    expect(new Set(ours.map((p) => `${p.name}@${p.version}`))).toEqual(new Set(theirs.map((e) => `${e.name}@${e.version}`)));
    for (const entry of theirs) {
      // Each entry's descriptors land on one of our packages with that name and version...
      const owner = ours.find((p) => p.paths.includes(entry.descriptors[0]!));
      expect(owner).toMatchObject({ name: entry.name, version: entry.version });
      expect(owner!.paths).toEqual(expect.arrayContaining(entry.descriptors));
      // ...which carries that entry's resolution unless it is the patched copy of a published package.
      if (!entry.resolution.includes('@patch:')) {
        expect(owner!.resolved).toBe(entry.resolution);
        const sri = entry.checksum !== undefined && /^sha(1|256|384|512)-/.test(entry.checksum) ? entry.checksum : undefined;
        expect(owner!.integrity).toBe(sri);
      }
    }
    expect(ours.length).toBe(new Set(theirs.filter((e) => !e.resolution.includes('@patch:')).map((e) => e.resolution)).size);
  });

  it('reads the long-keyed entry with every descriptor and its line', () => {
    const text = withLongKey(true);
    const merge = find(parseYarnBerry(text, 'yarn.lock'), 'lodash.merge');
    expect(merge).toMatchObject({ version: '4.6.2', line: lineOf(text, '? "lodash.merge@npm:^4.6.0') });
    expect(merge.paths).toHaveLength(60);
    const implicit = withLongKey(false);
    expect(find(parseYarnBerry(implicit, 'yarn.lock'), 'lodash.merge').line).toBe(lineOf(implicit, '"lodash.merge@npm:^4.6.0'));
  });
});

describe('parseYarnBerry refuses what yarn reads silently', () => {
  const head = '__metadata:\n  version: 8\n\n';
  const entry = (name: string, extra = ''): string => `"${name}@npm:^1":\n  version: 1.0.0\n  resolution: "${name}@npm:1.0.0"\n${extra}`;

  it('a field repeated inside an entry: a reviewer reads the first, yarn installs the last', () => {
    const text = `${head}${entry('a')}  resolution: "evil@npm:6.6.6"\n`;
    expect(() => parseYarnBerry(text, 'yarn.lock')).toThrow(/yarn\.lock: duplicate key "resolution" at line 7/);
  });

  it('a repeated long key written once explicitly and once implicitly', () => {
    const key = JSON.stringify('a@npm:^1, '.repeat(120).slice(0, -2));
    const body = '  version: 1.0.0\n  resolution: "a@npm:1.0.0"\n';
    expect(() => parseYarnBerry(`${head}? ${key}\n:\n${body}${key}:\n${body}`, 'yarn.lock')).toThrow(/duplicate key "a@npm:\^1, a@npm.*" at line 8/);
  });

  it('anchors and aliases, in block and flow style', () => {
    expect(() => parseYarnBerry(`${head}${entry('a', '  dependencies: &deps\n    b: "npm:^1"\n')}${entry('c', '  dependencies: *deps\n')}`, 'yarn.lock')).toThrow(
      /YAML anchors and aliases are not allowed in a lockfile \(line 7\)/,
    );
    expect(() => parseYarnBerry(`${head}${entry('a', '  dependencies: {x: &d {b: "npm:^1"}, y: *d}\n')}`, 'yarn.lock')).toThrow(/YAML aliases are not allowed/);
  });
});

describe('parseYarnBerry: dev and optional of transitive packages', () => {
  const text = fixture('yarn-berry-esbuild/new/yarn.lock');
  // reselect's own dependencies are all devDependencies; make jsdom a runtime one to see both sides.
  const workspace = (parseSyml(text) as Record<string, { dependencies?: Record<string, string> }>)['reselect@workspace:.']!;
  const devDependencies = Object.fromEntries(Object.entries(workspace.dependencies!).filter(([name]) => name !== 'jsdom').map(([name, range]) => [name, range.replace(/^npm:/, '')]));
  const lockfile = parseYarnBerry(text, 'yarn.lock', { rootManifest: { dependencies: { jsdom: '^23.0.0' }, devDependencies } });

  it('what only devDependencies reach is dev, what a dependency reaches is not', () => {
    expect(find(lockfile, 'jsdom')).toMatchObject({ direct: true, dev: false });
    expect(find(lockfile, '@asamuzakjp/dom-selector')).toMatchObject({ direct: false, dev: false, optional: false });
    expect(find(lockfile, 'eslint-scope', '7.2.2')).toMatchObject({ direct: false, dev: true });
    expect(find(lockfile, 'esbuild', '0.23.0')).toMatchObject({ direct: false, dev: true, optional: false });
  });

  it('what only optional dependencies (dependenciesMeta) reach is optional', () => {
    expect(find(lockfile, '@esbuild/linux-x64', '0.23.0')).toMatchObject({ direct: false, dev: true, optional: true });
  });

  it('without the package.json, nothing is dev but optional still follows the graph', () => {
    const bare = parseYarnBerry(text, 'yarn.lock');
    expect(bare.packages.some((p) => p.dev)).toBe(false);
    expect(find(bare, '@esbuild/linux-x64', '0.23.0').optional).toBe(true);
  });
});
