import { fetchFileAtRef, changedFilesBetween, lockfilePairsFromApi, MAX_API_FILE_BYTES } from '../../src/sources/github-base-lockfiles.js';
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

/** A client whose contents and compare answers are given directly: shapes the stand-in does not serve. */
function fakeClient(answers: { content?: (params: Record<string, unknown>) => unknown; compare?: unknown; pullFiles?: unknown[] }) {
  const calls: Array<Record<string, unknown>> = [];
  const client = {
    rest: {
      repos: {
        getContent: async (params: Record<string, unknown>) => {
          calls.push(params);
          return { data: answers.content!(params) };
        },
        compareCommitsWithBasehead: async () => ({ data: answers.compare }),
      },
      pulls: { listFiles: 'listFiles' },
    },
    paginate: async () => answers.pullFiles ?? [],
  };
  return { client: client as unknown as ReturnType<typeof createClient>, calls };
}

test('a raw answer is read whether it comes as a string, an ArrayBuffer or a byte view; anything else is an error', async () => {
  const bytes = new TextEncoder().encode('xxraw lockfile');
  const raws: unknown[] = ['raw lockfile', bytes.slice(2).buffer, bytes.subarray(2), new DataView(bytes.buffer, 2)];
  for (const raw of raws) {
    const { client: c } = fakeClient({ content: (p) => (p.mediaType ? raw : { type: 'file', size: 14, encoding: 'none', content: '' }) });
    expect(await fetchFileAtRef(c, repo, 'package-lock.json', 'r')).toBe('raw lockfile');
  }
  const { client: odd } = fakeClient({ content: (p) => (p.mediaType ? { unexpected: true } : { type: 'file', size: 1, encoding: 'none' }) });
  await expect(fetchFileAtRef(odd, repo, 'package-lock.json', 'r')).rejects.toThrow('unexpected raw response from the contents API');
});

test('a folder, a symlink or a submodule at the path is no file; a base64 answer without content is fetched raw', async () => {
  for (const data of [[{ type: 'file' }], { type: 'dir' }, { type: 'symlink', target: 'x' }, { type: 'submodule' }, null, 'text']) {
    const { client: c, calls } = fakeClient({ content: () => data });
    expect({ data, text: await fetchFileAtRef(c, repo, 'package-lock.json', 'r') }).toEqual({ data, text: null });
    expect(calls).toHaveLength(1);
  }
  const { client: c, calls } = fakeClient({ content: (p) => (p.mediaType ? 'raw' : { type: 'file', encoding: 'base64' }) });
  expect(await fetchFileAtRef(c, repo, 'package-lock.json', 'r')).toBe('raw');
  expect(calls.map((p) => p.mediaType)).toEqual([undefined, { format: 'raw' }]);
});

test('a file over the API size bound is refused with ETOOLARGE before its content is read; the bound itself is allowed', async () => {
  const { client: at } = fakeClient({ content: () => ({ type: 'file', size: MAX_API_FILE_BYTES, encoding: 'base64', content: Buffer.from('ok').toString('base64') }) });
  expect(await fetchFileAtRef(at, repo, 'package-lock.json', '0123456789abcdef')).toBe('ok');
  const { client: over, calls } = fakeClient({ content: () => ({ type: 'file', size: MAX_API_FILE_BYTES + 1, encoding: 'none' }) });
  await expect(fetchFileAtRef(over, repo, 'package-lock.json', '0123456789abcdef')).rejects.toMatchObject({
    code: 'ETOOLARGE',
    file: 'package-lock.json',
    message: `package-lock.json at 0123456789ab is ${MAX_API_FILE_BYTES + 1} bytes, over depdiff's ${MAX_API_FILE_BYTES}-byte limit.`,
  });
  expect(calls).toHaveLength(1);
});

test('an API failure other than 404 is thrown, not taken for a missing file', async () => {
  const failing = { rest: { repos: { getContent: async () => Promise.reject(Object.assign(new Error('Server Error'), { status: 500 })) } } };
  await expect(fetchFileAtRef(failing as unknown as ReturnType<typeof createClient>, repo, 'package-lock.json', 'r')).rejects.toThrow('Server Error');
});

test('renamed files count under both names; without a merge base the base itself is used; under the cap the compare list is enough', async () => {
  const files = [{ filename: 'new/package-lock.json', previous_filename: 'old/package-lock.json' }, { filename: 'a.ts' }];
  const { client: c } = fakeClient({ compare: { files }, pullFiles: [{ filename: 'from-the-pull-request' }] });
  expect(await changedFilesBetween(c, repo, 'b', 'h', 3)).toEqual({ mergeBase: 'b', paths: ['new/package-lock.json', 'old/package-lock.json', 'a.ts'] });
  const atCap = Array.from({ length: 300 }, (_, i) => ({ filename: `f${i}` }));
  const { client: capped } = fakeClient({ compare: { merge_base_commit: { sha: 'mb' }, files: atCap }, pullFiles: [{ filename: 'x/yarn.lock', previous_filename: 'yarn.lock' }] });
  expect(await changedFilesBetween(capped, repo, 'b', 'h', 3)).toEqual({ mergeBase: 'mb', paths: ['x/yarn.lock', 'yarn.lock'] });
  // Without a pull request number there is no longer list to ask for.
  expect((await changedFilesBetween(capped, repo, 'b', 'h')).paths).toHaveLength(300);
  const belowCap = atCap.slice(1);
  const { client: below } = fakeClient({ compare: { files: belowCap }, pullFiles: [] });
  expect((await changedFilesBetween(below, repo, 'b', 'h', 3)).paths).toHaveLength(299);
  const { client: empty } = fakeClient({ compare: {} });
  expect(await changedFilesBetween(empty, repo, 'b', 'h', 3)).toEqual({ mergeBase: 'b', paths: [] });
});

test('pairs are deduplicated, sorted, filtered by the patterns, and an unchanged lockfile is no pair', async () => {
  const base: Record<string, string> = { 'd/package-lock.json': 'd1', 'b/package-lock.json': 'same', 'a/package-lock.json': 'old', 'c/yarn.lock': 'y1', 'c/package.json': '{"dependencies":{"q":"1"}}' };
  const head: Record<string, string> = { 'd/package-lock.json': 'd2', 'b/package-lock.json': 'same', 'a/package-lock.json': 'new', 'c/yarn.lock': 'y2', 'c/package.json': '{"dependencies":{"q":"2"}}' };
  const reads: string[] = [];
  const pairs = await lockfilePairsFromApi({
    paths: ['d/package-lock.json', 'c/yarn.lock', 'b/package-lock.json', 'a/package-lock.json', 'a/package-lock.json'],
    readBase: async (path) => (reads.push(`base:${path}`), base[path] ?? null),
    readHead: async (path) => (reads.push(`head:${path}`), head[path] ?? null),
    only: ['!c/**'],
  });
  expect(pairs).toEqual([
    { path: 'a/package-lock.json', before: 'old', after: 'new' },
    { path: 'd/package-lock.json', before: 'd1', after: 'd2' },
  ]);
  expect(reads.filter((r) => r.endsWith('a/package-lock.json'))).toHaveLength(2);
  expect(reads.some((r) => r.includes('c/'))).toBe(false);
});
