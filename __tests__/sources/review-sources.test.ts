import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/model/errors.js';
import { createClient } from '../../src/github/client.js';
import { collectSources } from '../../src/sources/review-sources.js';
import { startGitHubStandIn, type GitHubStandIn } from '../helpers/github-api.js';

const lock = (version: string) => JSON.stringify({ name: 'app', lockfileVersion: 3, packages: { 'node_modules/a': { version } } });
const repoRef = { owner: 'octo', repo: 'app' };
let dir: string;
let api: GitHubStandIn;
let base: string;
let head: string;

function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
  }).trim();
}
function commit(files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  git('add', '-A');
  git('commit', '-q', '-m', 'c');
  return git('rev-parse', 'HEAD');
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'depdiff-sources-'));
  git('init', '-q', '-b', 'main');
  base = commit({ 'package-lock.json': lock('1.0.0'), '.github/depdiff.yml': 'fail-on: high\n', '.npmrc': 'registry=https://good.example/\n' });
  git('checkout', '-q', '-b', 'pr');
  head = commit({ 'package-lock.json': lock('2.0.0'), '.github/depdiff.yml': 'fail-on: never\n', '.npmrc': 'registry=https://evil.example/\n' });
  api = await startGitHubStandIn();
});
afterEach(async () => {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

test('git: both commits present; config and .npmrc come from the base, the config change is noticed', async () => {
  const sources = await collectSources({ env: process.env, workspace: dir, eventName: 'pull_request', refs: { base, head, untrustedHead: false }, only: [] });
  expect(sources.via).toBe('git');
  expect(sources.pairs.map((p) => [p.path, p.before, p.after])).toEqual([['package-lock.json', lock('1.0.0'), lock('2.0.0')]]);
  expect(await sources.readTrusted('.github/depdiff.yml')).toBe('fail-on: high\n');
  expect(await sources.readTrusted('.npmrc')).toBe('registry=https://good.example/\n');
  expect(await sources.headChanges('.github/depdiff.yml')).toBe(true);
  expect(await sources.headChanges('README.md')).toBe(false);
  expect(api.requests).toEqual([]);
});

test('git: base-branch commits after the branch point are not reported as the PR reverting them', async () => {
  git('checkout', '-q', 'main');
  const movedBase = commit({ 'package-lock.json': lock('1.5.0') });
  const sources = await collectSources({ env: process.env, workspace: dir, eventName: 'pull_request', refs: { base: movedBase, head, untrustedHead: false }, only: [] });
  expect(sources.pairs[0].before).toBe(lock('1.0.0'));
  expect(await sources.readTrusted('package-lock.json')).toBe(lock('1.5.0'));
});

test('pull_request_target: the head is read from its git objects, never from the working tree', async () => {
  git('checkout', '-q', 'main');
  writeFileSync(join(dir, 'package-lock.json'), lock('6.6.6'));
  const sources = await collectSources({ env: process.env, workspace: dir, eventName: 'pull_request_target', refs: { base, head, untrustedHead: true }, only: [] });
  expect(sources.pairs[0].after).toBe(lock('2.0.0'));
});

test('pull_request_target without the head commit: head lockfiles through the contents API at the head SHA', async () => {
  git('checkout', '-q', 'main');
  writeFileSync(join(dir, 'package-lock.json'), lock('6.6.6'));
  const missingHead = 'f'.repeat(40);
  api.options.compare = { [`${base}...${missingHead}`]: { mergeBase: base, files: ['package-lock.json'] } };
  api.options.contents = { [missingHead]: { 'package-lock.json': lock('3.0.0') }, [base]: { 'package-lock.json': lock('1.0.0') } };
  const sources = await collectSources({
    env: process.env,
    workspace: dir,
    eventName: 'pull_request_target',
    refs: { base, head: missingHead, pullNumber: 4, untrustedHead: true },
    only: [],
    client: createClient('t', api.url),
    repo: repoRef,
  });
  expect(sources.via).toBe('api');
  expect(sources.pairs.map((p) => [p.before, p.after])).toEqual([[lock('1.0.0'), lock('3.0.0')]]);
  // The base is in git here, so the config is read locally from the base commit.
  expect(await sources.readTrusted('.github/depdiff.yml')).toBe('fail-on: high\n');
});

test('shallow checkout (base missing): base lockfile at the merge base and config at the base, both through the API', async () => {
  const missingBase = 'b'.repeat(40);
  api.options.compare = { [`${missingBase}...${head}`]: { mergeBase: 'c'.repeat(40), files: ['package-lock.json', '.github/depdiff.yml'] } };
  api.options.contents = {
    ['c'.repeat(40)]: { 'package-lock.json': lock('0.9.0') },
    [missingBase]: { '.github/depdiff.yml': 'fail-on: low\n' },
  };
  const sources = await collectSources({
    env: process.env,
    workspace: dir,
    eventName: 'pull_request',
    refs: { base: missingBase, head, pullNumber: 4, untrustedHead: false },
    only: [],
    client: createClient('t', api.url),
    repo: repoRef,
  });
  expect(sources.pairs.map((p) => [p.before, p.after])).toEqual([[lock('0.9.0'), lock('2.0.0')]]);
  expect(await sources.readTrusted('.github/depdiff.yml')).toBe('fail-on: low\n');
  expect(await sources.headChanges('.github/depdiff.yml')).toBe(true);
  expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
    `GET /repos/octo/app/compare/${missingBase}...${head}`,
    'GET /repos/octo/app/contents/package-lock.json',
    'GET /repos/octo/app/contents/.github/depdiff.yml',
  ]);
});

test('pull_request with only the merge commit checked out: the working tree is the head', async () => {
  const sources = await collectSources({
    env: process.env,
    workspace: dir,
    eventName: 'pull_request',
    refs: { base, head: 'e'.repeat(40), untrustedHead: false },
    only: [],
    checkoutSha: head,
  });
  expect(sources.via).toBe('git');
  expect(sources.pairs[0].after).toBe(lock('2.0.0'));
});

test('no base commit and no token: an input error that says what to do', async () => {
  const promise = collectSources({ env: process.env, workspace: dir, eventName: 'pull_request', refs: { base: 'b'.repeat(40), head, untrustedHead: false }, only: [] });
  await expect(promise).rejects.toBeInstanceOf(InputError);
  await expect(promise).rejects.toThrow(/fetch-depth: 0/);
});
