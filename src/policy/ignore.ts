import semver from 'semver';
import type { ChangeReport, Finding } from '../model/types.js';
import type { IgnoreRule } from './types.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A rule applies through the whole of its `expires` day, in UTC. */
export function isExpired(rule: IgnoreRule, now: Date): boolean {
  if (rule.expires === undefined) return false;
  const end = Date.parse(`${rule.expires}T00:00:00Z`) + DAY_MS;
  return Number.isNaN(end) || now.getTime() >= end;
}

/**
 * Whether `rule` covers `finding` of `change`, ignoring expiry. The version range is checked against
 * the version the finding is about: the new one, or the old one for a removed package.
 */
export function ruleMatches(rule: IgnoreRule, change: ChangeReport, finding: Finding): boolean {
  if (rule.package !== change.name) return false;
  if (rule.kinds !== undefined && !rule.kinds.includes(finding.kind)) return false;
  if (rule.version === undefined) return true;
  const version = change.to ?? change.from;
  if (version === null || semver.valid(version) === null) return false;
  return semver.satisfies(version, rule.version);
}

export function expiredNote(rule: IgnoreRule): string {
  return `The ignore for ${rule.package} (expires ${rule.expires}) has expired and no longer applies.`;
}
