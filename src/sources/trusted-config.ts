import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPolicy } from '../options/load-policy.js';
import type { Policy } from '../policy/types.js';
import type { RegistryOptions } from '../registry/client.js';
import type { FileReader } from './github-base-lockfiles.js';
import type { ActionInputs } from '../github/inputs.js';
import type { ReviewSources } from './review-sources.js';

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

/**
 * The registry cache of the Action: the `cache-dir` input, else a folder under RUNNER_TEMP, which the runner
 * keeps private to the job and empties after it. A shared temp folder could hold packuments and tarballs
 * planted by another job or user on a self-hosted runner.
 */
export function actionCacheDir(inputs: Pick<ActionInputs, 'cacheDir'>, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (inputs.cacheDir) return inputs.cacheDir;
  return env.RUNNER_TEMP ? join(env.RUNNER_TEMP, 'depdiff-cache') : undefined;
}

export interface ActionSettings {
  policy: Policy;
  /** Whether the base commit has the config file. */
  configFound: boolean;
  /** Whether the head changes the config file (it applies after merge). */
  configChanged: boolean;
  registry: RegistryOptions;
}

/** Everything the Action takes from the repository: policy and .npmrc from the trusted base only, never the head or workspace. */
export async function actionSettings(
  sources: Pick<ReviewSources, 'readTrusted' | 'headChanges'>,
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ActionSettings> {
  const text = await sources.readTrusted(inputs.configFile);
  // Never from the head: a pull request must not be able to acknowledge its own findings.
  const policy = loadPolicy(text === null ? null : { text, file: inputs.configFile }, inputs);
  return {
    policy,
    configFound: text !== null,
    configChanged: await sources.headChanges(inputs.configFile),
    registry: {
      registry: inputs.registry,
      cacheDir: actionCacheDir(inputs, env),
      npmrcDirs: await trustedNpmrcDirs(sources.readTrusted, env.RUNNER_TEMP || tmpdir()),
    },
  };
}
