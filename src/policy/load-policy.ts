// The one way a policy is made: the config file's text (wherever it was read from: the base commit, the working
// tree, another repository) parsed over the defaults, then the inputs or flags on top. Precedence: input or flag,
// then config file, then the built-in default of options/.
import { parseConfig } from './config.js';
import { checkLicenseList } from './config-licenses.js';
import { DEFAULT_POLICY, type Policy } from './types.js';
import { InputError } from '../model/errors.js';
import type { FailOn } from '../model/types.js';
import type { DependencyScope } from '../options/definitions.js';

/** Values given as Action inputs or CLI flags; undefined means "not given". */
export interface PolicyOverrides {
  failOn?: FailOn;
  failOnScopes?: DependencyScope[];
  cooldownHours?: number;
  allowIncomplete?: boolean;
  allowLicenses?: string[];
  denyLicenses?: string[];
}

export interface ConfigText {
  text: string;
  /** How messages name the file: a path, or OWNER/REPO/FILE@REF. */
  file: string;
}

export function loadPolicy(config: ConfigText | null, overrides: PolicyOverrides, label: (option: string) => string = (o) => `input "${o}"`): Policy {
  const base = config === null ? structuredClone(DEFAULT_POLICY) : parseConfig(config.text, config.file);
  const policy: Policy = { ...base };
  if (overrides.failOn !== undefined) policy.failOn = overrides.failOn;
  if (overrides.failOnScopes !== undefined && overrides.failOnScopes.length > 0) policy.failOnScopes = [...new Set(overrides.failOnScopes)];
  if (overrides.cooldownHours !== undefined) policy.cooldownHours = overrides.cooldownHours;
  if (overrides.allowIncomplete !== undefined) policy.allowIncomplete = overrides.allowIncomplete;
  const { allowLicenses, denyLicenses } = overrides;
  if (allowLicenses !== undefined && denyLicenses !== undefined) {
    throw new InputError(`${label('allow-licenses')} and ${label('deny-licenses')}: use either, not both`, { code: 'EINPUT' });
  }
  // A license list given as input replaces the config file's license policy as a whole: an allow list next to the
  // file's deny list would be read two ways.
  if (allowLicenses !== undefined) {
    policy.allowLicenses = checkLicenseList(allowLicenses, label('allow-licenses'));
    delete policy.denyLicenses;
  }
  if (denyLicenses !== undefined) {
    policy.denyLicenses = checkLicenseList(denyLicenses, label('deny-licenses'));
    delete policy.allowLicenses;
  }
  return policy;
}
