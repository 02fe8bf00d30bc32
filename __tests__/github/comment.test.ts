import { createClient } from '../../src/github/client.js';
import {
  COMMENT_MARKER,
  decideComment,
  findStickyComment,
  publishComment,
  resolveCommentAuthor,
  upsertComment,
  type CommentAuthor,
} from '../../src/github/comment.js';
import { startGitHubStandIn, type GitHubStandIn } from '../helpers/github-api.js';

const target = { owner: 'octo', repo: 'app', issueNumber: 7 };
/** What an installation token (GITHUB_TOKEN, a GitHub App's token) resolves to. */
const APP: CommentAuthor = { kind: 'app' };
const body = (text: string) => `${COMMENT_MARKER}\n${text}`;
let api: GitHubStandIn;

beforeEach(async () => {
  api = await startGitHubStandIn();
});
afterEach(async () => {
  await api.close();
});

const client = () => createClient('test-token', api.url);
const writes = () => api.requests.filter((r) => r.method !== 'GET');

test('creates one comment when none exists, then updates the same one in place', async () => {
  const first = await publishComment(client(), target, { action: 'upsert', body: body('one'), author: APP });
  expect(first.action).toBe('created');
  const second = await publishComment(client(), target, { action: 'upsert', body: body('two'), author: APP });
  expect(second).toMatchObject({ action: 'updated', id: (first as { id: number }).id });
  expect(api.comments.get(7)).toHaveLength(1);
  expect(api.comments.get(7)![0].body).toBe(body('two'));
  expect(writes().map((r) => r.method)).toEqual(['POST', 'PATCH']);
  expect(writes()[0].authorization).toBe('token test-token');
});

test('finds our comment past the first page of 100 comments', async () => {
  for (let i = 0; i < 230; i++) api.addComment(7, `user${i}`, `chatter ${i}`);
  const ours = api.addComment(7, 'github-actions[bot]', body('old'));
  const found = await findStickyComment(client(), target, APP);
  expect(found?.id).toBe(ours.id);
  const pages = api.requests.filter((r) => r.path.endsWith('/issues/7/comments')).map((r) => r.query.page ?? '1');
  expect(pages).toEqual(['1', '2', '3']);
  expect(api.requests[0].query.per_page).toBe('100');
});

test('a person quoting the marker is never edited; a new comment is created instead', async () => {
  const quoted = api.addComment(7, 'mallory', body('I quote depdiff here'));
  api.addComment(7, 'github-actions', body('not the bot login'));
  const outcome = await publishComment(client(), target, { action: 'upsert', body: body('review'), author: APP });
  expect(outcome.action).toBe('created');
  expect(api.comments.get(7)!.find((c) => c.id === quoted.id)!.body).toBe(body('I quote depdiff here'));
  expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual(['POST /repos/octo/app/issues/7/comments']);
});

test('our own comment without the marker is not taken over', async () => {
  api.addComment(7, 'github-actions[bot]', 'a comment from another workflow');
  expect(await findStickyComment(client(), target, APP)).toBeNull();
});

test('an unchanged body makes no write', async () => {
  const ours = api.addComment(7, 'github-actions[bot]', body('same'));
  const outcome = await publishComment(client(), target, { action: 'upsert', body: body('same'), author: APP });
  expect(outcome).toEqual({ action: 'unchanged', id: ours.id, url: ours.html_url });
  expect(writes()).toEqual([]);
});

test('a 403 on the write becomes a refusal that names the missing permission', async () => {
  api.commentWriteStatus = 403;
  const outcome = await publishComment(client(), target, { action: 'upsert', body: body('x'), author: APP });
  expect(outcome.action).toBe('refused');
  const message = (outcome as { message: string }).message;
  expect(message).toContain('pull-requests: write');
  expect(message).toMatch(/fork/);
  expect(message).toMatch(/Dependabot/);
});

test('a 404 on the update of a vanished comment is a refusal too, not a crash', async () => {
  const outcome = await upsertComment(client(), target, body('x'), { id: 999999, body: 'old', url: '' });
  expect(outcome).toMatchObject({ action: 'refused', status: 404 });
});

test('other errors are not swallowed', async () => {
  const broken = createClient('test-token', 'http://127.0.0.1:1');
  await expect(upsertComment(broken, target, body('x'), null)).rejects.toThrow();
});

test('update-only corrects an existing comment but never opens one', async () => {
  expect(await publishComment(client(), target, { action: 'update-only', body: body('none'), author: APP })).toEqual({
    action: 'none',
  });
  expect(writes()).toEqual([]);
  api.addComment(7, 'github-actions[bot]', body('findings'));
  const outcome = await publishComment(client(), target, { action: 'update-only', body: body('none'), author: APP });
  expect(outcome.action).toBe('updated');
});

test('delete removes only our comment', async () => {
  api.addComment(7, 'mallory', body('quote'));
  const ours = api.addComment(7, 'github-actions[bot]', body('findings'));
  const outcome = await publishComment(client(), target, { action: 'delete', body: '', author: APP });
  expect(outcome).toEqual({ action: 'deleted', id: ours.id });
  expect(api.comments.get(7)!.map((c) => c.user.login)).toEqual(['mallory']);
});

test('skip makes no request at all', async () => {
  await publishComment(client(), target, { action: 'skip', body: body('x'), author: APP });
  expect(api.requests).toEqual([]);
});

test('decideComment follows the comment input', () => {
  expect(decideComment('never', { lockfilesChanged: true, findings: 3 })).toBe('skip');
  expect(decideComment('always', { lockfilesChanged: true, findings: 0 })).toBe('upsert');
  expect(decideComment('always', { lockfilesChanged: false, findings: 0 })).toBe('update-only');
  expect(decideComment('on-findings', { lockfilesChanged: true, findings: 1 })).toBe('upsert');
  expect(decideComment('on-findings', { lockfilesChanged: true, findings: 0 })).toBe('delete');
  expect(decideComment('on-findings', { lockfilesChanged: false, findings: 0 })).toBe('delete');
});

describe('which comment is ours', () => {
  test('the marker must open the body: our own comment quoting it further down is not taken over', async () => {
    api.addComment(7, 'github-actions[bot]', `Another workflow says:\n> ${body('quoted')}`);
    expect(await findStickyComment(client(), target, APP)).toBeNull();
  });

  test('a bot account without an app behind it, or whose login is not its app\'s, is not ours', async () => {
    api.addComment(7, 'legacy[bot]', body('no app'), null);
    api.addComment(7, 'impostor[bot]', body('other app'), 'github-actions');
    expect(await findStickyComment(client(), target, APP)).toBeNull();
  });

  test('with a GitHub App installation token the comment is found again and updated in place', async () => {
    await api.close();
    api = await startGitHubStandIn({ actor: 'depdiff-reviewer[bot]' });
    const appClient = createClient('ghs_appInstallationToken', api.url);
    const author = await resolveCommentAuthor(appClient, 'ghs_appInstallationToken');
    // Installation tokens cannot call GET /user: no request is made for the identity.
    expect(api.requests).toEqual([]);
    const first = await publishComment(appClient, target, { action: 'upsert', body: body('one'), author });
    const second = await publishComment(appClient, target, { action: 'upsert', body: body('two'), author });
    expect(first.action).toBe('created');
    expect(second).toMatchObject({ action: 'updated', id: (first as { id: number }).id });
    expect(api.comments.get(7)!.map((c) => [c.user.login, c.performed_via_github_app?.slug, c.body])).toEqual([
      ['depdiff-reviewer[bot]', 'depdiff-reviewer', body('two')],
    ]);
  });

  test('comment-author overrides the identity: only that login\'s comment counts', async () => {
    api.addComment(7, 'github-actions[bot]', body('from GITHUB_TOKEN'));
    const mine = api.addComment(7, 'octocat', body('from a PAT'));
    const author = await resolveCommentAuthor(client(), 'ghs_x', 'OctoCat');
    expect(author).toEqual({ kind: 'login', login: 'OctoCat' });
    expect((await findStickyComment(client(), target, author))?.id).toBe(mine.id);
  });

  test('older copies of our comment are deleted and the newest is updated; other comments stay', async () => {
    const oldest = api.addComment(7, 'github-actions[bot]', body('1'));
    const human = api.addComment(7, 'mallory', body('quote'));
    const middle = api.addComment(7, 'github-actions[bot]', body('2'));
    const newest = api.addComment(7, 'github-actions[bot]', body('3'));
    const outcome = await publishComment(client(), target, { action: 'upsert', body: body('4'), author: APP });
    expect(outcome).toMatchObject({ action: 'updated', id: newest.id, duplicatesDeleted: 2 });
    expect(api.comments.get(7)!.map((c) => [c.id, c.body])).toEqual([
      [human.id, body('quote')],
      [newest.id, body('4')],
    ]);
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH /repos/octo/app/issues/comments/${newest.id}`,
      `DELETE /repos/octo/app/issues/comments/${oldest.id}`,
      `DELETE /repos/octo/app/issues/comments/${middle.id}`,
    ]);
  });

  test('an older copy whose delete is refused (403) or fails (500) is not counted as deleted, and the update stands', async () => {
    const refused = api.addComment(7, 'github-actions[bot]', body('1'));
    const failed = api.addComment(7, 'github-actions[bot]', body('2'));
    const deleted = api.addComment(7, 'github-actions[bot]', body('3'));
    const newest = api.addComment(7, 'github-actions[bot]', body('4'));
    api.deleteStatus.set(refused.id, 403);
    api.deleteStatus.set(failed.id, 500);
    const outcome = await publishComment(client(), target, { action: 'upsert', body: body('5'), author: APP });
    expect(outcome).toMatchObject({ action: 'updated', id: newest.id, duplicatesDeleted: 1 });
    expect(api.comments.get(7)!.map((c) => c.id)).toEqual([refused.id, failed.id, newest.id]);
    expect(writes().filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual(
      [refused, failed, deleted].map((c) => `/repos/octo/app/issues/comments/${c.id}`),
    );
  });

  test('delete removes every copy of ours', async () => {
    api.addComment(7, 'github-actions[bot]', body('1'));
    api.addComment(7, 'github-actions[bot]', body('2'));
    const outcome = await publishComment(client(), target, { action: 'delete', body: '', author: APP });
    expect(outcome).toMatchObject({ action: 'deleted', duplicatesDeleted: 1 });
    expect(api.comments.get(7)).toEqual([]);
  });
});

describe('resolveCommentAuthor', () => {
  test('an installation token (GITHUB_TOKEN or an App token) is an app identity, without asking GET /user', async () => {
    expect(await resolveCommentAuthor(client(), 'ghs_abc')).toEqual(APP);
    expect(api.requests).toEqual([]);
  });
  test('a personal token comments as its user', async () => {
    api.options.viewer = 'octocat';
    expect(await resolveCommentAuthor(client(), 'ghp_abc')).toEqual({ kind: 'login', login: 'octocat' });
  });
  test('a refused GET /user falls back to the app identity', async () => {
    api.options.viewer = null;
    expect(await resolveCommentAuthor(client(), 'some-token')).toEqual(APP);
    expect(api.requests.map((r) => r.path)).toEqual(['/user']);
  });
});
