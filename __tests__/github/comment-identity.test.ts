// Sticky-comment lookup edges the mutation run (MUTATION_GROUP=comment) found unpinned: a later comment by
// another login, a User account that merely looks like a bot, the order of copies by creation time rather than
// listing order, and the whole refusal message.
import { createClient } from '../../src/github/client.js';
import { COMMENT_MARKER, findStickyComment, publishComment, type CommentAuthor } from '../../src/github/comment.js';
import { startGitHubStandIn, type GitHubStandIn } from '../helpers/github-api.js';

const target = { owner: 'octo', repo: 'app', issueNumber: 7 };
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

test("with a login identity, a later comment by another login that opens with the marker is not ours", async () => {
  const mine = api.addComment(7, 'octocat', body('mine'));
  api.addComment(7, 'mallory', body('looks like ours'));
  expect((await findStickyComment(client(), target, { kind: 'login', login: 'octocat' }))?.id).toBe(mine.id);
  expect(await findStickyComment(client(), target, { kind: 'login', login: 'someone-else' })).toBeNull();
});

test('a User account whose login and app field look like the bot is not the app identity', async () => {
  const lookalike = api.addComment(7, 'github-actions[bot]', body('not a bot'));
  lookalike.user.type = 'User';
  expect(await findStickyComment(client(), target, APP)).toBeNull();
});

test('the newest copy is the one created last, whatever order the list comes in; equal times go by id', async () => {
  const older = api.addComment(7, 'github-actions[bot]', body('older'));
  const newer = api.addComment(7, 'github-actions[bot]', body('newer'));
  // Creation times against id order, in both listing orders: a sort that leaned on either would show.
  newer.created_at = '2026-01-01T00:00:00Z';
  older.created_at = '2026-01-02T00:00:00Z';
  const listings = () => [[newer, older], [older, newer]];
  for (const listing of listings()) {
    api.comments.set(7, listing);
    expect((await findStickyComment(client(), target, APP))?.id).toBe(older.id);
  }
  older.created_at = newer.created_at;
  for (const listing of listings()) {
    api.comments.set(7, listing);
    expect((await findStickyComment(client(), target, APP))?.id).toBe(newer.id);
  }
  const outcome = await publishComment(client(), target, { action: 'upsert', body: body('now'), author: APP });
  expect(outcome).toMatchObject({ action: 'updated', id: newer.id, duplicatesDeleted: 1 });
  expect(api.comments.get(7)!.map((c) => c.id)).toEqual([newer.id]);
});

test('a refused write says what happened, what permission to add, and where the review still is', async () => {
  api.commentWriteStatus = 403;
  const outcome = await publishComment(client(), target, { action: 'upsert', body: body('x'), author: APP });
  expect(outcome).toEqual({
    action: 'refused',
    status: 403,
    message:
      'depdiff could not write the pull request comment (HTTP 403). The token needs the `pull-requests: write` permission ' +
      '(add `permissions: { contents: read, pull-requests: write }` to the job). Pull requests from forks and from Dependabot ' +
      'get a read-only token under `pull_request`: the job summary, annotations, outputs and the check result still carry ' +
      'the review (see the README for `pull_request_target`).',
  });
});
