import type { ChangeReport, Finding, Report, Verdict } from '../model/types.js';
import { expiredNote, isExpired, ruleMatches } from './ignore.js';
import { denyFinding } from './deny.js';
import { licenseFinding } from './license-findings.js';
import { failsInScope } from './scopes.js';
import { atLeast, worstOf } from './severity.js';
import type { IgnoreRule, Policy } from './types.js';

export interface PolicyResult {
  changes: ChangeReport[];
  /** Only the policy's own notes (expired ignores, findings exempt by scope); the caller adds them to the review's notes. */
  notes: string[];
  verdict: Verdict;
  counts: Report['counts'];
}

/**
 * Applies severity overrides, the license policy and ignore rules, then decides the verdict.
 * Pure: the input changes are not modified.
 */
export function applyPolicy(changes: ChangeReport[], policy: Policy, now: Date): PolicyResult {
  const active = policy.ignore.filter((rule) => !isExpired(rule, now));
  const expired = policy.ignore.filter((rule) => isExpired(rule, now));
  const relevantExpired = new Set<IgnoreRule>();
  const counts: Report['counts'] = { critical: 0, high: 0, medium: 0, low: 0, info: 0, acknowledged: 0 };
  let verdict: Verdict = 'pass';
  let outOfScope = 0;

  const result = changes.map((change): ChangeReport => {
    const extra = [denyFinding(change, policy), licenseFinding(change, policy)].filter((finding) => finding !== undefined);
    const raw = [...change.findings, ...extra];
    const findings = raw.map((original): Finding => {
      const { acknowledged: _earlier, ...finding } = original;
      finding.severity = policy.severity[finding.kind] ?? finding.severity;
      const rule = active.find((candidate) => ruleMatches(candidate, change, finding));
      if (rule !== undefined) {
        counts.acknowledged++;
        const acknowledged = rule.expires === undefined ? { reason: rule.reason } : { reason: rule.reason, expires: rule.expires };
        return { ...finding, acknowledged };
      }
      // Only expired rules that would have hidden a finding of this review are worth a note.
      for (const rule of expired) if (ruleMatches(rule, change, finding)) relevantExpired.add(rule);
      counts[finding.severity]++;
      if (atLeast(finding.severity, policy.failOn)) {
        if (failsInScope(change, finding, policy)) verdict = 'fail';
        else outOfScope++;
      }
      return finding;
    });
    const worst = worstOf(findings.filter((finding) => finding.acknowledged === undefined).map((finding) => finding.severity));
    return { ...change, findings, worst };
  });

  const notes = [...relevantExpired].map(expiredNote);
  if (outOfScope > 0) {
    notes.push(
      `${outOfScope} finding(s) of development-only packages do not fail the check (fail-on-scopes: ${policy.failOnScopes.join(', ')}); they are still listed.`,
    );
  }
  return { changes: result, notes, verdict, counts };
}
