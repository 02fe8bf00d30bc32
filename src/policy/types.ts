import type { FailOn, FindingKind, Severity } from '../model/types.js';

export interface IgnoreRule {
  package: string;
  /** A semver range matched against the new version (the old one for removed packages). */
  version?: string;
  /** Absent means every kind. */
  kinds?: FindingKind[];
  reason: string;
  /** YYYY-MM-DD; the rule applies through the end of that day (UTC). */
  expires?: string;
  /** 1-based line of the entry in the config file, for messages. */
  line?: number;
}

export interface Policy {
  failOn: FailOn;
  severity: Partial<Record<FindingKind, Severity>>;
  cooldownHours: number;
  /** Extra hosts (lower-case, with port when given) allowed as package sources. */
  allowedHosts: string[];
  allowLicenses?: string[];
  denyLicenses?: string[];
  ignore: IgnoreRule[];
}

export const DEFAULT_POLICY: Policy = Object.freeze({
  failOn: 'high',
  severity: Object.freeze({}),
  cooldownHours: 72,
  allowedHosts: Object.freeze([]) as unknown as string[],
  ignore: Object.freeze([]) as unknown as IgnoreRule[],
}) as Policy;
