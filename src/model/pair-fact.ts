import type { Change, Fact, LockedPackage } from './types.js';

/**
 * A fact found by looking at a whole lockfile pair (or the files beside it) rather than at one package:
 * an alias swap, an install-time patch, a package.json change the lockfile does not follow.
 */
export interface PairFact {
  /** The change it belongs to: an existing change of the diff when there is one, else one made up for it. */
  change: Change;
  fact: Fact;
}

/** A change the diff did not produce, so that a pair-level fact has a row of its own; never fetched. */
export function standaloneChange(lockfile: string, name: string, from: string | null, to: string | null, entry?: LockedPackage): Change {
  return {
    name,
    from,
    to,
    type: from === null ? 'added' : to === null ? 'removed' : 'updated',
    direct: entry?.direct ?? true,
    dev: entry?.dev ?? false,
    lockfile,
    ...(entry !== undefined ? { after: entry } : {}),
  };
}

/** The diff's change for this package in this lockfile, when there is one. */
export function changeOf(changes: Change[], lockfile: string, entry: LockedPackage): Change | undefined {
  return changes.find((change) => change.lockfile === lockfile && change.name === entry.name && change.to === entry.version);
}
