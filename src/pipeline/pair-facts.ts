import type { PairFact } from '../model/pair-fact.js';
import type { ChangeReport } from '../model/types.js';
import { toFinding } from './review-package.js';

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
