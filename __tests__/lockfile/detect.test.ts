import { existsSync, readFileSync } from 'node:fs';
import { InputError } from '../../src/model/errors.js';
import { detectFormat, isLockfilePath, LOCKFILE_NAMES, MAX_LOCKFILE_BYTES, parseLockfile } from '../../src/lockfile/detect.js';

const fixturePath = (name: string): URL => new URL(`../fixtures/lockfiles/${name}`, import.meta.url);
const fixture = (name: string): string => readFileSync(fixturePath(name), 'utf8');

function catchError(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return error;
  }
  throw new Error('expected an InputError');
}

describe('isLockfilePath', () => {
  test('by basename, in any folder and with Windows separators', () => {
    expect(LOCKFILE_NAMES).toEqual(['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock']);
    for (const path of ['package-lock.json', 'apps/web/npm-shrinkwrap.json', 'yarn.lock', 'a/b/pnpm-lock.yaml', 'apps\\api\\bun.lock']) {
      expect(isLockfilePath(path)).toBe(true);
    }
  });

  test('look-alikes are not lockfiles', () => {
    for (const path of ['package.json', 'package-lock.json.bak', 'my-yarn.lock', 'pnpm-lock.yml', 'bun.lockb', 'yarn.lock/README.md']) {
      expect(isLockfilePath(path)).toBe(false);
    }
  });
});

describe('detectFormat', () => {
  test('npm, pnpm and bun by name', () => {
    expect(detectFormat('package-lock.json', '')).toBe('npm');
    expect(detectFormat('x/npm-shrinkwrap.json', '')).toBe('npm');
    expect(detectFormat('pnpm-lock.yaml', '')).toBe('pnpm');
    expect(detectFormat('bun.lock', '')).toBe('bun');
  });

  test('yarn.lock is berry only with a top-level __metadata key', () => {
    expect(detectFormat('yarn.lock', '# yarn lockfile\n\n__metadata:\n  version: 8\n')).toBe('yarn-berry');
    expect(detectFormat('yarn.lock', '# yarn lockfile v1\n\n\nleft-pad@^1.3.0:\n  version "1.3.0"\n')).toBe('yarn-classic');
    // Look-alike: the word indented inside an entry is not the berry header.
    expect(detectFormat('yarn.lock', 'weird@^1:\n  __metadata: "x"\n  version "1.0.0"\n')).toBe('yarn-classic');
  });

  test('bun.lockb is refused with the command that makes a text lockfile', () => {
    const error = catchError(() => detectFormat('apps/bun.lockb', '\u0000binary'));
    expect(error.code).toBe('ELOCKFILE');
    expect(error.file).toBe('apps/bun.lockb');
    expect(error.message).toContain('bun install --save-text-lockfile');
    expect(catchError(() => parseLockfile('bun.lockb', '#!/usr/bin/env bun\n')).message).toContain('bun.lock');
  });

  test('a lockfile saved under another name is recognised by its content, and parses the same', () => {
    const real: Array<[string, string]> = [
      ['npm-v3-dependabot-group/new/package-lock.json', 'npm'],
      ['npm-v2-dependabot/old/package-lock.json', 'npm'],
      ['yarn-classic-dev-bump/new/yarn.lock', 'yarn-classic'],
      ['yarn-berry-esbuild/new/yarn.lock', 'yarn-berry'],
      ['pnpm-v5.4-renovate/new/pnpm-lock.yaml', 'pnpm'],
      ['pnpm-v9-renovate/new/pnpm-lock.yaml', 'pnpm'],
      ['bun-text-regenerate/new/bun.lock', 'bun'],
    ];
    const parsedOnce = new Set<string>();
    for (const [path, format] of real) {
      const text = fixture(path);
      expect([path, detectFormat('new.json', text)]).toEqual([path, format]);
      // One real file per format is parsed both ways: a second file of a format goes to the same parser.
      if (parsedOnce.has(format)) continue;
      parsedOnce.add(format);
      expect(parseLockfile('saved/old.txt', text).packages).toEqual(parseLockfile(path, text).packages);
    }
  });

  test('a file whose name and content are both unknown is refused, listing names and contents', () => {
    const error = catchError(() => detectFormat('notes.json', '{"name":"app","dependencies":{}}'));
    expect(error.code).toBe('ELOCKFILE');
    expect(error.message).toContain('notes.json');
    expect(error.message).toContain('lockfileVersion');
  });

  test('other names are refused, listing the supported ones', () => {
    expect(catchError(() => detectFormat('Gemfile.lock', 'GEM')).message).toContain('package-lock.json, npm-shrinkwrap.json');
  });
});

describe('parseLockfile', () => {
  test('dispatches npm and bun', () => {
    const npm = parseLockfile('package-lock.json', fixture('npm-v2-dependabot/old/package-lock.json'));
    expect(npm).toMatchObject({ format: 'npm', formatVersion: '2' });
    expect(npm.packages.some((p) => p.name === '@typescript-eslint/eslint-plugin' && p.version === '5.50.0')).toBe(true);
    const bun = parseLockfile('bun.lock', fixture('bun-text-small/old/bun.lock'));
    expect(bun).toMatchObject({ format: 'bun', formatVersion: '1' });
    expect(bun.packages.some((p) => p.name === '@elysiajs/cors' && p.direct)).toBe(true);
  });

  // These lockfiles belong to the yarn and pnpm parsers; detection only has to hand them over.
  const others: Array<[string, string, string]> = [
    ['yarn-classic-dev-bump/new/yarn.lock', 'yarn-classic', '1'],
    ['yarn-berry-esbuild/new/yarn.lock', 'yarn-berry', '8'],
    ['pnpm-v9-renovate/new/pnpm-lock.yaml', 'pnpm', '9.0'],
  ];
  test.each(others)('dispatches %s to %s', (file, format, formatVersion) => {
    if (!existsSync(fixturePath(file))) throw new Error(`fixture ${file} is missing`);
    const lockfile = parseLockfile(file.split('/').slice(-1)[0], fixture(file));
    expect(lockfile.format).toBe(format);
    expect(lockfile.formatVersion).toBe(formatVersion);
    expect(lockfile.packages.length).toBeGreaterThan(50);
  });

  test('broken JSON: the error names the file and the line', () => {
    const text = fixture('npm-v3-dependabot-group/old/package-lock.json');
    const lines = text.split('\n');
    const target = lines.findIndex((l) => l.includes('"node_modules/@actions/core": {'));
    lines[target + 1] = lines[target + 1].replace(/,$/, '');
    const error = catchError(() => parseLockfile('apps/web/package-lock.json', lines.join('\n')));
    expect(error).toMatchObject({ code: 'ELOCKFILE', file: 'apps/web/package-lock.json', line: target + 3 });
    expect(error.message).toContain(`apps/web/package-lock.json:${target + 3}`);
    expect(error.message).toContain('npm install');
  });

  test('truncated JSON points at the last line', () => {
    const error = catchError(() => parseLockfile('package-lock.json', '{\n  "lockfileVersion": 3,\n  "packages": {\n'));
    expect(error.line).toBe(4);
  });

  test('broken YAML and yarn errors carry the line too, without repeating the path', () => {
    const pnpm = catchError(() => parseLockfile('pnpm-lock.yaml', "lockfileVersion: '9.0'\n\npackages:\n  a@1.0.0: {\n  b: [\n"));
    expect(pnpm).toMatchObject({ code: 'ELOCKFILE', file: 'pnpm-lock.yaml' });
    expect(pnpm.line).toBeGreaterThanOrEqual(4);
    expect(pnpm.message.startsWith(`Cannot parse lockfile pnpm-lock.yaml:${pnpm.line}: `)).toBe(true);
    expect(pnpm.message.split('pnpm-lock.yaml').length).toBe(2);
    const yarn = catchError(() => parseLockfile('yarn.lock', '# yarn lockfile v1\n\n\n"left-pad@^1.3.0:\n  version "1.3.0"\n'));
    expect(yarn).toMatchObject({ code: 'ELOCKFILE', file: 'yarn.lock' });
    expect(yarn.message).toMatch(/^Cannot parse lockfile yarn\.lock/);
  });

  test('empty, oversized and non-lockfile content', () => {
    expect(catchError(() => parseLockfile('package-lock.json', '')).message).toContain('empty');
    expect(catchError(() => parseLockfile('bun.lock', ' \n\t\n')).message).toContain('empty');
    const huge = 'x'.repeat(MAX_LOCKFILE_BYTES + 1);
    expect(catchError(() => parseLockfile('pnpm-lock.yaml', huge)).message).toContain('64 MiB');
    // Look-alike of the size guard: multi-byte text under the limit in characters but over it in bytes.
    const wide = 'é'.repeat(MAX_LOCKFILE_BYTES / 2 + 1);
    expect(catchError(() => parseLockfile('yarn.lock', wide)).message).toContain('64 MiB');
    expect(catchError(() => parseLockfile('package-lock.json', '{"name": "not a lock"}')).code).toBe('ELOCKFILE');
  });
});
