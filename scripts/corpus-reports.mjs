#!/usr/bin/env node
// Writes the bundled CLI's JSON report for every case of the real lockfile corpus, with a pinned clock,
// so that two builds can be compared file by file (`diff -r`): a refactoring must leave them equal.
//   node scripts/corpus-reports.mjs --out DIR [--cache-dir DIR] [--offline] [--corpus DIR] [--cli dist/cli.js]
// Fill the cache once online, then compare builds with --offline against the same cache.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: resolve('../shared/corpus/real-lockfiles') },
    out: { type: 'string' },
    'cache-dir': { type: 'string', default: join(tmpdir(), 'depdiff-corpus-cache') },
    offline: { type: 'boolean', default: false },
    cli: { type: 'string', default: resolve('dist/cli.js') },
    now: { type: 'string', default: '2026-11-01T00:00:00.000Z' },
  },
});
if (!values.out) throw new Error('--out DIR is required');
mkdirSync(values.out, { recursive: true });

for (const name of readdirSync(values.corpus).sort()) {
  const caseDir = join(values.corpus, name);
  const [lockfile] = readdirSync(join(caseDir, 'new'));
  const args = [values.cli, join(caseDir, 'old', lockfile), join(caseDir, 'new', lockfile), '--format', 'json', '-q', '--fail-on', 'high'];
  args.push('--cache-dir', values['cache-dir'], ...(values.offline ? ['--offline'] : []));
  const child = spawnSync(process.execPath, args, {
    env: { ...process.env, DEPDIFF_NOW: values.now },
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8',
  });
  if (child.status !== 0 && child.status !== 1) throw new Error(`${name}: depdiff exited ${child.status}: ${child.stderr}`);
  // The corpus path differs between machines: report paths relative to the case folder.
  writeFileSync(join(values.out, `${name}.json`), child.stdout.replaceAll(caseDir + '/', ''));
  const report = JSON.parse(child.stdout);
  const findings = report.changes.reduce((n, change) => n + change.findings.length, 0);
  console.log(`${name.padEnd(28)} ${report.verdict.padEnd(5)} changes=${report.changes.length} findings=${findings} errors=${report.errors.length}`);
}
