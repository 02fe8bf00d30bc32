import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { httpStatus } from '../github/http-status.js';
import { errorMessage, InputError } from '../model/errors.js';
import { configLocation, type ConfigLocation } from '../options/config-location.js';
import { loadPolicy } from '../policy/load-policy.js';
import { fetchFileAtRef } from './github-base-lockfiles.js';
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
export async function trustedNpmrcDirs(readTrusted: FileReader, root: string): Promise<string[]> {
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
export function actionCacheDir(inputs: Pick<ActionInputs, 'cacheDir'>, env: NodeJS.ProcessEnv): string | undefined {
  if (inputs.cacheDir) return inputs.cacheDir;
  return env.RUNNER_TEMP ? join(env.RUNNER_TEMP, 'depdiff-cache') : undefined;
}

export type RemoteConfigReader = (location: Extract<ConfigLocation, { kind: 'remote' }>, inputs: ActionInputs) => Promise<string>;

/**
 * Reads `OWNER/REPO/FILE@REF` through the contents API with config-file-token, else github-token. A file the
 * user named must exist: a missing or unreadable shared policy is an error, never the default policy.
 */
export function remoteConfigReader(env: NodeJS.ProcessEnv): RemoteConfigReader {
  return async (location, inputs) => {
    const token = inputs.configFileToken ?? inputs.githubToken;
    const where = `config-file ${location.text}`;
    const tokenName = inputs.configFileToken ? 'config-file-token' : 'github-token';
    if (!token) throw new InputError(`${where}: no token to read it with; set config-file-token (or github-token).`, { code: 'ENOCONFIG' });
    // Imported when used: a static import would load Octokit (1 MB of the bundle, ~60 ms) at every CLI start, and
    // only the Action reads a config file from another repository.
    const { createClient } = await import('../github/client.js');
    const client = createClient(token, env.GITHUB_API_URL || undefined);
    let text: string | null;
    try {
      text = await fetchFileAtRef(client, { owner: location.owner, repo: location.repo }, location.path, location.ref);
    } catch (error) {
      const status = httpStatus(error);
      if (status === 401 || status === 403) text = null;
      else throw new InputError(`${where}: reading it failed: ${errorMessage(error)}`, { code: 'ENOCONFIG' });
    }
    if (text === null) {
      throw new InputError(
        `${where}: ${location.owner}/${location.repo} has no ${location.path} at ${location.ref}, or the ${tokenName} cannot read that ` +
          `repository (GitHub answers 404 for a private repository a token cannot see). GITHUB_TOKEN reads only this repository: ` +
          `give config-file-token a token with contents: read on ${location.owner}/${location.repo}. Pull requests from forks get no ` +
          'secrets, so there the config repository must be public, or the review must run on pull_request_target without checking out the pull request.',
        { code: 'ENOCONFIG', file: location.text },
      );
    }
    return text;
  };
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
  env: NodeJS.ProcessEnv,
  readRemote: RemoteConfigReader = remoteConfigReader(env),
): Promise<ActionSettings> {
  const location = configLocation(inputs.configFile);
  // Never from the head: a pull request must not be able to acknowledge its own findings. A config in another
  // repository is not part of the change at all.
  const text = location.kind === 'local' ? await sources.readTrusted(location.path) : await readRemote(location, inputs);
  const policy = loadPolicy(text === null ? null : { text, file: inputs.configFile }, inputs);
  return {
    policy,
    configFound: text !== null,
    configChanged: location.kind === 'local' && (await sources.headChanges(location.path)),
    registry: {
      registry: inputs.registry,
      cacheDir: actionCacheDir(inputs, env),
      // `${NPM_TOKEN}` in the base .npmrc expands from the job's environment (Dependabot secrets included).
      env,
      npmrcDirs: await trustedNpmrcDirs(sources.readTrusted, env.RUNNER_TEMP || tmpdir()),
    },
  };
}
