import type { GitHubClient, RepoRef } from './client.js';
import { httpStatus } from './client.js';
import type { CommentMode } from './inputs.js';

/** Hidden in the rendered comment; how the action finds its own comment again. */
export const COMMENT_MARKER = '<!-- depdiff -->';

/**
 * The login the workflow's GITHUB_TOKEN comments as. Installation tokens (GITHUB_TOKEN and GitHub
 * App tokens) cannot call GET /user, so this is the fallback identity when that call is refused.
 */
export const GITHUB_ACTIONS_LOGIN = 'github-actions[bot]';

export interface CommentTarget extends RepoRef {
  issueNumber: number;
}

export interface StickyComment {
  id: number;
  body: string;
  url: string;
}

export type CommentOutcome =
  | { action: 'created' | 'updated' | 'unchanged'; id: number; url: string }
  | { action: 'deleted'; id: number }
  | { action: 'none' }
  | { action: 'refused'; status: number; message: string };

/**
 * Whose comments count as ours. A personal access token can ask GET /user; installation tokens (prefix
 * `ghs_`, which GITHUB_TOKEN is) get 403 there, so they skip the request and use github-actions[bot].
 * With a GitHub App's token, comments are by `<app-slug>[bot]`: pass that login as `author` instead.
 */
export async function resolveCommentAuthor(client: GitHubClient, token: string): Promise<string> {
  if (token.startsWith('ghs_')) return GITHUB_ACTIONS_LOGIN;
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login || GITHUB_ACTIONS_LOGIN;
  } catch {
    return GITHUB_ACTIONS_LOGIN;
  }
}

/** The first comment that carries the marker and was written by `author`; anyone else quoting the marker is ignored. */
export async function findStickyComment(
  client: GitHubClient,
  target: CommentTarget,
  author: string,
  marker = COMMENT_MARKER,
): Promise<StickyComment | null> {
  const iterator = client.paginate.iterator(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  for await (const page of iterator) {
    for (const comment of page.data) {
      const login = comment.user?.login ?? '';
      if (login.toLowerCase() === author.toLowerCase() && (comment.body ?? '').includes(marker)) {
        return { id: comment.id, body: comment.body ?? '', url: comment.html_url };
      }
    }
  }
  return null;
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

/** Finds our comment and applies `action`; a token that may not read or write comments yields `refused`. */
export async function publishComment(
  client: GitHubClient,
  target: CommentTarget,
  options: { action: CommentAction; body: string; author: string; marker?: string },
): Promise<CommentOutcome> {
  if (options.action === 'skip') return { action: 'none' };
  let existing: StickyComment | null;
  try {
    existing = await findStickyComment(client, target, options.author, options.marker);
  } catch (error) {
    return refusal(error);
  }
  if (options.action === 'delete') return existing ? deleteComment(client, target, existing) : { action: 'none' };
  if (options.action === 'update-only' && !existing) return { action: 'none' };
  return upsertComment(client, target, options.body, existing);
}
