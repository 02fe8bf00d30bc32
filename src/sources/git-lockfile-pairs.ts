import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { minimatch } from 'minimatch';
import { InputError } from '../model/errors.js';
import { isLockfilePath } from '../lockfile/detect.js';
import { manifestDepsOf } from '../lockfile/parse-context.js';
import type { LockfilePair, PatchFile, UnlockedManifest } from '../model/types.js';
import { git, type GitRepo } from './run-git.js';
import { isManifestPath, unlockedManifests } from './unlocked-manifests.js';
import { changedPatches, isPatchPath } from './install-patches.js';


export async function hasCommit(repo: GitRepo, ref: string): Promise<boolean> {
  try {
    await git(repo, ['cat-file', '-e', `${ref}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** The file's text at a commit, or null when the path does not exist there. */
export async function readFileAtRef(repo: GitRepo, ref: string, path: string): Promise<string | null> {
  try {
    // cat-file prints the stored bytes: no textconv or filter program sees them.
    return await git(repo, ['cat-file', 'blob', `${ref}:${path}`]);
  } catch {
    return null;
  }
}

export async function readWorkingFile(cwd: string, path: string): Promise<string | null> {
  try {
    return await readFile(join(cwd, path), 'utf8');
  } catch {
    return null;
  }
}

/** Whether `path` (from the repository root) matches one glob, minimatch's rules; `./` at the start is dropped. */
function globMatches(path: string, pattern: string): boolean {
  return minimatch(path, pattern.replace(/^\.\//, ''), { dot: true, nonegate: true, nocomment: true });
}

/**
 * A lockfile outside node_modules that matches one of the patterns (all when none are given), and none of the
 * `!` exclusions (e.g. `!examples/**`: a monorepo's fixtures need no review).
 * bun's binary `bun.lockb` is included so that parsing it fails loudly with how to switch to
 * `bun.lock`: skipping it would pass a dependency change nobody reviewed.
 */
export function matchesLockfileFilter(path: string, only: string[] = []): boolean {
  const lockfile = isLockfilePath(path) || posix.basename(path) === 'bun.lockb';
  if (!lockfile || path.split('/').includes('node_modules')) return false;
  const includes = only.filter((pattern) => !pattern.startsWith('!'));
  const excludes = only.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1));
  if (excludes.some((pattern) => globMatches(path, pattern))) return false;
  return includes.length === 0 || includes.some((pattern) => globMatches(path, pattern));
}

export interface GitPairsOptions {
  /** Any folder inside the repository; paths are read from the repository root. */
  cwd: string;
  /** The environment the entry point read; git gets only PATH, HOME and locale from it. */
  env: NodeJS.ProcessEnv;
  baseRef: string;
  /** undefined: compare against the working tree (the CLI's default). */
  headRef?: string;
  /** Restrict to these paths or glob patterns (from the repository root). */
  only?: string[];
  /** A pattern in `only` that names no lockfile on either side is an input error (the CLI: a typo must not pass). */
  requireMatches?: boolean;
}

/** The top folder of the repository that holds `cwd`. */
export async function repositoryRoot(repo: GitRepo): Promise<string> {
  try {
    return (await git(repo, ['rev-parse', '--show-toplevel'])).replace(/\r?\n$/, '');
  } catch {
    throw new InputError(`${repo.cwd} is not inside a git repository; --base-ref needs one (or give two lockfiles instead)`, {
      code: 'EGITREF',
    });
  }
}

/** Path -> blob id of every file in a commit's tree that `keep` accepts (lockfiles by default). */
export async function filesInCommit(repo: GitRepo, ref: string, keep: (path: string) => boolean = (path) => matchesLockfileFilter(path)): Promise<Map<string, string>> {
  const entries = new Map<string, string>();
  for (const line of (await git(repo, ['ls-tree', '-r', '-z', '--full-tree', ref])).split('\0')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const [, type, oid] = line.slice(0, tab).split(' ');
    const path = line.slice(tab + 1);
    if (type === 'blob' && keep(path)) entries.set(path, oid);
  }
  return entries;
}

/** git's blob id of a file's bytes, computed here: `git hash-object` would run the checkout's clean filters. */
function blobId(bytes: Buffer, algorithm: 'sha1' | 'sha256'): string {
  return createHash(algorithm).update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/**
 * Path -> blob id of every file `keep` accepts in the working tree (tracked or untracked, not ignored).
 * Read by content rather than with `git diff`, which runs the checkout's clean filters on changed files.
 */
export async function filesInWorkingTree(
  repo: GitRepo,
  algorithm: 'sha1' | 'sha256',
  keep: (path: string) => boolean = (path) => matchesLockfileFilter(path),
): Promise<Map<string, string | null>> {
  // `--stage` gives each tracked path's mode: a submodule (160000) named like a lockfile is a folder, not a file.
  const tracked = (await git(repo, ['ls-files', '--stage', '-z']))
    .split('\0')
    .filter((line) => !line.startsWith('160000 '))
    .map((line) => line.slice(line.indexOf('\t') + 1));
  const listed = [...tracked, ...(await git(repo, ['ls-files', '--others', '--exclude-standard', '-z'])).split('\0')].filter(
    (path) => path !== '' && keep(path),
  );
  const entries = new Map<string, string | null>();
  for (const path of new Set(listed)) {
    try {
      entries.set(path, blobId(await readFile(join(repo.cwd, path)), algorithm));
    } catch {
      entries.set(path, null); // deleted from the working tree but still in the index
    }
  }
  return entries;
}

function checkPatternsMatch(only: string[], paths: Iterable<string>): void {
  const known = [...paths];
  for (const pattern of only) {
    // An exclusion that names nothing is as much a typo as an inclusion that names nothing.
    const positive = pattern.startsWith('!') ? pattern.slice(1) : pattern;
    if (!known.some((path) => matchesLockfileFilter(path, [positive]))) {
      throw new InputError(
        `--lockfile ${pattern} matches no lockfile in either commit (patterns are paths from the repository root, e.g. packages/web/package-lock.json or **/yarn.lock)`,
        { code: 'EUSAGE' },
      );
    }
  }
}

export interface GitReviewInputs {
  pairs: LockfilePair[];
  /** package.json dependency changes that no lockfile change covers. */
  unlocked: UnlockedManifest[];
  /** Install-time patches (patch-package, pnpm, yarn) that the head adds or changes. */
  patches: PatchFile[];
}

/** The changed lockfiles, and the package.json dependency changes beside them that no lockfile follows. */
export async function reviewInputsFromGit(options: GitPairsOptions): Promise<GitReviewInputs> {
  const { baseRef, headRef } = options;
  const root = await repositoryRoot({ cwd: options.cwd, env: options.env });
  const repo: GitRepo = { cwd: root, env: options.env };
  if (!(await hasCommit(repo, baseRef))) {
    throw new InputError(`git does not know the base ref "${baseRef}" in ${root} (fetch it first, e.g. git fetch origin main)`, {
      code: 'EGITREF',
    });
  }
  if (headRef && !(await hasCommit(repo, headRef))) {
    throw new InputError(`git does not know the head ref "${headRef}" in ${root}`, { code: 'EGITREF' });
  }
  const base = await filesInCommit(repo, baseRef);
  const algorithm = [...base.values()][0]?.length === 64 ? 'sha256' : 'sha1';
  const head: Map<string, string | null> = headRef ? await filesInCommit(repo, headRef) : await filesInWorkingTree(repo, algorithm);
  const only = options.only ?? [];
  if (options.requireMatches) checkPatternsMatch(only, [...base.keys(), ...head.keys()]);
  const changed = [...new Set([...base.keys(), ...head.keys()])]
    .filter((path) => base.get(path) !== head.get(path) && matchesLockfileFilter(path, only))
    .sort();

  const readHead = (path: string) => (headRef ? readFileAtRef(repo, headRef, path) : readWorkingFile(root, path));
  const pairs: LockfilePair[] = [];
  for (const path of changed) {
    const manifestPath = posix.join(posix.dirname(path), 'package.json');
    const [before, after, manifestBefore, manifestAfter] = await Promise.all([
      base.has(path) ? readFileAtRef(repo, baseRef, path) : null,
      readHead(path),
      readFileAtRef(repo, baseRef, manifestPath),
      readHead(manifestPath),
    ]);
    if (before === after) continue;
    pairs.push({
      path,
      before,
      after,
      rootManifest: { before: manifestDepsOf(manifestBefore), after: manifestDepsOf(manifestAfter) },
    });
  }
  const [baseManifests, headManifests] = await Promise.all([
    filesInCommit(repo, baseRef, isManifestPath),
    headRef ? filesInCommit(repo, headRef, isManifestPath) : filesInWorkingTree(repo, algorithm, isManifestPath),
  ]);
  const unlocked = await unlockedManifests({
    changedManifests: [...new Set([...baseManifests.keys(), ...headManifests.keys()])].filter((path) => baseManifests.get(path) !== headManifests.get(path)),
    lockfiles: new Set([...base.keys(), ...head.keys()]),
    changedLockfiles: new Set(pairs.map((pair) => pair.path)),
    keep: (lockfile) => only.length === 0 || (lockfile !== null && matchesLockfileFilter(lockfile, only)),
    readBase: (path) => readFileAtRef(repo, baseRef, path),
    readHead,
  });
  const [basePatches, headPatches] = await Promise.all([
    filesInCommit(repo, baseRef, isPatchPath),
    headRef ? filesInCommit(repo, headRef, isPatchPath) : filesInWorkingTree(repo, algorithm, isPatchPath),
  ]);
  const patchPaths = [...headPatches.keys()].filter((path) => basePatches.get(path) !== headPatches.get(path));
  const patches = await changedPatches(patchPaths, (path) => readFileAtRef(repo, baseRef, path), readHead);
  return { pairs, unlocked, patches };
}
