// The one place depdiff starts git. The checkout under review is untrusted: its config or attributes may
// name programs (fsmonitor hooks, external diff drivers, textconv filters) that git would run for us. So git
// gets only the variables it needs to find itself and the user's own config, none of the job's secrets,
// and the options that keep those programs from running.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
/** Lockfiles can be tens of MB; git's output is buffered whole. */
const MAX_GIT_OUTPUT = 128 * 1024 * 1024;

/**
 * Variables git may see. HOME (and its Windows spellings) keeps the user's global config, where
 * `safe.directory` lives; the rest lets git start on every runner OS. No tokens, no `INPUT_*`, and no
 * `GIT_*` variable that redirects the repository (`GIT_DIR`, `GIT_INDEX_FILE`) or adds config or programs
 * (`GIT_CONFIG_*`, `GIT_EXTERNAL_DIFF`, `GIT_SSH_COMMAND`).
 */
const PASSED_VARIABLES = new Set([
  'PATH',
  'HOME',
  'USERPROFILE',
  'HOMEDRIVE',
  'HOMEPATH',
  'SYSTEMROOT',
  'WINDIR',
  'TMPDIR',
  'TEMP',
  'TMP',
  'LANG',
  'LC_ALL',
  'LC_CTYPE',
]);

/** The environment of every git subprocess. */
export function gitEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const minimal: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) {
    // Windows variable names are case-insensitive (Path, SystemRoot).
    if (value !== undefined && PASSED_VARIABLES.has(name.toUpperCase())) minimal[name] = value;
  }
  return {
    ...minimal,
    // Never wait for a password, never take the index lock for a read-only command.
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
  };
}

/** Config overrides for every command: an fsmonitor hook runs on any index read, even `ls-files`. */
const SAFE_CONFIG = ['-c', 'core.fsmonitor=false'];
/** Commands that can render file contents through a configured program. */
const CONTENT_COMMANDS = new Set(['diff', 'show', 'log']);

/** The full argument list for `git <args>`, with the options that stop configured programs. */
export function hardenedGitArgs(args: string[]): string[] {
  const [command, ...rest] = args;
  const noPrograms = command !== undefined && CONTENT_COMMANDS.has(command) ? ['--no-ext-diff', '--no-textconv'] : [];
  return [...SAFE_CONFIG, ...(command === undefined ? [] : [command]), ...noPrograms, ...rest];
}

/**
 * Where git runs: the folder, and the environment the entry point read (git needs PATH and HOME;
 * gitEnvironment keeps only those, so no token reaches git or what it starts).
 */
export interface GitRepo {
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** git's stdout for `args` in `repo.cwd`; rejects when git fails. */
export async function git(repo: GitRepo, args: string[]): Promise<string> {
  const { stdout } = await run('git', hardenedGitArgs(args), {
    cwd: repo.cwd,
    env: gitEnvironment(repo.env),
    maxBuffer: MAX_GIT_OUTPUT,
    encoding: 'utf8',
  });
  return stdout;
}
