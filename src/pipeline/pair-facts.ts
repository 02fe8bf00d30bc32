import type { Change, ChangeReport, Fact, LockedPackage } from '../model/types.js';
import { toFinding } from './review-package.js';

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

/**
 * Adds each fact to the report of its change, or a report of its own when the review has none for it.
 * The facts are checked before fetching, so they also hold under `--no-fetch`.
 */
export function attachPairFacts(reports: ChangeReport[], pairFacts: PairFact[]): ChangeReport[] {
  const result = [...reports];
  for (const { change, fact } of pairFacts) {
    const at = result.findIndex((report) => report.lockfile === change.lockfile && report.name === change.name && report.to === change.to && report.from === change.from);
    if (at >= 0) {
      const report = result[at];
      if (report.findings.some((finding) => finding.key === fact.key)) continue;
      result[at] = { ...report, findings: [...report.findings, toFinding(fact, change)] };
    } else {
      result.push({ ...change, findings: [toFinding(fact, change)], worst: null });
    }
  }
  return result;
}
