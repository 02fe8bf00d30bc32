// A package.json whose dependencies change while no lockfile follows: the lockfile diff sees nothing, so
// without this the review would say "No dependency changes" and pass, while CI installs whatever the new
// ranges resolve to (or, with a lockfile left out of sync, whatever a non-strict install picks).
import { posix } from 'node:path';
import { LOCKFILE_NAMES } from '../lockfile/detect.js';
import type { DependencyEdit, ManifestDeps, UnlockedManifest } from '../model/types.js';

import { manifestDepsOf } from '../lockfile/parse-context.js';

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const;

export function isManifestPath(path: string): boolean {
  return posix.basename(path) === 'package.json' && !path.split('/').includes('node_modules');
}

/** Added or changed dependency ranges. Removals install nothing, and `workspace:` ranges are the repository's own code. */
export function dependencyEdits(before: ManifestDeps | undefined, after: ManifestDeps | undefined): DependencyEdit[] {
  const edits: DependencyEdit[] = [];
  for (const field of DEPENDENCY_FIELDS) {
    const old = before?.[field] ?? {};
    for (const [name, to] of Object.entries(after?.[field] ?? {})) {
      if (typeof to !== 'string' || to.startsWith('workspace:')) continue;
      const from = Object.hasOwn(old, name) && typeof old[name] === 'string' ? old[name] : null;
      if (from !== to) edits.push({ field, name, from, to });
    }
  }
  return edits;
}

/** The lockfile in the manifest's folder or the nearest folder above it (a workspace root), or null. */
export function governingLockfile(manifest: string, lockfiles: Iterable<string>): string | null {
  const known = new Set(lockfiles);
  let dir = posix.dirname(manifest);
  for (;;) {
    for (const name of [...LOCKFILE_NAMES, 'bun.lockb']) {
      const candidate = dir === '.' ? name : `${dir}/${name}`;
      if (known.has(candidate)) return candidate;
    }
    if (dir === '.' || dir === '') return null;
    dir = posix.dirname(dir);
  }
}

export interface UnlockedInput {
  /** package.json files that differ between base and head. */
  changedManifests: string[];
  /** Every lockfile path on the head side (and the base side: a deleted lockfile is a changed one). */
  lockfiles: Iterable<string>;
  /** The lockfiles whose content differs: their diff covers the manifests they govern. */
  changedLockfiles: ReadonlySet<string>;
  /** Keep only manifests whose governing lockfile passes (the user's --lockfile patterns). */
  keep?: (lockfile: string | null) => boolean;
  readBase: (path: string) => Promise<string | null>;
  readHead: (path: string) => Promise<string | null>;
}

export async function unlockedManifests(input: UnlockedInput): Promise<UnlockedManifest[]> {
  const lockfiles = [...input.lockfiles];
  const found: UnlockedManifest[] = [];
  for (const manifest of [...new Set(input.changedManifests.filter(isManifestPath))].sort()) {
    const lockfile = governingLockfile(manifest, lockfiles);
    if (lockfile !== null && input.changedLockfiles.has(lockfile)) continue;
    if (input.keep && !input.keep(lockfile)) continue;
    const [before, after] = await Promise.all([input.readBase(manifest), input.readHead(manifest)]);
    const edits = dependencyEdits(manifestDepsOf(before), manifestDepsOf(after));
    if (edits.length > 0) found.push({ manifest, lockfile, edits });
  }
  return found;
}

/**
 * Without a tree listing (the API path), the lockfiles that could govern these manifests, found by asking
 * for each lockfile name in each folder from the manifest's up to the root. Only for manifests that changed.
 */
export async function lockfilesAbove(manifests: string[], read: (path: string) => Promise<string | null>): Promise<string[]> {
  const candidates = new Set<string>();
  for (const manifest of manifests.filter(isManifestPath)) {
    let dir = posix.dirname(manifest);
    for (;;) {
      for (const name of LOCKFILE_NAMES) candidates.add(dir === '.' ? name : `${dir}/${name}`);
      if (dir === '.' || dir === '') break;
      dir = posix.dirname(dir);
    }
  }
  const found: string[] = [];
  for (const path of [...candidates].sort()) if ((await read(path)) !== null) found.push(path);
  return found;
}
