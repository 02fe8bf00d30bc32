import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { readFileAtRef, reviewInputsFromGit } from '../../src/sources/git-lockfile-pairs.js';
import { git, gitEnvironment, hardenedGitArgs } from '../../src/sources/run-git.js';

let dir: string;
let traces: string;
let savedEnv: NodeJS.ProcessEnv;

function setupGit(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
  }).trim();
}

/** A program that records that it ran, and with which environment, under `traces/<name>`. */
function tracer(name: string): string {
  const path = join(traces, `${name}.sh`);
  writeFileSync(path, `#!/bin/sh\nenv > "${join(traces, `${name}.ran`)}"\n`);
  chmodSync(path, 0o755);
  return path;
}

beforeEach(() => {
  savedEnv = { ...process.env };
  const root = mkdtempSync(join(tmpdir(), 'depdiff-run-git-'));
  dir = join(root, 'repo');
  traces = join(root, 'traces');
  mkdirSync(dir);
  mkdirSync(traces);
  setupGit('init', '-q', '-b', 'main');
  writeFileSync(join(dir, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}\n');
  setupGit('add', '-A');
  setupGit('commit', '-qm', 'base');
});

afterEach(() => {
  process.env = savedEnv;
  rmSync(join(dir, '..'), { recursive: true, force: true });
});

test('programs named by the checkout (fsmonitor, external diff, textconv, clean filter) never run', async () => {
  const changed = '{"lockfileVersion":3,"packages":{"node_modules/a":{"version":"1.0.0"}}}\n';
  setupGit('checkout', '-q', '-b', 'pr');
  writeFileSync(join(dir, 'package-lock.json'), changed);
  writeFileSync(join(dir, '.gitattributes'), '*.json diff=dump filter=evil\n');
  setupGit('add', '-A');
  setupGit('commit', '-qm', 'head');
  writeFileSync(join(dir, 'package-lock.json'), changed.replace('1.0.0', '1.0.1'));
  setupGit('config', 'core.fsmonitor', tracer('fsmonitor'));
  setupGit('config', 'diff.external', tracer('external-diff'));
  setupGit('config', 'diff.dump.textconv', tracer('textconv'));
  setupGit('config', 'filter.evil.clean', tracer('clean-filter'));

  const againstWorkingTree = (await reviewInputsFromGit({ cwd: dir, env: process.env, baseRef: 'main' })).pairs;
  const againstCommit = (await reviewInputsFromGit({ cwd: dir, env: process.env, baseRef: 'main', headRef: 'pr' })).pairs;
  // Content-level commands too, so that a later use of them stays safe.
  const patch = await git({ cwd: dir, env: process.env }, ['diff', 'main', 'pr', '--', 'package-lock.json']);
  await git({ cwd: dir, env: process.env }, ['show', 'pr']);
  const before = await readFileAtRef({ cwd: dir, env: process.env }, 'main', 'package-lock.json');

  expect(readdirSync(traces).filter((name) => name.endsWith('.ran'))).toEqual([]);
  expect(againstWorkingTree.map((pair) => pair.after)).toEqual([changed.replace('1.0.0', '1.0.1')]);
  expect(againstCommit.map((pair) => pair.after)).toEqual([changed]);
  expect(patch).toContain('+{"lockfileVersion":3,"packages":{"node_modules/a"');
  expect(before).toBe('{"lockfileVersion":3,"packages":{}}\n');
});

test('git sees no token, no action input and no repository-redirecting variable from the parent environment', async () => {
  // A `git` first on PATH that records its environment, then runs the real git.
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  const shimDir = join(traces, 'bin');
  mkdirSync(shimDir);
  writeFileSync(join(shimDir, 'git'), `#!/bin/sh\nenv > "${join(traces, 'git-env.txt')}"\nexec "${realGit}" "$@"\n`);
  chmodSync(join(shimDir, 'git'), 0o755);
  process.env.PATH = `${shimDir}${delimiter}${process.env.PATH}`;
  process.env.GITHUB_TOKEN = 'ghs_parentsecret';
  process.env.NPM_TOKEN = 'npm_parentsecret';
  process.env['INPUT_GITHUB-TOKEN'] = 'ghs_inputsecret';
  process.env.GIT_DIR = join(traces, 'elsewhere.git');
  process.env.GIT_CONFIG_PARAMETERS = `'core.fsmonitor'='${tracer('via-env')}'`;

  expect(await readFileAtRef({ cwd: dir, env: process.env }, 'main', 'package-lock.json')).toBe('{"lockfileVersion":3,"packages":{}}\n');
  expect(existsSync(join(traces, 'git-env.txt'))).toBe(true);
  const seen = readFileSync(join(traces, 'git-env.txt'), 'utf8');
  expect(seen).not.toContain('parentsecret');
  expect(seen).not.toContain('inputsecret');
  expect(seen).not.toMatch(/^INPUT_/m);
  expect(seen).not.toMatch(/^GIT_DIR=/m);
  expect(seen).not.toMatch(/^GIT_CONFIG_PARAMETERS=/m);
  expect(seen).toMatch(/^PATH=/m);
});

test('the environment keeps what git needs to start and to find the user config', () => {
  const env = gitEnvironment({ PATH: '/bin', HOME: '/home/u', SystemRoot: 'C:\\Windows', GITHUB_TOKEN: 'x', GIT_EXTERNAL_DIFF: '/x' });
  expect(env).toEqual({ PATH: '/bin', HOME: '/home/u', SystemRoot: 'C:\\Windows', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' });
});

test('every variable git needs on each runner OS passes, in any case spelling; an unset one is left out', () => {
  const needed = ['PATH', 'HOME', 'USERPROFILE', 'HOMEDRIVE', 'HOMEPATH', 'SYSTEMROOT', 'WINDIR', 'TMPDIR', 'TEMP', 'TMP', 'LANG', 'LC_ALL', 'LC_CTYPE'];
  const given = Object.fromEntries(needed.map((name, i) => [i % 2 === 0 ? name : name.toLowerCase(), `v${i}`]));
  expect(gitEnvironment({ ...given, LC_NUMERIC: 'x', UNSET: undefined, PATH: undefined, Path: 'C:\\bin' })).toEqual({
    ...given,
    PATH: undefined,
    Path: 'C:\\bin',
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
  });
  expect(Object.hasOwn(gitEnvironment({ PATH: undefined }), 'PATH')).toBe(false);
});

test('each command runs with fsmonitor off; only diff, show and log also get --no-ext-diff --no-textconv', () => {
  for (const command of ['diff', 'show', 'log']) {
    expect(hardenedGitArgs([command, 'a', 'b'])).toEqual(['-c', 'core.fsmonitor=false', command, '--no-ext-diff', '--no-textconv', 'a', 'b']);
  }
  expect(hardenedGitArgs(['cat-file', 'blob', 'x'])).toEqual(['-c', 'core.fsmonitor=false', 'cat-file', 'blob', 'x']);
  expect(hardenedGitArgs([])).toStrictEqual(['-c', 'core.fsmonitor=false']);
});
