// Lockfile patterns (the CLI's --lockfile, the Action's lockfiles input): minimatch globs, `!` excludes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { matchesLockfileFilter } from '../../src/sources/git-lockfile-pairs.js';
import { npmLockV3 } from '../helpers/lockfile-writer.js';
import { startTestRegistry, type TestRegistry } from '../helpers/test-registry.js';
import { refactorOnly } from '../fixtures/incidents.js';
import { gitIn } from '../helpers/run-cli.js';
import { runCliSource } from '../helpers/run-cli-source.js';

test('! excludes, wherever it stands in the list; includes still restrict', () => {
  const only = ['!examples/**', '!**/fixtures/**'];
  expect(matchesLockfileFilter('package-lock.json', only)).toBe(true);
  expect(matchesLockfileFilter('apps/web/pnpm-lock.yaml', only)).toBe(true);
  expect(matchesLockfileFilter('examples/demo/package-lock.json', only)).toBe(false);
  expect(matchesLockfileFilter('packages/a/test/fixtures/yarn.lock', only)).toBe(false);
  expect(matchesLockfileFilter('apps/web/yarn.lock', ['apps/**', '!apps/legacy/**'])).toBe(true);
  expect(matchesLockfileFilter('apps/legacy/yarn.lock', ['apps/**', '!apps/legacy/**'])).toBe(false);
  expect(matchesLockfileFilter('package-lock.json', ['apps/**', '!apps/legacy/**'])).toBe(false);
});

test('minimatch globs: braces, dot folders, ./ prefix', () => {
  expect(matchesLockfileFilter('apps/web/yarn.lock', ['apps/{web,api}/yarn.lock'])).toBe(true);
  expect(matchesLockfileFilter('apps/cli/yarn.lock', ['apps/{web,api}/yarn.lock'])).toBe(false);
  expect(matchesLockfileFilter('.config/tools/package-lock.json', ['**/package-lock.json'])).toBe(true);
  expect(matchesLockfileFilter('package-lock.json', ['./package-lock.json'])).toBe(true);
});

describe('through the CLI', () => {
  let registry: TestRegistry;
  let repo: string;

  beforeAll(async () => {
    registry = await startTestRegistry({ 'refactor-only': refactorOnly });
    repo = mkdtempSync(join(tmpdir(), 'depdiff-patterns-'));
    const git = gitIn(repo);
    git('init', '-q', '-b', 'main');
    const write = (version: string) => {
      for (const dir of ['apps/web', 'examples/demo']) {
        mkdirSync(join(repo, dir), { recursive: true });
        writeFileSync(join(repo, dir, 'package-lock.json'), npmLockV3(registry, [{ name: 'refactor-only', version }]));
      }
    };
    write('2.0.0');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    write('2.1.0');
  });

  afterAll(async () => {
    await registry?.close();
    if (repo) rmSync(repo, { recursive: true, force: true });
  });

  const review = (...patterns: string[]) =>
    runCliSource(['--base-ref', 'main', '--no-fetch', '--format', 'json', '-q', ...patterns.flatMap((p) => ['--lockfile', p])], repo);

  test('--lockfile !PATTERN leaves those lockfiles out of the review', async () => {
    const all = await review();
    expect(JSON.parse(all.stdout).changes.map((c: { lockfile: string }) => c.lockfile).sort()).toEqual([
      'apps/web/package-lock.json',
      'examples/demo/package-lock.json',
    ]);
    const result = await review('!examples/**');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).changes.map((c: { lockfile: string }) => c.lockfile)).toEqual(['apps/web/package-lock.json']);
  });

  test('an exclusion that names no lockfile is an input error, like an inclusion', async () => {
    const result = await review('!exmples/**');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--lockfile !exmples\/\*\* matches no lockfile/);
  });
});
