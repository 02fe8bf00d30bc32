// The CLI's entry point: the only file of the CLI that reads the process (argv, cwd, environment, streams).
import { runCli } from './run.js';

const started = process.hrtime.bigint();
// DEPDIFF_STATS=1 prints wall time and peak memory on stderr: what scripts/bench.mjs reads.
process.on('exit', () => {
  if (!process.env.DEPDIFF_STATS) return;
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stderr.write(`depdiff-stats elapsed_ms=${elapsedMs.toFixed(0)} max_rss_mb=${maxRssMb.toFixed(1)}\n`);
});

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
