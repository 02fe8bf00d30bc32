#!/usr/bin/env node
// Benchmarks the bundled CLI on the real lockfile corpus.
//   node scripts/bench.mjs                          lockfile stage (--no-fetch) on every corpus case, 3 runs each
//   node scripts/bench.mjs --full CASE [--registry URL] [--cold]
//                                                   a full review of one case (tarballs, metadata, analysis)
// Wall time and peak RSS come from the CLI itself (DEPDIFF_STATS=1), so they measure one real run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: resolve('../shared/corpus/real-lockfiles') },
    full: { type: 'string' },
    registry: { type: 'string' },
    cold: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
  },
});

const cli = resolve('dist/cli.js');

function runOnce(caseDir, extraArgs) {
  const [lockfile] = readdirSync(join(caseDir, 'new'));
  const started = process.hrtime.bigint();
  const child = spawnSync(
    process.execPath,
    [cli, join(caseDir, 'old', lockfile), join(caseDir, 'new', lockfile), '--format', 'json', '-q', '--fail-on', 'never', ...extraArgs],
    { env: { ...process.env, DEPDIFF_STATS: '1' }, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
  );
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.status !== 0) throw new Error(`depdiff exited ${child.status}: ${child.stderr}`);
  const stats = /elapsed_ms=(\d+) max_rss_mb=([\d.]+)/.exec(child.stderr);
  const report = JSON.parse(child.stdout);
  const findings = report.changes.reduce((n, c) => n + c.findings.length, 0);
  return { wallMs, inProcessMs: Number(stats?.[1]), rssMb: Number(stats?.[2]), changes: report.changes.length, findings, errors: report.errors.length };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (values.full) {
  const caseDir = join(values.corpus, values.full);
  const source = JSON.parse(readFileSync(join(caseDir, 'source.json'), 'utf8'));
  const cacheDir = values.cold ? mkdtempSync(join(tmpdir(), 'depdiff-bench-')) : join(tmpdir(), 'depdiff-bench-cache');
  const args = ['--cache-dir', cacheDir, ...(values.registry ? ['--registry', values.registry] : [])];
  const result = runOnce(caseDir, args);
  console.log(`full review of ${values.full} (${source.repo}, ${source.format})`);
  console.log(JSON.stringify({ ...result, cache: values.cold ? 'cold' : 'warm-or-shared' }, null, 2));
  if (values.cold) rmSync(cacheDir, { recursive: true, force: true });
} else {
  const runs = Number(values.runs);
  console.log('case'.padEnd(28), 'changes'.padStart(8), 'median ms'.padStart(10), 'peak MB'.padStart(8));
  for (const name of readdirSync(values.corpus).sort()) {
    const caseDir = join(values.corpus, name);
    const results = Array.from({ length: runs }, () => runOnce(caseDir, ['--no-fetch']));
    console.log(
      name.padEnd(28),
      String(results[0].changes).padStart(8),
      median(results.map((r) => r.inProcessMs)).toFixed(0).padStart(10),
      Math.max(...results.map((r) => r.rssMb)).toFixed(1).padStart(8),
    );
  }
}
