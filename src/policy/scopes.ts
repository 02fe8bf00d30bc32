import type { ChangeReport, Finding, FindingKind } from '../model/types.js';
import type { Policy } from './types.js';

// Development dependencies are installed and run in CI, next to its secrets, so excluding the development scope
// only exempts what is about using the package, never what attacks the machine that installs it:
// - never exempt: any critical finding; these kinds, which are install-time or attack shapes whatever their severity;
const NEVER_EXEMPT: ReadonlySet<FindingKind> = new Set(['install-script', 'typosquat', 'integrity-mismatch', 'denied', 'tarball-anomaly']);
// - code kinds only below high: a high code finding is an attack shape or code that runs at install time.
const CODE_KINDS: ReadonlySet<FindingKind> = new Set(['network', 'shell', 'eval', 'env', 'fs-sensitive', 'obfuscation', 'binary']);

/** Whether a finding can be exempted from failing by its package's scope (the rules above). */
export function scopeExemptable(finding: Pick<Finding, 'kind' | 'severity'>): boolean {
  if (finding.severity === 'critical' || NEVER_EXEMPT.has(finding.kind)) return false;
  return !(CODE_KINDS.has(finding.kind) && finding.severity === 'high');
}

/** Whether `finding` of `change` may fail the verdict under the policy's `fail-on-scopes`. */
export function failsInScope(change: Pick<ChangeReport, 'dev'>, finding: Pick<Finding, 'kind' | 'severity'>, policy: Pick<Policy, 'failOnScopes'>): boolean {
  const scope = change.dev ? 'development' : 'runtime';
  return policy.failOnScopes.includes(scope) || !scopeExemptable(finding);
}
