import { posix } from 'node:path';
import { InputError } from '../model/errors.js';
import { manifestDepsOf } from '../lockfile/parse-context.js';
import { matchesLockfileFilter } from './git-lockfile-pairs.js';
import type { LockfilePair } from '../model/types.js';
import type { GitHubClient, RepoRef } from '../github/client.js';
import { httpStatus } from '../github/http-status.js';

/** The contents API serves files up to 100 MB; no real lockfile comes near, an attacker's might. */
export const MAX_API_FILE_BYTES = 64 * 1024 * 1024;
/** The compare API lists at most this many files; a longer change needs the pull request's own file list. */
const COMPARE_FILE_CAP = 300;

function decode(data: unknown): string {
  if (typeof data === 'string') return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
  throw new Error('unexpected raw response from the contents API');
}

/**
 * A file's text at a commit through the contents API, or null when it does not exist there.
 * JSON answers carry base64 content up to 1 MB; beyond that `encoding` is "none" and the raw media type
 * is the way to get it, which costs a second request only for the rare large lockfile.
 */
export async function fetchFileAtRef(client: GitHubClient, repo: RepoRef, path: string, ref: string): Promise<string | null> {
  let data: unknown;
  try {
    ({ data } = await client.rest.repos.getContent({ ...repo, path, ref }));
  } catch (error) {
    if (httpStatus(error) === 404) return null;
    throw error;
  }
  if (!data || Array.isArray(data) || typeof data !== 'object') return null;
  const file = data as { type?: string; size?: number; encoding?: string; content?: string };
  if (file.type !== 'file') return null;
  if ((file.size ?? 0) > MAX_API_FILE_BYTES) {
    throw new InputError(`${path} at ${ref.slice(0, 12)} is ${file.size} bytes, over depdiff's ${MAX_API_FILE_BYTES}-byte limit.`, {
      code: 'ETOOLARGE',
      file: path,
    });
  }
  if (file.encoding === 'base64' && typeof file.content === 'string') return Buffer.from(file.content, 'base64').toString('utf8');
  const raw = await client.rest.repos.getContent({ ...repo, path, ref, mediaType: { format: 'raw' } });
  return decode(raw.data);
}

export interface ChangedFiles {
  /** The commit the head branched from; the base side of the review is read there. */
  mergeBase: string;
  paths: string[];
}

/** Files changed on the head side since it branched from base (the three-dot comparison a PR shows). */
export async function changedFilesBetween(
  client: GitHubClient,
  repo: RepoRef,
  base: string,
  head: string,
  pullNumber?: number,
): Promise<ChangedFiles> {
  const { data } = await client.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${base}...${head}` });
  const mergeBase = data.merge_base_commit?.sha ?? base;
  const files = data.files ?? [];
  if (files.length < COMPARE_FILE_CAP || pullNumber === undefined) {
    return { mergeBase, paths: files.flatMap((file) => (file.previous_filename ? [file.filename, file.previous_filename] : [file.filename])) };
  }
  const listed = await client.paginate(client.rest.pulls.listFiles, { ...repo, pull_number: pullNumber, per_page: 100 });
  return { mergeBase, paths: listed.flatMap((file) => (file.previous_filename ? [file.filename, file.previous_filename] : [file.filename])) };
}

export type FileReader = (path: string) => Promise<string | null>;

/**
 * Lockfile pairs without the base commit in the checkout (a shallow `actions/checkout`): the changed
 * lockfiles come from the compare API, the base side from the contents API, the head side from `readHead`
 * (git objects or the contents API at the head commit; never code that runs).
 */
export async function lockfilePairsFromApi(options: {
  paths: string[];
  readBase: FileReader;
  readHead: FileReader;
  only: string[];
}): Promise<LockfilePair[]> {
  const lockfiles = [...new Set(options.paths.filter((path) => matchesLockfileFilter(path, options.only)))].sort();
  const pairs: LockfilePair[] = [];
  for (const path of lockfiles) {
    const [before, after] = await Promise.all([options.readBase(path), options.readHead(path)]);
    if (before === after) continue;
    const pair: LockfilePair = { path, before, after };
    // Only yarn classic needs the manifest to know which packages are direct; skip the requests elsewhere.
    if (posix.basename(path) === 'yarn.lock') {
      const manifest = posix.join(posix.dirname(path), 'package.json');
      const [manifestBefore, manifestAfter] = await Promise.all([options.readBase(manifest), options.readHead(manifest)]);
      pair.rootManifest = { before: manifestDepsOf(manifestBefore), after: manifestDepsOf(manifestAfter) };
    }
    pairs.push(pair);
  }
  return pairs;
}
