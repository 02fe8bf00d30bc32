import semver, { type SemVer } from 'semver';
import type { Change, LockedPackage, Lockfile, SourceType } from '../model/types.js';

// The project's own folders change with every commit and are reviewed in the PR itself, not fetched.
const LOCAL_SOURCES: ReadonlySet<SourceType> = new Set(['workspace', 'link']);
// Past this many old x new versions of one name, pair in version order instead of searching all pairs.
const MAX_PAIR_CANDIDATES = 10_000;

/**
 * What changed between two lockfiles, per real package name. A version present on both sides is no change
 * (moving in the tree is not one) unless what it is fetched from changed: another source, another
 * integrity, another git commit or tarball URL; those are reported as `updated` with from === to.
 * Remaining versions pair up closest-first, same major before any; the rest are added or removed.
 * `before`/`after` null means the lockfile was added/deleted.
 */
export function diffLockfiles(before: Lockfile | null, after: Lockfile | null): Change[] {
  const lockfile = after?.path ?? before?.path ?? '';
  const old = groupByName(before);
  const next = groupByName(after);
  const changes: Change[] = [];
  for (const name of new Set([...old.keys(), ...next.keys()])) {
    diffName(name, old.get(name) ?? new Map(), next.get(name) ?? new Map(), lockfile, changes);
  }
  return changes.sort(compareChanges);
}

type Versions = Map<string, LockedPackage[]>;

function groupByName(lockfile: Lockfile | null): Map<string, Versions> {
  const byName = new Map<string, Versions>();
  for (const entry of lockfile?.packages ?? []) {
    if (LOCAL_SOURCES.has(entry.source)) continue;
    let versions = byName.get(entry.name);
    if (versions === undefined) byName.set(entry.name, (versions = new Map()));
    const copies = versions.get(entry.version);
    if (copies === undefined) versions.set(entry.version, [entry]);
    else copies.push(entry);
  }
  return byName;
}

function diffName(name: string, old: Versions, next: Versions, lockfile: string, changes: Change[]): void {
  const added: string[] = [];
  for (const [version, copies] of next) {
    const previous = old.get(version);
    if (previous === undefined) {
      added.push(version);
      continue;
    }
    const changed = copies.find((copy) => !previous.some((earlier) => sameArtifact(earlier, copy)));
    if (changed !== undefined) {
      const earlier = previous.find((entry) => entry.source === changed.source) ?? previous[0];
      changes.push(change(name, 'updated', earlier, changed, lockfile));
    }
  }
  const removed = [...old.keys()].filter((version) => !next.has(version));
  const pairs = pairVersions(added, removed);
  for (const [to, from] of pairs) {
    const type = isDowngrade(from, to) ? 'downgraded' : 'updated';
    changes.push(change(name, type, old.get(from)![0], next.get(to)![0], lockfile));
  }
  for (const to of added) if (!pairs.has(to)) changes.push(change(name, 'added', undefined, next.get(to)![0], lockfile));
  const paired = new Set(pairs.values());
  for (const from of removed) {
    if (!paired.has(from)) changes.push(change(name, 'removed', old.get(from)![0], undefined, lockfile));
  }
}

function change(
  name: string,
  type: Change['type'],
  before: LockedPackage | undefined,
  after: LockedPackage | undefined,
  lockfile: string,
): Change {
  const current = after ?? before!;
  return {
    name,
    from: before?.version ?? null,
    to: after?.version ?? null,
    type,
    direct: current.direct,
    dev: current.dev,
    lockfile,
    ...(before !== undefined ? { before } : {}),
    ...(after !== undefined ? { after } : {}),
  };
}

/** Same bytes as far as the lockfiles can tell: an integrity only one side records is no evidence of change. */
function sameArtifact(a: LockedPackage, b: LockedPackage): boolean {
  if (a.source !== b.source) return false;
  if (a.source !== 'registry' && (a.resolved ?? '') !== (b.resolved ?? '')) return false;
  return sameIntegrity(a.integrity, b.integrity);
}

function sameIntegrity(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined || a === b) return true;
  const left = digests(a);
  for (const [algorithm, digest] of digests(b)) {
    const other = left.get(algorithm);
    if (other !== undefined && other !== digest) return false;
  }
  return true;
}

/** `sha512-x sha1-y` -> {sha512: x, sha1: y}; a bare hex string is a legacy sha1. */
function digests(integrity: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const part of integrity.trim().split(/\s+/)) {
    const dash = part.indexOf('-');
    if (dash > 0) found.set(part.slice(0, dash).toLowerCase(), part.slice(dash + 1).replace(/\?.*$/, ''));
    else if (/^[0-9a-f]{40}$/i.test(part)) found.set('sha1hex', part.toLowerCase());
  }
  return found;
}

/** new version -> old version. Closest same-major pairs first, then closest of any major. */
function pairVersions(added: string[], removed: string[]): Map<string, string> {
  const pairs = new Map<string, string>();
  if (added.length === 0 || removed.length === 0) return pairs;
  const parsed = new Map<string, SemVer | null>();
  for (const version of [...added, ...removed]) parsed.set(version, semver.parse(version, { loose: true }));
  if (added.length * removed.length > MAX_PAIR_CANDIDATES) {
    const order = (a: string, b: string): number => compareVersions(a, b);
    const news = [...added].sort(order);
    const olds = [...removed].sort(order);
    for (let at = 0; at < Math.min(news.length, olds.length); at++) pairs.set(news[at], olds[at]);
    return pairs;
  }
  const candidates: Array<{ to: string; from: string; sameMajor: boolean; distance: number[] }> = [];
  for (const to of added) {
    for (const from of removed) {
      const a = parsed.get(to)!;
      const b = parsed.get(from)!;
      candidates.push({
        to,
        from,
        sameMajor: a !== null && b !== null && a.major === b.major,
        distance:
          a === null || b === null
            ? [Infinity]
            : [Math.abs(a.major - b.major), Math.abs(a.minor - b.minor), Math.abs(a.patch - b.patch)],
      });
    }
  }
  candidates.sort(
    (x, y) =>
      Number(y.sameMajor) - Number(x.sameMajor) ||
      compareTuples(x.distance, y.distance) ||
      compareVersions(x.to, y.to) ||
      compareVersions(x.from, y.from),
  );
  const used = new Set<string>();
  for (const candidate of candidates) {
    if (pairs.has(candidate.to) || used.has(candidate.from)) continue;
    pairs.set(candidate.to, candidate.from);
    used.add(candidate.from);
  }
  return pairs;
}

function compareTuples(a: number[], b: number[]): number {
  for (let at = 0; at < Math.max(a.length, b.length); at++) {
    const difference = (a[at] ?? 0) - (b[at] ?? 0);
    if (difference !== 0 && !Number.isNaN(difference)) return difference;
  }
  return 0;
}

/** Non-semver versions (git commits, URLs) cannot be ordered, so they never count as downgrades. */
function isDowngrade(from: string, to: string): boolean {
  const a = semver.valid(from, { loose: true });
  const b = semver.valid(to, { loose: true });
  return a !== null && b !== null && semver.lt(b, a, { loose: true });
}

/** A total order: semver versions by precedence, then the rest (git commits, URLs) by text. */
function compareVersions(a: string, b: string): number {
  const left = semver.valid(a, { loose: true });
  const right = semver.valid(b, { loose: true });
  if (left !== null && right !== null) {
    const order = semver.compare(left, right, { loose: true });
    if (order !== 0) return order;
  } else if (left !== null) {
    return -1;
  } else if (right !== null) {
    return 1;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareChanges(a: Change, b: Change): number {
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return compareVersions(a.to ?? '', b.to ?? '') || compareVersions(a.from ?? '', b.from ?? '');
}
