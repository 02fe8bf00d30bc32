import type { FailOn, FindingKind, Severity } from '../model/types.js';
import {
  DEFAULT_COOLDOWN_HOURS,
  DEFAULT_FAIL_ON,
  DEPENDENCY_SCOPES,
  type DependencyScope,
} from '../options/definitions.js';

export interface IgnoreRule {
  /** The package name; absent for a rule that names only advisories (it then applies to every package). */
  package?: string;
  /** A semver range matched against the new version (the old one for removed packages). */
  version?: string;
  /** Absent means every kind. */
  kinds?: FindingKind[];
  /** Advisory ids (GHSA-…, CVE-…, or the registry's own id), upper-case; the rule then covers only those advisories. */
  advisories?: string[];
  reason: string;
  /** YYYY-MM-DD; the rule applies through the end of that day (UTC). */
  expires?: string;
  /** 1-based line of the entry in the config file, for messages. */
  line?: number;
}

/** A package the policy refuses outright: every version, a semver range, or a whole scope (`@scope/*`). */
export interface DenyRule {
  /** A package name, or `@scope/*`. */
  package: string;
  version?: string;
  reason: string;
  line?: number;
}

export interface Policy {
  failOn: FailOn;
  /** Scopes whose findings can fail the verdict; install-time and attack-shape findings fail in every scope. */
  failOnScopes: DependencyScope[];
  severity: Partial<Record<FindingKind, Severity>>;
  cooldownHours: number;
  /** Extra hosts (lower-case, with port when given) allowed as package sources. */
  allowedHosts: string[];
  allowLicenses?: string[];
  denyLicenses?: string[];
  ignore: IgnoreRule[];
  deny: DenyRule[];
  /** Opt-out of failing closed: a package that could not be reviewed does not fail the verdict (it is still reported). */
  allowIncomplete: boolean;
}

export const DEFAULT_POLICY: Policy = Object.freeze({
  failOn: DEFAULT_FAIL_ON,
  failOnScopes: Object.freeze([...DEPENDENCY_SCOPES]) as unknown as DependencyScope[],
  severity: Object.freeze({}),
  cooldownHours: DEFAULT_COOLDOWN_HOURS,
  allowedHosts: Object.freeze([]) as unknown as string[],
  ignore: Object.freeze([]) as unknown as IgnoreRule[],
  deny: Object.freeze([]) as unknown as DenyRule[],
  allowIncomplete: false,
}) as Policy;
