// reviewInputsFromGit at the source level (the CLI's --base-ref path, otherwise judged only through the bundled
// dist/): which lockfiles pair up between two commits or a commit and the working tree, the package.json and
// patch changes beside them, and the refusals a user reads. One repository serves every case.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InputError } from '../../src/model/errors.js';
import {
  filesInCommit,
  filesInWorkingTree,
  hasCommit,
  matchesLockfileFilter,
  readFileAtRef,
  repositoryRoot,
  reviewInputsFromGit,
} from '../../src/sources/git-lockfile-pairs.js';

const lock = (version: string) => JSON.stringify({ name: 'app', lockfileVersion: 3, packages: { 'node_modules/a': { version } } });
const manifest = (deps: Record<string, string>) => JSON.stringify({ name: 'app', dependencies: deps });
let root: string;
let dir: string;
let baseSha: string;

function gitAt(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
  }).trim();
}
function git(...args: string[]): string {
  return gitAt(dir, ...args);
}
function write(files: Record<string, string>, cwd = dir): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(cwd, path, '..'), { recursive: true });
    writeFileSync(join(cwd, path), text);
  }
}
function commit(files: Record<string, string>, removed: string[] = [], cwd = dir): string {
  write(files, cwd);
  for (const path of removed) gitAt(cwd, 'rm', '-q', path);
  gitAt(cwd, 'add', '-A');
  gitAt(cwd, 'commit', '-q', '-m', 'c');
  return gitAt(cwd, 'rev-parse', 'HEAD');
}
/** A repository of its own beside the shared one, for a case whose shape the shared one must not take. */
function smallRepo(name: string): string {
  const cwd = join(root, name);
  mkdirSync(cwd);
  gitAt(cwd, 'init', '-q', '-b', 'main');
  return cwd;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'depdiff-git-pairs-'));
  dir = join(root, 'repo');
  mkdirSync(dir);
  git('init', '-q', '-b', 'main');
  baseSha = commit({
    'package-lock.json': lock('1.0.0'),
    'package.json': manifest({ a: '^1.0.0' }),
    'apps/web/yarn.lock': 'a@^1:\n  version "1.0.0"\n',
    'apps/web/package.json': manifest({ b: '^1.0.0' }),
    'apps/gone/package-lock.json': lock('1.0.0'),
    'libs/x/pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
    'libs/x/package.json': manifest({ d: '^1.0.0' }),
    'patches/a+1.0.0.patch': 'old patch\n',
    'node_modules/x/package-lock.json': lock('1.0.0'),
    '.gitignore': 'ignored/\n',
  });
  git('checkout', '-q', '-b', 'pr');
  commit(
    {
      'package-lock.json': lock('2.0.0'),
      'package.json': manifest({ a: '^2.0.0' }),
      'apps/new/package-lock.json': lock('3.0.0'),
      'libs/x/package.json': manifest({ d: '^2.0.0' }),
      'patches/a+1.0.0.patch': 'new patch\n',
      'patches/b+1.0.0.patch': 'added patch\n',
      'node_modules/x/package-lock.json': lock('9.9.9'),
    },
    ['apps/gone/package-lock.json'],
  );
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const env = process.env;
async function refusal(run: () => Promise<unknown>): Promise<InputError> {
  try {
    await run();
  } catch (error) {
    return error as InputError;
  }
  throw new Error('not refused');
}

test('between two commits, from a subfolder: added, deleted and changed lockfiles, the manifests beside them, patches', async () => {
  const inputs = await reviewInputsFromGit({ cwd: join(dir, 'apps', 'web'), env, baseRef: 'main', headRef: 'pr' });
  expect(inputs.pairs.map((pair) => [pair.path, pair.before, pair.after])).toEqual([
    ['apps/gone/package-lock.json', lock('1.0.0'), null],
    ['apps/new/package-lock.json', null, lock('3.0.0')],
    ['package-lock.json', lock('1.0.0'), lock('2.0.0')],
  ]);
  const rootPair = inputs.pairs.find((pair) => pair.path === 'package-lock.json')!;
  expect(rootPair.rootManifest).toEqual({ before: expect.objectContaining({ dependencies: { a: '^1.0.0' } }), after: expect.objectContaining({ dependencies: { a: '^2.0.0' } }) });
  expect(inputs.unlocked).toEqual([
    { manifest: 'libs/x/package.json', lockfile: 'libs/x/pnpm-lock.yaml', edits: [{ field: 'dependencies', name: 'd', from: '^1.0.0', to: '^2.0.0' }] },
  ]);
  expect(inputs.patches).toEqual([
    { path: 'patches/a+1.0.0.patch', before: 'old patch\n', after: 'new patch\n' },
    { path: 'patches/b+1.0.0.patch', before: null, after: 'added patch\n' },
  ]);
});

test('against the working tree: edits, untracked and deleted lockfiles count; ignored ones and unchanged ones do not', async () => {
  git('checkout', '-q', 'pr');
  write({
    'apps/untracked/package-lock.json': lock('4.0.0'),
    'ignored/package-lock.json': lock('5.0.0'),
    'libs/x/package.json': manifest({ d: '^1.0.0' }),
    'patches/b+1.0.0.patch': 'edited in the working tree\n',
  });
  unlinkSync(join(dir, 'apps/web/yarn.lock'));
  // Added on the head branch, then deleted from the working tree: absent on both sides, so no pair.
  unlinkSync(join(dir, 'apps/new/package-lock.json'));
  try {
    const inputs = await reviewInputsFromGit({ cwd: dir, env, baseRef: 'main' });
    expect(inputs.pairs.map((pair) => [pair.path, pair.before, pair.after])).toEqual([
      ['apps/gone/package-lock.json', lock('1.0.0'), null],
      ['apps/untracked/package-lock.json', null, lock('4.0.0')],
      ['apps/web/yarn.lock', 'a@^1:\n  version "1.0.0"\n', null],
      ['package-lock.json', lock('1.0.0'), lock('2.0.0')],
    ]);
    // libs/x/package.json is back to the base ranges in the working tree: nothing unlocked.
    expect(inputs.unlocked).toEqual([]);
    expect(inputs.patches.map((patch) => [patch.path, patch.after])).toEqual([
      ['patches/a+1.0.0.patch', 'new patch\n'],
      ['patches/b+1.0.0.patch', 'edited in the working tree\n'],
    ]);
  } finally {
    git('checkout', '-q', '--', '.');
    git('clean', '-qfdX');
    git('clean', '-qfd');
  }
});

test('lockfile patterns restrict pairs and the unlocked manifests they govern', async () => {
  const inputs = await reviewInputsFromGit({ cwd: dir, env, baseRef: 'main', headRef: 'pr', only: ['apps/**', '!apps/gone/**'] });
  expect(inputs.pairs.map((pair) => pair.path)).toEqual(['apps/new/package-lock.json']);
  expect(inputs.unlocked).toEqual([]);
  const libs = await reviewInputsFromGit({ cwd: dir, env, baseRef: 'main', headRef: 'pr', only: ['libs/**'] });
  expect(libs.pairs).toEqual([]);
  expect(libs.unlocked.map((entry) => entry.manifest)).toEqual(['libs/x/package.json']);
});

test('with requireMatches, a pattern or exclusion that names no lockfile on either side is a usage error', async () => {
  const options = { cwd: dir, env, baseRef: 'main', headRef: 'pr', requireMatches: true };
  // A lockfile only the base has still counts as named.
  await expect(reviewInputsFromGit({ ...options, only: ['apps/gone/package-lock.json', '!apps/new/**'] })).resolves.toBeDefined();
  for (const pattern of ['apps/typo/package-lock.json', '!typo/**']) {
    const error = await refusal(() => reviewInputsFromGit({ ...options, only: ['package-lock.json', pattern] }));
    expect(error.code).toBe('EUSAGE');
    expect(error.message).toBe(
      `--lockfile ${pattern} matches no lockfile in either commit (patterns are paths from the repository root, e.g. packages/web/package-lock.json or **/yarn.lock)`,
    );
  }
  // Without requireMatches (the Action), the same typo reviews what matches.
  expect((await reviewInputsFromGit({ ...options, requireMatches: false, only: ['apps/typo/package-lock.json'] })).pairs).toEqual([]);
});

test('unknown refs and a folder outside any repository are input errors that say what to do', async () => {
  const base = await refusal(() => reviewInputsFromGit({ cwd: dir, env, baseRef: 'no-such-branch' }));
  expect(base.code).toBe('EGITREF');
  expect(base.message).toBe(`git does not know the base ref "no-such-branch" in ${dir} (fetch it first, e.g. git fetch origin main)`);
  const head = await refusal(() => reviewInputsFromGit({ cwd: dir, env, baseRef: 'main', headRef: 'no-such-head' }));
  expect(head.code).toBe('EGITREF');
  expect(head.message).toBe(`git does not know the head ref "no-such-head" in ${dir}`);
  const outside = mkdtempSync(join(root, 'not-a-repo-'));
  const none = await refusal(() => reviewInputsFromGit({ cwd: outside, env: { ...env, GIT_CEILING_DIRECTORIES: root }, baseRef: 'main' }));
  expect(none.code).toBe('EGITREF');
  expect(none.message).toBe(`${outside} is not inside a git repository; --base-ref needs one (or give two lockfiles instead)`);
});

test('commit and file lookups: a blob is no commit, a missing path is null, tree entries carry git blob ids', async () => {
  const repo = { cwd: dir, env };
  expect(await hasCommit(repo, baseSha)).toBe(true);
  expect(await hasCommit(repo, git('rev-parse', 'main:package-lock.json'))).toBe(false);
  expect(await readFileAtRef(repo, 'main', 'apps/new/package-lock.json')).toBeNull();
  const tree = await filesInCommit(repo, 'main');
  expect([...tree.keys()].sort()).toEqual(['apps/gone/package-lock.json', 'apps/web/yarn.lock', 'libs/x/pnpm-lock.yaml', 'package-lock.json']);
  expect(tree.get('package-lock.json')).toBe(git('rev-parse', 'main:package-lock.json'));
  git('checkout', '-q', 'pr');
  const working = await filesInWorkingTree(repo, 'sha1');
  expect(working.get('package-lock.json')).toBe(git('rev-parse', 'pr:package-lock.json'));
  expect(working.get('apps/web/yarn.lock')).toBe(git('rev-parse', 'pr:apps/web/yarn.lock'));
});

test('patterns: a ./ prefix is dropped, globs reach dot folders, # and ! inside a pattern are literal; bun.lockb is a lockfile', () => {
  expect(matchesLockfileFilter('package-lock.json', ['./package-lock.json'])).toBe(true);
  expect(matchesLockfileFilter('.config/tools/package-lock.json', ['**/package-lock.json'])).toBe(true);
  expect(matchesLockfileFilter('#tools/package-lock.json', ['#tools/package-lock.json'])).toBe(true);
  expect(matchesLockfileFilter('!x/package-lock.json', ['!!x/package-lock.json'])).toBe(false);
  expect(matchesLockfileFilter('package-lock.json', ['!!x/package-lock.json'])).toBe(true);
  expect(matchesLockfileFilter('apps/bun.lockb')).toBe(true);
  expect(matchesLockfileFilter('apps/bun.lockb.bak')).toBe(false);
  // Any one inclusion is enough; an inclusion is never read as an exclusion of its tail.
  expect(matchesLockfileFilter('apps/web/yarn.lock', ['apps/web/yarn.lock', 'libs/**'])).toBe(true);
  expect(matchesLockfileFilter('package-lock.json', ['*package-lock.json'])).toBe(true);
});

test('only a leading ./ is dropped from a pattern: one inside belongs to a folder name', () => {
  expect(matchesLockfileFilter('v1./package-lock.json', ['v1./package-lock.json'])).toBe(true);
  expect(matchesLockfileFilter('v1./package-lock.json', ['./v1./package-lock.json'])).toBe(true);
});

// Windows allows no newline in a file name.
(process.platform === 'win32' ? test.skip : test)('a repository path with a newline in it: only the line end git prints is dropped', async () => {
  const cwd = smallRepo('line\nbreak');
  mkdirSync(join(cwd, 'sub'));
  expect(await repositoryRoot({ cwd: join(cwd, 'sub'), env })).toBe(cwd);
});

test('a submodule named like a lockfile is no lockfile: only blobs are read from a tree, and no gitlink from the working tree', async () => {
  const cwd = smallRepo('submodule');
  write({ 'package-lock.json': lock('1.0.0') }, cwd);
  gitAt(cwd, 'add', 'package-lock.json');
  // A gitlink with no checkout (`add -A` would stage its folder's absence).
  gitAt(cwd, 'update-index', '--add', '--cacheinfo', `160000,${baseSha},vendor/package-lock.json`);
  gitAt(cwd, 'commit', '-q', '-m', 'c');
  expect(gitAt(cwd, 'ls-tree', '-r', 'HEAD')).toContain(`160000 commit ${baseSha}\tvendor/package-lock.json`);
  expect([...(await filesInCommit({ cwd, env }, 'HEAD')).keys()]).toEqual(['package-lock.json']);
  // Nor in the working tree, checked out or not: a package.json beside it belongs to no lockfile of its own.
  expect([...(await filesInWorkingTree({ cwd, env }, 'sha1')).keys()]).toEqual(['package-lock.json']);
  mkdirSync(join(cwd, 'vendor', 'package-lock.json'), { recursive: true });
  expect([...(await filesInWorkingTree({ cwd, env }, 'sha1')).keys()]).toEqual(['package-lock.json']);
});

test('a base commit with no lockfile at all: the first one added is a pair from nothing', async () => {
  const cwd = smallRepo('no-base-lockfile');
  commit({ 'package.json': manifest({ a: '^1.0.0' }) }, [], cwd);
  gitAt(cwd, 'checkout', '-q', '-b', 'pr');
  commit({ 'package-lock.json': lock('1.0.0') }, [], cwd);
  const inputs = await reviewInputsFromGit({ cwd, env, baseRef: 'main', headRef: 'pr' });
  expect(inputs.pairs.map((pair) => [pair.path, pair.before, pair.after])).toEqual([['package-lock.json', null, lock('1.0.0')]]);
});

test('without patterns, a package.json that no lockfile governs is reported unlocked, with no lockfile', async () => {
  const cwd = smallRepo('ungoverned');
  commit({ 'apps/web/package-lock.json': lock('1.0.0'), 'tools/package.json': manifest({ a: '^1.0.0' }) }, [], cwd);
  gitAt(cwd, 'checkout', '-q', '-b', 'pr');
  commit({ 'tools/package.json': manifest({ a: '^2.0.0' }) }, [], cwd);
  const inputs = await reviewInputsFromGit({ cwd, env, baseRef: 'main', headRef: 'pr' });
  expect(inputs.pairs).toEqual([]);
  expect(inputs.unlocked).toEqual([{ manifest: 'tools/package.json', lockfile: null, edits: [{ field: 'dependencies', name: 'a', from: '^1.0.0', to: '^2.0.0' }] }]);
});
