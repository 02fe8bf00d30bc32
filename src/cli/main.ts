import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseCliArgs, USAGE, type CliArgs } from './args.js';
import { errorMessage, InputError } from '../model/errors.js';
import { lockfilePairsFromGit } from '../sources/git-lockfile-pairs.js';
import { isLockfilePath } from '../lockfile/detect.js';
import type { ManifestDeps } from '../lockfile/parse-context.js';
import { DEFAULT_POLICY, parseConfig, type Policy } from '../policy/config.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderSarif } from '../report/sarif.js';
import { review, type LockfilePair } from '../pipeline/review.js';
import type { Report } from '../model/types.js';
import { VERSION } from '../model/version.js';

const DEFAULT_CONFIG_PATH = '.github/depdiff.yml';

async function readInput(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? errorMessage(error)}`, {
      file: path,
    });
  }
}

async function manifestBeside(lockfilePath: string): Promise<ManifestDeps | undefined> {
  const path = join(dirname(lockfilePath), 'package.json');
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(await readFile(path, 'utf8')) as ManifestDeps;
  } catch {
    return undefined;
  }
}

async function pairsFromFiles(oldPath: string, newPath: string): Promise<LockfilePair[]> {
  if (basename(oldPath) !== basename(newPath) && !(isLockfilePath(oldPath) && isLockfilePath(newPath))) {
    throw new InputError(`${oldPath} and ${newPath} are not lockfiles depdiff knows (package-lock.json, npm-shrinkwrap.json, yarn.lock, pnpm-lock.yaml, bun.lock)`);
  }
  const [before, after, manifestBefore, manifestAfter] = await Promise.all([
    readInput(oldPath, 'the old lockfile'),
    readInput(newPath, 'the new lockfile'),
    manifestBeside(oldPath),
    manifestBeside(newPath),
  ]);
  const display = relative(process.cwd(), resolve(newPath)) || newPath;
  return [{ path: display.startsWith('..') ? newPath : display, before, after, rootManifest: { before: manifestBefore, after: manifestAfter } }];
}

async function loadPolicy(args: CliArgs): Promise<Policy> {
  const configPath = args.config ?? (existsSync(DEFAULT_CONFIG_PATH) ? DEFAULT_CONFIG_PATH : undefined);
  const policy = configPath ? parseConfig(await readInput(configPath, 'the config file'), configPath) : structuredClone(DEFAULT_POLICY);
  return args.failOn ? { ...policy, failOn: args.failOn } : policy;
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
  const pairs = args.baseRef
    ? await lockfilePairsFromGit({ cwd: process.cwd(), baseRef: args.baseRef, headRef: args.headRef, only: args.lockfiles })
    : await pairsFromFiles(args.oldLockfile!, args.newLockfile!);
  const policy = await loadPolicy(args);
  const report = await review({
    pairs,
    policy,
    fetch: args.fetch,
    concurrency: args.concurrency,
    registry: {
      registry: args.registry,
      cacheDir: args.cacheDir,
      offline: args.offline,
      npmrcDirs: [process.cwd()],
    },
    log,
  });
  const output = render(report, args.format);
  if (args.out) {
    await writeFile(args.out, output.endsWith('\n') ? output : `${output}\n`);
    log?.(`report written to ${args.out}`);
  } else {
    process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
  }
  log?.(`verdict: ${report.verdict} (fail-on ${report.failOn})`);
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
