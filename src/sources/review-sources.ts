import { InputError } from '../model/errors.js';
import { git, type GitRepo } from './run-git.js';
import { hasCommit, matchesLockfileFilter, readFileAtRef, readWorkingFile, reviewInputsFromGit } from './git-lockfile-pairs.js';
import { changedPatches } from './install-patches.js';
import { isManifestPath, lockfilesAbove, unlockedManifests } from './unlocked-manifests.js';
import type { LockfilePair, PatchFile, UnlockedManifest } from '../model/types.js';
import { changedFilesBetween, fetchFileAtRef, lockfilePairsFromApi, type FileReader } from './github-base-lockfiles.js';
import type { GitHubClient, RepoRef } from '../github/client.js';
import type { EventRefs } from '../github/event-refs.js';

export interface ReviewSources {
  pairs: LockfilePair[];
  /** package.json dependency changes that no lockfile change covers. */
  unlocked: UnlockedManifest[];
  /** Install-time patches the head adds or changes. */
  patches: PatchFile[];
  /** Reads a file of the trusted base commit: the config file and .npmrc come from here only. */
  readTrusted: FileReader;
  /** Whether the head changes this path (used to say in the comment that a config change applies after merge). */
  headChanges(path: string): Promise<boolean>;
  /** How the lockfiles were read, for the log. */
  via: 'git' | 'api';
}

async function gitOutput(repo: GitRepo, args: string[]): Promise<string | null> {
  try {
    return (await git(repo, args)).trim();
  } catch {
    return null;
  }
}

export interface CollectSourcesOptions {
  workspace: string;
  /** The environment the entry point read; git gets only PATH, HOME and locale from it. */
  env: NodeJS.ProcessEnv;
  eventName: string;
  refs: EventRefs;
  only: string[];
  client?: GitHubClient;
  repo?: RepoRef;
  /** GITHUB_SHA: for pull_request, the merge commit that actions/checkout checks out. */
  checkoutSha?: string;
}

/**
 * Decides where both sides of the review come from. Git when the checkout holds the base commit and the
 * head (as a commit, or as the working tree when that is the head); otherwise the GitHub API, so that a
 * default shallow `actions/checkout` works. Under pull_request_target the working tree is never read as
 * the head: head lockfiles are data from git objects or the contents API at the head SHA.
 */
export async function collectSources(options: CollectSourcesOptions): Promise<ReviewSources> {
  const { workspace: cwd, refs } = options;
  const repo: GitRepo = { cwd, env: options.env };
  const baseInGit = await hasCommit(repo, refs.base);
  const headInGit = refs.head !== undefined && (await hasCommit(repo, refs.head));
  const workingTreeIsHead = await isWorkingTreeHead(repo, options);
  const readTrustedFromGit: FileReader = (path) => readFileAtRef(repo, refs.base, path);
  if (baseInGit && (headInGit || workingTreeIsHead)) return sourcesFromGit(repo, options, headInGit ? refs.head : undefined, readTrustedFromGit);
  return sourcesFromApi(repo, options, { baseInGit, headInGit, readTrustedFromGit });
}

/** Whether the checked-out working tree is the head of the review; never under pull_request_target. */
async function isWorkingTreeHead(repo: GitRepo, { refs, eventName, checkoutSha }: CollectSourcesOptions): Promise<boolean> {
  const checkedOut = await gitOutput(repo, ['rev-parse', 'HEAD']);
  return (
    !refs.untrustedHead &&
    (refs.head === undefined || (checkedOut !== null && (checkedOut === refs.head || (eventName === 'pull_request' && checkedOut === checkoutSha))))
  );
}

/** Both sides from git: the base commit, and the head commit (or, without one, the working tree). */
async function sourcesFromGit(repo: GitRepo, options: CollectSourcesOptions, head: string | undefined, readTrustedFromGit: FileReader): Promise<ReviewSources> {
  const { refs } = options;
  // Compare from where the head branched off, so base-branch commits since then are not reported as reverted.
  const mergeBase = head ? await gitOutput(repo, ['merge-base', refs.base, head]) : null;
  const readHead: FileReader = head ? (path) => readFileAtRef(repo, head, path) : (path) => readWorkingFile(repo.cwd, path);
  return {
    ...(await reviewInputsFromGit({ cwd: repo.cwd, env: options.env, baseRef: mergeBase || refs.base, headRef: head, only: options.only })),
    readTrusted: readTrustedFromGit,
    headChanges: async (path) => (await readTrustedFromGit(path)) !== (await readHead(path)),
    via: 'git',
  };
}

/** The base (and the head, unless its commit is in the checkout) through the GitHub API: a shallow checkout is enough. */
async function sourcesFromApi(
  repo: GitRepo,
  options: CollectSourcesOptions,
  { baseInGit, headInGit, readTrustedFromGit }: { baseInGit: boolean; headInGit: boolean; readTrustedFromGit: FileReader },
): Promise<ReviewSources> {
  const { refs, client, repo: github } = options;
  if (!client || !github || refs.head === undefined) {
    throw new InputError(
      `The base commit ${refs.base} is not in the checkout at ${repo.cwd}, and depdiff cannot ask the GitHub API instead ` +
        `(${!client ? 'no github-token' : !github ? 'no GITHUB_REPOSITORY' : 'no head commit'}). ` +
        'Use actions/checkout with fetch-depth: 0, or give the github-token input.',
      { code: 'ENOBASE' },
    );
  }
  const head = refs.head;
  const changed = await changedFilesBetween(client, github, refs.base, head, refs.pullNumber);
  const readHead: FileReader = headInGit ? (path) => readFileAtRef(repo, head, path) : (path) => fetchFileAtRef(client, github, path, head);
  const changedPaths = new Set(changed.paths);
  const readBase: FileReader = (path) => fetchFileAtRef(client, github, path, changed.mergeBase);
  const pairs = await lockfilePairsFromApi({ paths: changed.paths, readBase, readHead, only: options.only });
  const changedManifests = changed.paths.filter(isManifestPath);
  const readEither: FileReader = async (path) => (await readHead(path)) ?? (await readBase(path));
  return {
    pairs,
    patches: await changedPatches(changed.paths, readBase, readHead),
    unlocked: await unlockedManifests({
      changedManifests,
      lockfiles: changedManifests.length > 0 ? await lockfilesAbove(changedManifests, readEither) : [],
      changedLockfiles: new Set(pairs.map((pair) => pair.path)),
      keep: (lockfile) => options.only.length === 0 || (lockfile !== null && matchesLockfileFilter(lockfile, options.only)),
      readBase,
      readHead,
    }),
    readTrusted: baseInGit ? readTrustedFromGit : (path) => fetchFileAtRef(client, github, path, refs.base),
    headChanges: async (path) => changedPaths.has(path),
    via: 'api',
  };
}
