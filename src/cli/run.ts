// The CLI as a function: argv → options → sources → review → render → exit code. It is handed the working
// folder, the environment and the two output streams (src/cli/main.ts passes the process's own), so that
// nothing below the entry point reads the process, and the tests can run it from the TypeScript sources.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseCliArgs, USAGE, type CliArgs } from './args.js';
import { pairFromFiles } from './file-pairs.js';
import { checkOutPath } from './out-path.js';
import { loadCliSettings } from './trusted-settings.js';
import { errorMessage, InputError } from '../model/errors.js';
import { reviewInputsFromGit } from '../sources/git-lockfile-pairs.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderSarif } from '../report/sarif.js';
import { verdictLine } from '../report/verdict-line.js';
import { review } from '../pipeline/review.js';
import type { Report } from '../model/types.js';
import { VERSION } from '../model/version.js';

export interface CliIo {
  /** The folder the command was run from: relative paths in the arguments start here. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit codes: 0 pass, 1 the review fails, 2 the command could not run (usage, input, internal error). */
export type ExitCode = 0 | 1 | 2;

/** DEPDIFF_NOW pins the review's clock (cooldowns, expiries, generatedAt) so that two runs can be compared byte for byte. */
function pinnedNow(env: NodeJS.ProcessEnv): Date | undefined {
  const value = env.DEPDIFF_NOW;
  if (!value) return undefined;
  const now = new Date(value);
  if (Number.isNaN(now.getTime())) throw new InputError(`DEPDIFF_NOW is not a date: ${value}`);
  return now;
}

function render(report: Report, format: CliArgs['format']): string {
  if (format === 'json') return renderJson(report);
  if (format === 'sarif') return renderSarif(report);
  return renderMarkdown(report);
}

async function reviewFromArgs(args: CliArgs, io: CliIo): Promise<ExitCode> {
  const { cwd, env } = io;
  const log = args.quiet ? undefined : (message: string) => io.stderr(`depdiff: ${message}\n`);
  const out = args.out === undefined ? undefined : resolve(cwd, args.out);
  if (args.out) await checkOutPath(args.out, cwd);
  const { pairs, unlocked, patches } = args.baseRef
    ? await reviewInputsFromGit({ cwd, env, baseRef: args.baseRef, headRef: args.headRef, only: args.lockfiles, requireMatches: true })
    : { pairs: await pairFromFiles(args.oldLockfile!, args.newLockfile!, cwd), unlocked: [], patches: [] };
  const overrides = {
    failOn: args.failOn,
    failOnScopes: args.failOnScopes,
    allowLicenses: args.allowLicenses,
    denyLicenses: args.denyLicenses,
    // The flag only opts out; without it the config file decides.
    ...(args.allowIncomplete ? { allowIncomplete: true } : {}),
  };
  const settings = await loadCliSettings({ cwd, env, baseRef: args.baseRef, config: args.config, overrides, log });
  const now = pinnedNow(env);
  let report: Report;
  try {
    report = await review({
      pairs,
      unlocked,
      patches,
      policy: settings.policy,
      fetch: args.fetch,
      concurrency: args.concurrency,
      registry: {
        registry: args.registry,
        cacheDir: args.cacheDir === undefined ? undefined : resolve(cwd, args.cacheDir),
        offline: args.offline,
        npmrcDirs: settings.npmrcDirs,
        env,
      },
      log,
      ...(now ? { now } : {}),
    });
  } finally {
    await settings.cleanup();
  }
  const output = render(report, args.format);
  const text = output.endsWith('\n') ? output : `${output}\n`;
  if (out) {
    await writeFile(out, text);
    log?.(`report written to ${args.out}`);
  } else {
    io.stdout(text);
  }
  log?.(verdictLine(report, 'plain'));
  return report.verdict === 'fail' ? 1 : 0;
}

/** An input error is the user's to fix and says how; anything else is ours, with the stack under DEPDIFF_DEBUG. */
function describe(error: unknown, env: NodeJS.ProcessEnv): string {
  if (error instanceof InputError) return error.message;
  return `internal error: ${errorMessage(error)}${env.DEPDIFF_DEBUG ? `\n${(error as Error).stack ?? ''}` : ''}`;
}

/** Runs one depdiff command; never throws: a command that could not run is one line on stderr and exit code 2. */
export async function runCli(argv: string[], io: CliIo): Promise<ExitCode> {
  try {
    const args = parseCliArgs(argv);
    if (args.help || args.version) {
      io.stdout(`${args.help ? USAGE : VERSION}\n`);
      return 0;
    }
    return await reviewFromArgs(args, io);
  } catch (error) {
    // One line (a stack keeps its own lines under DEPDIFF_DEBUG).
    io.stderr(`depdiff: ${describe(error, io.env).replace(/\n(?!\s*at )/g, ' ')}\n`);
    return 2;
  }
}
