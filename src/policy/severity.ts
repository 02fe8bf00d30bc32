import type { FailOn, Severity } from '../model/types.js';

const RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };

/** Higher is worse: critical 4 ... info 0. */
export function severityRank(severity: Severity): number {
  return RANK[severity];
}

/** Whether a finding of `severity` fails a review whose threshold is `threshold`. */
export function atLeast(severity: Severity, threshold: FailOn): boolean {
  if (threshold === 'never') return false;
  return RANK[severity] >= RANK[threshold];
}

/** The worse of the given severities, or null when there are none. */
export function worstOf(severities: Iterable<Severity>): Severity | null {
  let worst: Severity | null = null;
  for (const severity of severities) {
    if (worst === null || RANK[severity] > RANK[worst]) worst = severity;
  }
  return worst;
}
