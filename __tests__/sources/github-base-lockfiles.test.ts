import { fetchFileAtRef, changedFilesBetween, lockfilePairsFromApi } from '../../src/sources/github-base-lockfiles.js';
import { matchesLockfileFilter } from '../../src/sources/git-lockfile-pairs.js';
import { createClient } from '../../src/github/client.js';
import { startGitHubStandIn, type GitHubStandIn } from '../helpers/github-api.js';

const repo = { owner: 'octo', repo: 'app' };
let api: GitHubStandIn;

beforeEach(async () => {
  api = await startGitHubStandIn({
    contents: {
      base1: { 'package-lock.json': '{"lockfileVersion":3}', 'apps/web/yarn.lock': 'old yarn', 'apps/web/package.json': '{"dependencies":{"a":"1"}}' },
      head1: { 'package-lock.json': '{"lockfileVersion":3,"x":1}', 'apps/web/yarn.lock': 'new yarn', 'apps/web/package.json': '{"dependencies":{"a":"2"}}' },
      big: { 'package-lock.json': 'L'.repeat(2 * 1024 * 1024) },
    },
    compare: { 'main...head1': { mergeBase: 'base1', files: ['src/a.ts', 'package-lock.json', 'apps/web/yarn.lock', 'node_modules/x/package-lock.json'] } },
  });
});
afterEach(async () => {
  await api.close();
});
const client = () => createClient('t', api.url);

test('reads a small file from the JSON answer in one request', async () => {
  expect(await fetchFileAtRef(client(), repo, 'apps/web/yarn.lock', 'base1')).toBe('old yarn');
  expect(api.requests).toHaveLength(1);
  expect(api.requests[0]).toMatchObject({ path: '/repos/octo/app/contents/apps/web/yarn.lock', query: { ref: 'base1' } });
});

test('a file over 1 MB comes through the raw media type', async () => {
  const text = await fetchFileAtRef(client(), repo, 'package-lock.json', 'big');
  expect(text).toHaveLength(2 * 1024 * 1024);
  expect(api.requests.map((r) => r.accept)).toEqual([expect.stringContaining('json'), expect.stringMatching(/application\/vnd\.github\.v3\.raw/)]);
});

test('a missing file is null, not an error', async () => {
  expect(await fetchFileAtRef(client(), repo, '.github/depdiff.yml', 'base1')).toBeNull();
});

test('changed files come from the three-dot compare, with its merge base', async () => {
  expect(await changedFilesBetween(client(), repo, 'main', 'head1')).toEqual({
    mergeBase: 'base1',
    paths: ['src/a.ts', 'package-lock.json', 'apps/web/yarn.lock', 'node_modules/x/package-lock.json'],
  });
});

test('a compare at its 300-file cap falls back to the pull request file list, paginated', async () => {
  const many = Array.from({ length: 300 }, (_, i) => `src/f${i}.ts`);
  api.options.compare = { 'b...h': { mergeBase: 'mb', files: many } };
  api.options.pullFiles = { 3: [...many, 'package-lock.json'] };
  const changed = await changedFilesBetween(client(), repo, 'b', 'h', 3);
  expect(changed.paths).toContain('package-lock.json');
  expect(api.requests.filter((r) => r.path.endsWith('/pulls/3/files'))).toHaveLength(4);
});

test('the lockfile filter: supported names only, never inside node_modules, globs from the input', () => {
  expect(matchesLockfileFilter('package-lock.json', [])).toBe(true);
  expect(matchesLockfileFilter('docs/package-lock.json.md', [])).toBe(false);
  expect(matchesLockfileFilter('node_modules/x/package-lock.json', [])).toBe(false);
  expect(matchesLockfileFilter('apps/web/yarn.lock', ['apps/**/yarn.lock'])).toBe(true);
  expect(matchesLockfileFilter('package-lock.json', ['apps/**'])).toBe(false);
});

test('pairs only the changed lockfiles, with base and head text and the yarn manifest', async () => {
  const c = client();
  const pairs = await lockfilePairsFromApi({
    paths: ['src/a.ts', 'package-lock.json', 'apps/web/yarn.lock', 'node_modules/x/package-lock.json'],
    readBase: (path) => fetchFileAtRef(c, repo, path, 'base1'),
    readHead: (path) => fetchFileAtRef(c, repo, path, 'head1'),
    only: [],
  });
  expect(pairs).toEqual([
    {
      path: 'apps/web/yarn.lock',
      before: 'old yarn',
      after: 'new yarn',
      rootManifest: { before: expect.objectContaining({ dependencies: { a: '1' } }), after: expect.objectContaining({ dependencies: { a: '2' } }) },
    },
    { path: 'package-lock.json', before: '{"lockfileVersion":3}', after: '{"lockfileVersion":3,"x":1}' },
  ]);
  // No request for files that are not lockfiles, nor for package.json beside a non-yarn lockfile.
  expect(api.requests.map((r) => r.path)).not.toContain('/repos/octo/app/contents/package.json');
  expect(api.requests.map((r) => r.path)).not.toContain('/repos/octo/app/contents/src/a.ts');
});
