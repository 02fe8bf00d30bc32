import { writeFile } from 'node:fs/promises';
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

/** DEPDIFF_NOW pins the review's clock (cooldowns, expiries, generatedAt) so that two runs can be compared byte for byte. */
function pinnedNow(): Date | undefined {
  const value = process.env.DEPDIFF_NOW;
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

export async function main(argv: string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const log = args.quiet ? undefined : (message: string) => process.stderr.write(`depdiff: ${message}\n`);
  if (args.out) await checkOutPath(args.out);
  const cwd = process.cwd();
  const { pairs, unlocked, patches } = args.baseRef
    ? await reviewInputsFromGit({ cwd, env: process.env, baseRef: args.baseRef, headRef: args.headRef, only: args.lockfiles, requireMatches: true })
    : { pairs: await pairFromFiles(args.oldLockfile!, args.newLockfile!, cwd), unlocked: [], patches: [] };
  const overrides = {
    failOn: args.failOn,
    failOnScopes: args.failOnScopes,
    allowLicenses: args.allowLicenses,
    denyLicenses: args.denyLicenses,
    // The flag only opts out; without it the config file decides.
    ...(args.allowIncomplete ? { allowIncomplete: true } : {}),
  };
  const settings = await loadCliSettings({ cwd, env: process.env, baseRef: args.baseRef, config: args.config, overrides, log });
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
        cacheDir: args.cacheDir,
        offline: args.offline,
        npmrcDirs: settings.npmrcDirs,
        env: process.env,
        },
      log,
      ...(pinnedNow() ? { now: pinnedNow() } : {}),
    });
  } finally {
    await settings.cleanup();
  }
  const output = render(report, args.format);
  if (args.out) {
    await writeFile(args.out, output.endsWith('\n') ? output : `${output}\n`);
    log?.(`report written to ${args.out}`);
  } else {
    process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
  }
  log?.(verdictLine(report, 'plain'));
  return report.verdict === 'fail' ? 1 : 0;
}

function describe(error: unknown): string {
  if (error instanceof InputError) return error.message;
  return `internal error: ${errorMessage(error)}${process.env.DEPDIFF_DEBUG ? `\n${(error as Error).stack ?? ''}` : ''}`;
}

const started = process.hrtime.bigint();
// DEPDIFF_STATS=1 prints wall time and peak memory on stderr: what scripts/bench.mjs reads.
process.on('exit', () => {
  if (!process.env.DEPDIFF_STATS) return;
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stderr.write(`depdiff-stats elapsed_ms=${elapsedMs.toFixed(0)} max_rss_mb=${maxRssMb.toFixed(1)}\n`);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`depdiff: ${describe(error).replace(/\n(?!\s*at )/g, ' ')}\n`);
    process.exitCode = 2;
  },
);
