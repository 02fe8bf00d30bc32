// Fail closed on lockfiles: a format version depdiff does not know, or a lockfile none of whose package
// entries can be read, is an input error; never an empty lockfile that diffs as "nothing changed".
import { readFileSync } from 'node:fs';
import { InputError } from '../../src/model/errors.js';
import { parseLockfile } from '../../src/lockfile/detect.js';

const fixture = (dir: string, file: string) => readFileSync(new URL(`../fixtures/lockfiles/${dir}/new/${file}`, import.meta.url), 'utf8');

function errorOf(path: string, text: string): InputError {
  try {
    parseLockfile(path, text);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error(`expected ${path} to be refused`);
}

/** A real lockfile with only its version changed, so that everything but the version is readable. */
function withVersion(text: string, from: string | RegExp, to: string): string {
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`fixture has no ${String(from)}`);
  return changed;
}

const BERRY_VERSION = /(__metadata:\r?\n {2}version: )8/;

describe('a lockfile version newer than depdiff knows is an input error naming the versions it reads', () => {
  test.each([
    ['npm lockfileVersion 4', 'package-lock.json', withVersion(fixture('npm-v3-dependabot-group', 'package-lock.json'), '"lockfileVersion": 3', '"lockfileVersion": 4'), /"lockfileVersion" 4 .*it reads 1, 2 and 3.*update depdiff/],
    ['pnpm lockfileVersion 10.0', 'pnpm-lock.yaml', withVersion(fixture('pnpm-v9-renovate', 'pnpm-lock.yaml'), "lockfileVersion: '9.0'", "lockfileVersion: '10.0'"), /lockfileVersion 10 .*it reads 5\.x, 6\.x and 9\.x.*update depdiff/],
    ['yarn berry __metadata.version 9', 'yarn.lock', withVersion(fixture('yarn-berry-esbuild', 'yarn.lock'), BERRY_VERSION, '$19'), /__metadata\.version 9 .*it reads 4 to 8 .*update depdiff/],
    ['bun lockfileVersion 2', 'bun.lock', withVersion(fixture('bun-text-small', 'bun.lock'), '"lockfileVersion": 1', '"lockfileVersion": 2'), /"lockfileVersion" 2 .*it reads 0 and 1.*update depdiff/],
  ])('%s', (_what, path, text, message) => {
    const error = errorOf(path, text);
    expect(error.message).toMatch(new RegExp(`^Cannot review lockfile ${path.replace('.', '\\.')}: `));
    expect(error.message).toMatch(message);
    expect(error.code).toBe('ELOCKFILE');
    expect(error.file).toBe(path);
  });

  test('versions older than the ones it reads are refused too, with different advice', () => {
    expect(errorOf('pnpm-lock.yaml', "lockfileVersion: '4.0'\npackages: {}\n").message).toMatch(/lockfileVersion 4 is not one depdiff reads .*regenerate the lockfile/);
    expect(errorOf('yarn.lock', '__metadata:\n  version: 3\n').message).toMatch(/__metadata\.version 3 is not one depdiff reads/);
    expect(errorOf('yarn.lock', '__metadata:\n  cacheKey: 8\n').message).toMatch(/__metadata\.version value is not one depdiff reads/);
  });

  test('every version it claims to read parses', () => {
    for (const [dir, file] of [
      ['npm-v2-dependabot', 'package-lock.json'],
      ['npm-v3-dependabot-group', 'package-lock.json'],
      ['pnpm-v5.4-renovate', 'pnpm-lock.yaml'],
      ['pnpm-v6-renovate', 'pnpm-lock.yaml'],
      ['pnpm-v9-renovate', 'pnpm-lock.yaml'],
      ['yarn-berry-esbuild', 'yarn.lock'],
      ['bun-text-small', 'bun.lock'],
    ]) {
      expect(parseLockfile(file, fixture(dir, file)).packages.length).toBeGreaterThan(0);
    }
    const berry = withVersion(fixture('yarn-berry-esbuild', 'yarn.lock'), BERRY_VERSION, '$14');
    expect(parseLockfile('yarn.lock', berry).packages.length).toBeGreaterThan(0);
    expect(parseLockfile('bun.lock', withVersion(fixture('bun-text-small', 'bun.lock'), '"lockfileVersion": 1', '"lockfileVersion": 0')).format).toBe('bun');
    expect(parseLockfile('package-lock.json', JSON.stringify({ lockfileVersion: 1, dependencies: { a: { version: '1.0.0' } } })).packages).toHaveLength(1);
  });
});

describe('a lockfile whose package entries all fail to read is an input error', () => {
  test('npm v3: entries without a version are unreadable', () => {
    const text = JSON.stringify({
      lockfileVersion: 3,
      packages: { '': { name: 'app', dependencies: { a: '^1.0.0', b: '^2.0.0' } }, 'node_modules/a': { dev: true }, 'node_modules/b': 'not an entry' },
    });
    expect(errorOf('package-lock.json', text).message).toMatch(/^Cannot review lockfile package-lock\.json: none of its 2 package entries could be read/);
  });

  test('npm v1: dependencies without versions are unreadable', () => {
    const text = JSON.stringify({ lockfileVersion: 1, dependencies: { a: { resolved: '' }, b: 'x' } });
    expect(errorOf('package-lock.json', text).message).toMatch(/none of its 2 package entries could be read/);
  });

  test('one readable entry among unreadable ones is enough; a lockfile with only the root entry is fine', () => {
    const some = { lockfileVersion: 3, packages: { '': { name: 'app' }, 'node_modules/a': { version: '1.0.0' }, 'node_modules/b': {} } };
    expect(parseLockfile('package-lock.json', JSON.stringify(some)).packages.map((p) => p.name)).toEqual(['a']);
    const rootOnly = { lockfileVersion: 3, packages: { '': { name: 'app', version: '1.0.0' } } };
    expect(parseLockfile('package-lock.json', JSON.stringify(rootOnly)).packages).toEqual([]);
    expect(parseLockfile('package-lock.json', JSON.stringify({ lockfileVersion: 1, name: 'app' })).packages).toEqual([]);
  });
});
