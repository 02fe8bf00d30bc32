// Where the CLI reads its policy file and project .npmrc. With --base-ref the working tree (or --head-ref)
// is the change under review, so both come from the base commit, as in the Action: a pull-request checkout
// must not acknowledge its own findings, nor point the registry (and the tokens its .npmrc expands) at its
// own host. With two explicit lockfiles there is no base commit, and the working tree is the only source.
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { errorMessage, InputError } from '../model/errors.js';
import { readFileAtRef, repositoryRoot } from '../sources/git-lockfile-pairs.js';
import { trustedNpmrcDirs } from '../sources/trusted-config.js';
import { DEFAULT_POLICY, parseConfig, type Policy } from '../policy/config.js';
import type { FailOn } from '../model/types.js';

export const DEFAULT_CONFIG_PATH = '.github/depdiff.yml';

export interface CliSettingsRequest {
  cwd: string;
  baseRef?: string;
  /** --config, as typed. */
  config?: string;
  failOn?: FailOn;
  log?: (message: string) => void;
}

export interface CliSettings {
  policy: Policy;
  /** Project folders whose .npmrc the registry client reads (the user's own ~/.npmrc is read besides). */
  npmrcDirs: string[];
  /** Removes the private copy of the base .npmrc. */
  cleanup(): Promise<void>;
}

async function readDiskFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read the config file ${path}: ${(error as NodeJS.ErrnoException).code ?? errorMessage(error)}`, { file: path });
  }
}

function withFailOn(policy: Policy, failOn: FailOn | undefined): Policy {
  return failOn ? { ...policy, failOn } : policy;
}

async function policyFromWorkingTree(request: CliSettingsRequest): Promise<Policy> {
  const defaultPath = resolve(request.cwd, DEFAULT_CONFIG_PATH);
  const path = request.config ? resolve(request.cwd, request.config) : existsSync(defaultPath) ? defaultPath : undefined;
  const shown = request.config ?? DEFAULT_CONFIG_PATH;
  return path ? parseConfig(await readDiskFile(path), shown) : structuredClone(DEFAULT_POLICY);
}

/** The policy of the base commit; a --config outside the repository is not part of the change, so it is read from disk. */
async function policyFromBase(request: CliSettingsRequest & { baseRef: string }, root: string): Promise<Policy> {
  const { baseRef, log } = request;
  const absolute = request.config ? resolve(request.cwd, request.config) : resolve(root, DEFAULT_CONFIG_PATH);
  const inRepo = relative(root, absolute);
  if (inRepo.startsWith('..') || isAbsolute(inRepo)) return parseConfig(await readDiskFile(absolute), request.config ?? absolute);
  const path = inRepo.split(sep).join('/');
  const text = await readFileAtRef(root, baseRef, path);
  if (text === null) {
    if (request.config) {
      throw new InputError(
        `the config file ${request.config} is not in the base commit ${baseRef}: with --base-ref the policy is read from the base ` +
          'commit, so that the change under review cannot acknowledge its own findings. Commit it to the base branch first, ' +
          'or give a config file outside the repository.',
        { code: 'ENOCONFIG', file: request.config },
      );
    }
    return structuredClone(DEFAULT_POLICY);
  }
  const working = await readFile(absolute, 'utf8').catch(() => null);
  if (working !== null && working !== text) log?.(`using ${path} as it is in ${baseRef}; its changes in the working tree apply once they are in ${baseRef}`);
  return parseConfig(text, path);
}

/** The policy and the project .npmrc, from the base commit with --base-ref, from the working tree without. */
export async function loadCliSettings(request: CliSettingsRequest): Promise<CliSettings> {
  const { baseRef } = request;
  if (!baseRef) {
    return {
      policy: withFailOn(await policyFromWorkingTree(request), request.failOn),
      npmrcDirs: [request.cwd],
      cleanup: async () => undefined,
    };
  }
  const root = await repositoryRoot(request.cwd);
  const policy = withFailOn(await policyFromBase({ ...request, baseRef }, root), request.failOn);
  // The base commit's root .npmrc, copied into a private folder: the working tree's may be the change's own.
  const npmrcDirs = await trustedNpmrcDirs((path) => readFileAtRef(root, baseRef, path), tmpdir());
  return {
    policy,
    npmrcDirs,
    cleanup: async () => {
      await Promise.all(npmrcDirs.map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}
