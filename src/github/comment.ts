import type { GitHubClient, RepoRef } from './client.js';
import { httpStatus } from './http-status.js';
import type { CommentMode } from './inputs.js';

/** Hidden in the rendered comment; how the action finds its own comment again. */
export const COMMENT_MARKER = '<!-- depdiff -->';

export interface CommentTarget extends RepoRef {
  issueNumber: number;
}

export interface StickyComment {
  id: number;
  body: string;
  url: string;
}

export type CommentOutcome =
  | { action: 'created' | 'updated' | 'unchanged'; id: number; url: string; duplicatesDeleted?: number }
  | { action: 'deleted'; id: number; duplicatesDeleted?: number }
  | { action: 'none' }
  | { action: 'refused'; status: number; message: string };

/**
 * Whose comments count as ours: the token's own identity, never anyone who can type the marker.
 * - `login`: a personal access token's user (from GET /user), or the `comment-author` input.
 * - `app`: an installation token (prefix `ghs_`: the workflow's GITHUB_TOKEN or a GitHub App's token). It cannot
 *   call GET /user, but what it writes is authored by the app's bot account, `<slug>[bot]` of type Bot, and
 *   carries `performed_via_github_app` with that slug (GITHUB_TOKEN: `github-actions[bot]` / `github-actions`).
 */
export type CommentAuthor = { kind: 'login'; login: string } | { kind: 'app' };

export async function resolveCommentAuthor(client: GitHubClient, token: string, override?: string): Promise<CommentAuthor> {
  if (override) return { kind: 'login', login: override };
  if (token.startsWith('ghs_')) return { kind: 'app' };
  try {
    const { data } = await client.rest.users.getAuthenticated();
    if (data.login) return { kind: 'login', login: data.login };
  } catch {
    // Refused (e.g. an installation token in another format): the app rule below still finds bot comments.
  }
  return { kind: 'app' };
}

interface ListedComment {
  id: number;
  body?: string;
  html_url: string;
  created_at: string;
  user: { login: string; type?: string } | null;
  performed_via_github_app?: { slug?: string } | null;
}

function isByAuthor(comment: ListedComment, author: CommentAuthor): boolean {
  const login = comment.user?.login.toLowerCase() ?? '';
  if (author.kind === 'login') return login === author.login.toLowerCase();
  const slug = comment.performed_via_github_app?.slug;
  return comment.user?.type === 'Bot' && !!slug && login === `${slug.toLowerCase()}[bot]`;
}

/**
 * Every comment of ours, oldest first: written by `author` and starting with the marker. A marker further
 * down (someone quoting the comment, another bot echoing it) does not count.
 */
export async function findStickyComments(
  client: GitHubClient,
  target: CommentTarget,
  author: CommentAuthor,
  marker = COMMENT_MARKER,
): Promise<StickyComment[]> {
  const iterator = client.paginate.iterator(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  const found: Array<StickyComment & { createdAt: string }> = [];
  for await (const page of iterator) {
    for (const comment of page.data as ListedComment[]) {
      if (isByAuthor(comment, author) && (comment.body ?? '').startsWith(marker)) {
        found.push({ id: comment.id, body: comment.body ?? '', url: comment.html_url, createdAt: comment.created_at });
      }
    }
  }
  found.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id - b.id));
  return found.map(({ id, body, url }) => ({ id, body, url }));
}

/** The newest of our comments, or null. */
export async function findStickyComment(
  client: GitHubClient,
  target: CommentTarget,
  author: CommentAuthor,
  marker = COMMENT_MARKER,
): Promise<StickyComment | null> {
  return (await findStickyComments(client, target, author, marker)).at(-1) ?? null;
}

/** A refused write is an outcome, not a failure: forks and Dependabot get read-only tokens. */
function refusal(error: unknown): CommentOutcome {
  const status = httpStatus(error);
  if (status === 403 || status === 404) {
    return {
      action: 'refused',
      status,
      message:
        `depdiff could not write the pull request comment (HTTP ${status}). The token needs the ` +
        '`pull-requests: write` permission (add `permissions: { contents: read, pull-requests: write }` to the job). ' +
        'Pull requests from forks and from Dependabot get a read-only token under `pull_request`: the job summary, ' +
        'annotations, outputs and the check result still carry the review (see the README for `pull_request_target`).',
    };
  }
  throw error;
}

/** Creates the comment, or updates ours in place; an unchanged body makes no write at all. */
export async function upsertComment(
  client: GitHubClient,
  target: CommentTarget,
  body: string,
  existing: StickyComment | null,
): Promise<CommentOutcome> {
  try {
    if (existing) {
      if (existing.body === body) return { action: 'unchanged', id: existing.id, url: existing.url };
      const { data } = await client.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: existing.id,
        body,
      });
      return { action: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await client.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      body,
    });
    return { action: 'created', id: data.id, url: data.html_url };
  } catch (error) {
    return refusal(error);
  }
}

export async function deleteComment(client: GitHubClient, target: CommentTarget, existing: StickyComment): Promise<CommentOutcome> {
  try {
    await client.rest.issues.deleteComment({ owner: target.owner, repo: target.repo, comment_id: existing.id });
    return { action: 'deleted', id: existing.id };
  } catch (error) {
    return refusal(error);
  }
}

/**
 * What to do with the comment this run. `update-only` touches an existing comment but never opens a new
 * one: a PR that changes no lockfile gets no comment, but a stale one is corrected.
 */
export type CommentAction = 'upsert' | 'update-only' | 'delete' | 'skip';

export function decideComment(mode: CommentMode, state: { lockfilesChanged: boolean; findings: number }): CommentAction {
  if (mode === 'never') return 'skip';
  if (mode === 'on-findings') return state.lockfilesChanged && state.findings > 0 ? 'upsert' : 'delete';
  return state.lockfilesChanged ? 'upsert' : 'update-only';
}

/**
 * Finds our comments and applies `action` to the newest; older copies (a rerun that raced another, a comment
 * made before the author rule found it) are deleted so the pull request keeps exactly one.
 * A token that may not read or write comments yields `refused`.
 */
export async function publishComment(
  client: GitHubClient,
  target: CommentTarget,
  options: { action: CommentAction; body: string; author: CommentAuthor; marker?: string },
): Promise<CommentOutcome> {
  if (options.action === 'skip') return { action: 'none' };
  let ours: StickyComment[];
  try {
    ours = await findStickyComments(client, target, options.author, options.marker);
  } catch (error) {
    return refusal(error);
  }
  const existing = ours.at(-1) ?? null;
  let outcome: CommentOutcome;
  if (options.action === 'delete') outcome = existing ? await deleteComment(client, target, existing) : { action: 'none' };
  else if (options.action === 'update-only' && !existing) outcome = { action: 'none' };
  else outcome = await upsertComment(client, target, options.body, existing);
  if (outcome.action === 'none' || outcome.action === 'refused' || ours.length < 2) return outcome;

  let duplicatesDeleted = 0;
  for (const duplicate of ours.slice(0, -1)) {
    // Best effort: this run's comment is already in place, a leftover copy is not worth failing the job for.
    const removed = await deleteComment(client, target, duplicate).catch(() => undefined);
    if (removed?.action === 'deleted') duplicatesDeleted++;
  }
  return { ...outcome, duplicatesDeleted };
}
