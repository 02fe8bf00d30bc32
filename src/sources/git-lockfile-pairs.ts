import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { promisify } from 'node:util';
import { InputError } from '../model/errors.js';
import { isLockfilePath } from '../lockfile/detect.js';
import type { ManifestDeps } from '../lockfile/parse-context.js';
import type { LockfilePair } from '../pipeline/review.js';

const run = promisify(execFile);
/** Lockfiles can be tens of MB; git's output is buffered whole. */
const MAX_GIT_OUTPUT = 128 * 1024 * 1024;

/** git's stdout for `args` in `cwd`; rejects when git fails. */
export async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: MAX_GIT_OUTPUT, encoding: 'utf8' });
  return stdout;
}

export async function hasCommit(cwd: string, ref: string): Promise<boolean> {
  try {
    await git(cwd, ['cat-file', '-e', `${ref}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** The file's text at a commit, or null when the path does not exist there. */
export async function readFileAtRef(cwd: string, ref: string, path: string): Promise<string | null> {
  try {
    return await git(cwd, ['show', `${ref}:${path}`]);
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

/** Converts a simple glob (`**`, `*`, `?`) into an anchored RegExp over '/'-separated paths. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/**
 * A lockfile outside node_modules that matches one of the patterns (all when none are given).
 * bun's binary `bun.lockb` is included so that parsing it fails loudly with how to switch to
 * `bun.lock`: skipping it would pass a dependency change nobody reviewed.
 */
export function matchesLockfileFilter(path: string, only: string[] = []): boolean {
  const lockfile = isLockfilePath(path) || posix.basename(path) === 'bun.lockb';
  if (!lockfile || path.split('/').includes('node_modules')) return false;
  if (only.length === 0) return true;
  return only.some((pattern) => {
    const clean = pattern.replace(/^\.\//, '');
    return clean === path || globToRegExp(clean).test(path);
  });
}

/** The dependency maps of a package.json text; undefined when absent or not JSON. */
export function manifestDepsOf(text: string | null): ManifestDeps | undefined {
  if (!text) return undefined;
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    const pick = (key: string) => {
      const value = json[key];
      return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, string>) : undefined;
    };
    return {
      dependencies: pick('dependencies'),
      devDependencies: pick('devDependencies'),
      optionalDependencies: pick('optionalDependencies'),
      peerDependencies: pick('peerDependencies'),
    };
  } catch {
    return undefined;
  }
}

export interface GitPairsOptions {
  cwd: string;
  baseRef: string;
  /** undefined: compare against the working tree (the CLI's default). */
  headRef?: string;
  /** Restrict to these paths or glob patterns. */
  only?: string[];
}

/** Every supported lockfile that differs between the base ref and the head ref (or the working tree). */
export async function lockfilePairsFromGit(options: GitPairsOptions): Promise<LockfilePair[]> {
  const { cwd, baseRef, headRef } = options;
  if (!(await hasCommit(cwd, baseRef))) {
    throw new InputError(`git does not know the base ref "${baseRef}" in ${cwd} (fetch it first, e.g. git fetch origin main)`, {
      code: 'EGITREF',
    });
  }
  if (headRef && !(await hasCommit(cwd, headRef))) {
    throw new InputError(`git does not know the head ref "${headRef}" in ${cwd}`, { code: 'EGITREF' });
  }
  const range = headRef ? [baseRef, headRef] : [baseRef];
  const changed = (await git(cwd, ['diff', '--name-only', '--no-renames', '-z', ...range, '--']))
    .split('\0')
    .filter((path) => matchesLockfileFilter(path, options.only));
  // Untracked lockfiles in the working tree are new lockfiles too.
  if (!headRef) {
    const untracked = (await git(cwd, ['ls-files', '--others', '--exclude-standard', '-z'])).split('\0');
    for (const path of untracked) {
      if (matchesLockfileFilter(path, options.only)) {
        changed.push(path);
      }
    }
  }
  const readHead = (path: string) => (headRef ? readFileAtRef(cwd, headRef, path) : readWorkingFile(cwd, path));
  const pairs: LockfilePair[] = [];
  for (const path of [...new Set(changed)].sort()) {
    const manifestPath = posix.join(posix.dirname(path), 'package.json');
    const [before, after, manifestBefore, manifestAfter] = await Promise.all([
      readFileAtRef(cwd, baseRef, path),
      readHead(path),
      readFileAtRef(cwd, baseRef, manifestPath),
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
  return pairs;
}
