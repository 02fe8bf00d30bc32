import semver from 'semver';
import type { ChangeReport, Finding } from '../model/types.js';
import type { DenyRule, Policy } from './types.js';

/** Whether `rule` names the new version of `change` (a removed package installs nothing, so is never denied). */
export function denyMatches(rule: DenyRule, change: ChangeReport): boolean {
  if (change.to === null) return false;
  const name = change.name;
  const nameMatches = rule.package.endsWith('/*') ? name.startsWith(rule.package.slice(0, -1)) : rule.package === name;
  if (!nameMatches) return false;
  if (rule.version === undefined) return true;
  return semver.valid(change.to) !== null && semver.satisfies(change.to, rule.version, { includePrerelease: true });
}

/** The critical finding of the first deny rule that names the new version of `change`, if any. */
export function denyFinding(change: ChangeReport, policy: Pick<Policy, 'deny'>): Finding | undefined {
  const rule = policy.deny.find((candidate) => denyMatches(candidate, change));
  if (rule === undefined) return undefined;
  const what = rule.version === undefined ? rule.package : `${rule.package}@${rule.version}`;
  return {
    kind: 'denied',
    key: `denied:${what}`,
    severity: 'critical',
    message: `${change.name}@${change.to} is denied by your policy (${what}${rule.line === undefined ? '' : `, line ${rule.line}`}): ${rule.reason}`,
  };
}
