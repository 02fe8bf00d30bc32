// The CLI is never wrong about its input: renamed lockfiles are read, and every mistake in the arguments
// is an input error (exit 2) that names what is wrong, before the review starts.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { npmLockV3 } from '../helpers/lockfile-writer.js';
import { startTestRegistry, type TestRegistry } from '../helpers/test-registry.js';
import { refactorOnly } from '../fixtures/incidents.js';
import { gitIn } from '../helpers/run-cli.js';
import { runCliSource } from '../helpers/run-cli-source.js';

let registry: TestRegistry;
let work: string;
let oldLock: string;
let newLock: string;

beforeAll(async () => {
  registry = await startTestRegistry({ 'refactor-only': refactorOnly });
  work = mkdtempSync(join(tmpdir(), 'depdiff-cli-input-'));
  oldLock = npmLockV3(registry, [{ name: 'refactor-only', version: '2.0.0' }]);
  newLock = npmLockV3(registry, [{ name: 'refactor-only', version: '2.1.0' }]);
  // As saved with `git show main:package-lock.json > old.json`.
  writeFileSync(join(work, 'old.json'), oldLock);
  writeFileSync(join(work, 'new.json'), newLock);
});

afterAll(async () => {
  await registry?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const oneLine = (stderr: string) => expect(stderr.trim().split('\n')).toHaveLength(1);

test('lockfiles saved under other names are recognised by their content', async () => {
  const result = await runCliSource(['old.json', 'new.json', '--no-fetch', '--format', 'json', '-q'], work);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const report = JSON.parse(result.stdout);
  expect(report.lockfiles).toEqual([{ path: 'new.json', format: 'npm', changes: 1 }]);
  expect(report.changes.map((change: { name: string; from: string; to: string }) => [change.name, change.from, change.to])).toEqual([
    ['refactor-only', '2.0.0', '2.1.0'],
  ]);

  const yarnText = readFileSync(resolve('__tests__/fixtures/lockfiles/yarn-classic-dev-bump/old/yarn.lock'), 'utf8');
  writeFileSync(join(work, 'old.lock'), yarnText);
  const yarn = await runCliSource(['old.lock', resolve('__tests__/fixtures/lockfiles/yarn-classic-dev-bump/new/yarn.lock'), '--no-fetch', '--format', 'json', '-q'], work);
  expect(yarn.code).toBe(0);
  expect(JSON.parse(yarn.stdout).changes.length).toBeGreaterThan(0);
});

test('two lockfiles of different package managers: one message naming both formats, no line number', async () => {
  const pnpm = resolve('__tests__/fixtures/lockfiles/pnpm-v9-renovate/new/pnpm-lock.yaml');
  const result = await runCliSource(['old.json', pnpm, '--no-fetch'], work);
  expect(result.code).toBe(2);
  oneLine(result.stderr);
  expect(result.stderr).toContain('old.json is an npm lockfile (package-lock.json)');
  expect(result.stderr).toContain('pnpm-lock.yaml is a pnpm lockfile (pnpm-lock.yaml)');
  expect(result.stderr).not.toMatch(/:\d+\b/);
});

test('a broken old lockfile is blamed, not the valid new one', async () => {
  writeFileSync(join(work, 'broken-old.json'), '{\n  "lockfileVersion": 3,\n  "packages": {\n    oops\n}\n');
  const result = await runCliSource(['broken-old.json', 'new.json', '--no-fetch'], work);
  expect(result.code).toBe(2);
  oneLine(result.stderr);
  expect(result.stderr).toMatch(/broken-old\.json:4\b/);
  expect(result.stderr).not.toContain('new.json');
});

test('a file that is no lockfile by name or content, a missing file and a directory each get their own message', async () => {
  writeFileSync(join(work, 'notes.txt'), 'just some notes\n');
  const unknown = await runCliSource(['old.json', 'notes.txt', '--no-fetch'], work);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain('notes.txt is not a lockfile depdiff can read');
  expect(unknown.stderr).not.toContain('old.json');

  const missing = await runCliSource(['old.json', 'gone.json', '--no-fetch'], work);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain('the new lockfile gone.json does not exist');

  mkdirSync(join(work, 'a-folder'), { recursive: true });
  const folder = await runCliSource(['a-folder', 'new.json', '--no-fetch'], work);
  expect(folder.code).toBe(2);
  expect(folder.stderr).toContain('the old lockfile a-folder is a directory');
});

test('--out into a missing folder is refused before the review starts', async () => {
  const before = registry.requests.length;
  const result = await runCliSource(['old.json', 'new.json', '--registry', registry.url, '--cache-dir', join(work, 'cache'), '--out', 'no-such-dir/report.md'], work);
  expect(result.code).toBe(2);
  oneLine(result.stderr);
  expect(result.stderr).toContain('--out no-such-dir/report.md: the folder no-such-dir does not exist');
  expect(result.stderr).not.toContain('internal error');
  expect(registry.requests.length).toBe(before);
});

describe('--base-ref', () => {
  let repo: string;
  beforeAll(() => {
    repo = join(work, 'repo');
    mkdirSync(join(repo, 'packages/web'), { recursive: true });
    const git = gitIn(repo);
    git('init', '-q', '-b', 'main');
    writeFileSync(join(repo, 'package-lock.json'), oldLock);
    writeFileSync(join(repo, 'packages/web/package-lock.json'), oldLock);
    writeFileSync(join(repo, 'packages/web/yarn.lock'), readFileSync(resolve('__tests__/fixtures/lockfiles/yarn-classic-dev-bump/old/yarn.lock')));
    git('add', '-A');
    git('commit', '-qm', 'base');
    writeFileSync(join(repo, 'package-lock.json'), newLock);
    writeFileSync(join(repo, 'packages/web/package-lock.json'), newLock);
  });

  test('run from a subdirectory, it reviews the whole repository from its root', async () => {
    const result = await runCliSource(['--base-ref', 'main', '--no-fetch', '--format', 'json', '-q'], join(repo, 'packages/web'));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.lockfiles.map((lockfile: { path: string }) => lockfile.path)).toEqual(['package-lock.json', 'packages/web/package-lock.json']);
    expect(report.changes.map((change: { type: string }) => change.type)).toEqual(['updated', 'updated']);
  });

  test('a --lockfile pattern that names no lockfile is an input error; one that names an unchanged lockfile is not', async () => {
    const typo = await runCliSource(['--base-ref', 'main', '--no-fetch', '--lockfile', 'packages/webb/**'], repo);
    expect(typo.code).toBe(2);
    oneLine(typo.stderr);
    expect(typo.stderr).toContain('--lockfile packages/webb/** matches no lockfile');

    const unchanged = await runCliSource(['--base-ref', 'main', '--no-fetch', '--format', 'json', '--lockfile', 'packages/web/yarn.lock'], repo);
    expect(unchanged.code).toBe(0);
    expect(JSON.parse(unchanged.stdout).changes).toEqual([]);
  });
});
