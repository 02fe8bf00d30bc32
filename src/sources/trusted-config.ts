import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_POLICY, parseConfig, type Policy } from '../policy/config.js';
import type { FileReader } from './github-base-lockfiles.js';
import type { ActionInputs } from '../github/inputs.js';

/**
 * The policy from the base commit's config file, with the `fail-on` and `cooldown-hours` inputs on top.
 * Never from the head: a pull request must not be able to acknowledge its own findings.
 */
export async function loadPolicy(readTrusted: FileReader, inputs: ActionInputs): Promise<{ policy: Policy; found: boolean }> {
  const text = await readTrusted(inputs.configFile);
  const base: Policy = text === null ? structuredClone(DEFAULT_POLICY) : parseConfig(text, inputs.configFile);
  return {
    policy: {
      ...base,
      ...(inputs.failOn !== undefined ? { failOn: inputs.failOn } : {}),
      ...(inputs.cooldownHours !== undefined ? { cooldownHours: inputs.cooldownHours } : {}),
    },
    found: text !== null,
  };
}

/**
 * The base commit's `.npmrc`, copied into a private directory for the registry client. The workspace's
 * own `.npmrc` may be the head's, and a head `.npmrc` could point the registry at an attacker's host and
 * expand secrets from the environment into its auth headers.
 */
export async function trustedNpmrcDirs(readTrusted: FileReader, root = process.env.RUNNER_TEMP || tmpdir()): Promise<string[]> {
  const text = await readTrusted('.npmrc');
  if (text === null) return [];
  const dir = await mkdtemp(join(root, 'depdiff-npmrc-'));
  await writeFile(join(dir, '.npmrc'), text, { mode: 0o600 });
  return [dir];
}
