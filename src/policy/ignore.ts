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
  if (rule.package !== undefined && rule.package !== change.name) return false;
  if (rule.kinds !== undefined && !rule.kinds.includes(finding.kind)) return false;
  // An advisory rule covers only the advisories it names: a later advisory of the same package still counts.
  if (rule.advisories !== undefined && !advisoryIdsOf(finding).some((id) => rule.advisories!.includes(id))) return false;
  if (rule.version === undefined) return true;
  const version = change.to ?? change.from;
  if (version === null || semver.valid(version) === null) return false;
  return semver.satisfies(version, rule.version);
}

/**
 * The ids a vulnerability finding is known by, upper-case: the registry's advisory id (in the finding's key),
 * the GHSA id of its GitHub advisory page, and any GHSA or CVE id its evidence quotes.
 */
export function advisoryIdsOf(finding: Finding): string[] {
  if (finding.kind !== 'vulnerability') return [];
  const ids = new Set<string>();
  if (finding.key?.startsWith('vulnerability:')) ids.add(finding.key.slice('vulnerability:'.length).toUpperCase());
  for (const text of [finding.url, finding.evidence]) {
    for (const match of (text ?? '').matchAll(/\b(?:GHSA(?:-[0-9a-z]{4}){3}|CVE-\d{4}-\d{4,})\b/gi)) ids.add(match[0].toUpperCase());
  }
  return [...ids];
}

export function expiredNote(rule: IgnoreRule): string {
  const what = [rule.package, rule.advisories?.join(', ')].filter(Boolean).join(' ');
  return `The ignore for ${what} (expires ${rule.expires}) has expired and no longer applies.`;
}
