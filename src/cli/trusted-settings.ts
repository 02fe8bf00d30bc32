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
import type { GitRepo } from '../sources/run-git.js';
import { trustedNpmrcDirs } from '../sources/trusted-config.js';
import { DEFAULT_CONFIG_PATH } from '../options/definitions.js';
import { loadPolicy, type ConfigText, type PolicyOverrides } from '../policy/load-policy.js';
import type { Policy } from '../policy/types.js';

export interface CliSettingsRequest {
  cwd: string;
  /** The environment the CLI read: git gets PATH, HOME and locale from it. */
  env: NodeJS.ProcessEnv;
  baseRef?: string;
  /** --config, as typed. */
  config?: string;
  /** The policy flags given on the command line. */
  overrides?: PolicyOverrides;
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

async function configFromWorkingTree(request: CliSettingsRequest): Promise<ConfigText | null> {
  const defaultPath = resolve(request.cwd, DEFAULT_CONFIG_PATH);
  const path = request.config ? resolve(request.cwd, request.config) : existsSync(defaultPath) ? defaultPath : undefined;
  const shown = request.config ?? DEFAULT_CONFIG_PATH;
  return path ? { text: await readDiskFile(path), file: shown } : null;
}

/** The policy of the base commit; a --config outside the repository is not part of the change, so it is read from disk. */
async function configFromBase(request: CliSettingsRequest & { baseRef: string }, repo: GitRepo): Promise<ConfigText | null> {
  const root = repo.cwd;
  const { baseRef, log } = request;
  const absolute = request.config ? resolve(request.cwd, request.config) : resolve(root, DEFAULT_CONFIG_PATH);
  const inRepo = relative(root, absolute);
  if (inRepo.startsWith('..') || isAbsolute(inRepo)) return { text: await readDiskFile(absolute), file: request.config ?? absolute };
  const path = inRepo.split(sep).join('/');
  const text = await readFileAtRef(repo, baseRef, path);
  if (text === null) {
    if (request.config) {
      throw new InputError(
        `the config file ${request.config} is not in the base commit ${baseRef}: with --base-ref the policy is read from the base ` +
          'commit, so that the change under review cannot acknowledge its own findings. Commit it to the base branch first, ' +
          'or give a config file outside the repository.',
        { code: 'ENOCONFIG', file: request.config },
      );
    }
    return null;
  }
  const working = await readFile(absolute, 'utf8').catch(() => null);
  if (working !== null && working !== text) log?.(`using ${path} as it is in ${baseRef}; its changes in the working tree apply once they are in ${baseRef}`);
  return { text, file: path };
}

const flag = (option: string) => `--${option}`;

/** The policy and the project .npmrc, from the base commit with --base-ref, from the working tree without. */
export async function loadCliSettings(request: CliSettingsRequest): Promise<CliSettings> {
  const { baseRef } = request;
  if (!baseRef) {
    return {
      policy: loadPolicy(await configFromWorkingTree(request), request.overrides ?? {}, flag),
      npmrcDirs: [request.cwd],
      cleanup: async () => undefined,
    };
  }
  const repo: GitRepo = { cwd: await repositoryRoot({ cwd: request.cwd, env: request.env }), env: request.env };
  const policy: Policy = loadPolicy(await configFromBase({ ...request, baseRef }, repo), request.overrides ?? {}, flag);
  // The base commit's root .npmrc, copied into a private folder: the working tree's may be the change's own.
  const npmrcDirs = await trustedNpmrcDirs((path) => readFileAtRef(repo, baseRef, path), tmpdir());
  return {
    policy,
    npmrcDirs,
    cleanup: async () => {
      await Promise.all(npmrcDirs.map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}
