#!/usr/bin/env node
// Calibration of the default verdict against real changes (opt-in, needs the registry; not part of `npm test`):
// every case of the real-lockfile corpus, and one case moving 100+ widely used packages from their previous
// stable version to their latest. Prints every medium+ finding and the default verdict (fail-on high) per case,
// and writes calibration/results.json. calibration/README.md classifies what it prints.
//   npm run calibrate -- [--corpus DIR] [--cache-dir DIR] [--out FILE] [--no-popular] [--cli dist/cli.js]
// Run `npm run bundle` first: it reviews with the bundled CLI, as users run it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { POPULAR_NAMES, writePopularLockfiles } from './popular-bumps.mjs';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: resolve('../shared/corpus/real-lockfiles') },
    'cache-dir': { type: 'string', default: join(tmpdir(), 'depdiff-calibration-cache') },
    out: { type: 'string', default: resolve('calibration/results.json') },
    'no-popular': { type: 'boolean', default: false },
    cli: { type: 'string', default: resolve('dist/cli.js') },
    // The corpus PRs are from 2025-2026: a pinned clock keeps "recently published" about the PR, not about today.
    'corpus-now': { type: 'string', default: '2026-11-01T00:00:00.000Z' },
  },
});

const RANK = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };

/** The bundled CLI's JSON report for one lockfile pair, with the default fail-on (high). */
function reviewPair(oldPath, newPath, env = {}) {
  const args = [values.cli, oldPath, newPath, '--format', 'json', '-q', '--fail-on', 'high', '--cache-dir', values['cache-dir']];
  const child = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
  if (child.status !== 0 && child.status !== 1) throw new Error(`depdiff exited ${child.status} for ${newPath}: ${child.stderr}`);
  return JSON.parse(child.stdout);
}

/** What calibration/README.md classifies: the verdict, the counts, and every medium+ finding. */
function summarize(name, report) {
  const findings = [];
  for (const change of report.changes) {
    for (const f of change.findings) {
      if (RANK[f.severity] < RANK.medium || f.acknowledged) continue;
      findings.push({ package: change.name, from: change.from, to: change.to, severity: f.severity, kind: f.kind, key: f.key, file: f.file, line: f.line, message: f.message });
    }
  }
  return { case: name, verdict: report.verdict, changes: report.changes.length, errors: report.errors.map((e) => `${e.name}@${e.version}: ${e.message}`), counts: report.counts, findings };
}

function print(summary) {
  console.log(`\n## ${summary.case}: ${summary.verdict} (${summary.changes} changes, ${summary.findings.length} medium+ findings, ${summary.errors.length} errors)`);
  for (const f of summary.findings) console.log(`  ${f.severity.padEnd(8)} ${f.package} ${f.from} -> ${f.to} ${f.key}: ${f.message.slice(0, 160)}`);
  for (const e of summary.errors) console.log(`  error    ${e}`);
}

const cases = [];
for (const name of readdirSync(values.corpus).sort()) {
  const caseDir = join(values.corpus, name);
  const [lockfile] = readdirSync(join(caseDir, 'new'));
  const summary = summarize(name, reviewPair(join(caseDir, 'old', lockfile), join(caseDir, 'new', lockfile), { DEPDIFF_NOW: values['corpus-now'] }));
  cases.push(summary);
  print(summary);
}

let popular = null;
if (!values['no-popular']) {
  const work = mkdtempSync(join(tmpdir(), 'depdiff-calibration-popular-'));
  const bumps = await writePopularLockfiles(POPULAR_NAMES, work);
  const summary = summarize(`popular (${bumps.length} latest releases)`, reviewPair(join(work, 'old/package-lock.json'), join(work, 'new/package-lock.json')));
  popular = { ...summary, bumps: bumps.map((b) => `${b.name} ${b.before.version} -> ${b.after.version}`) };
  print(summary);
}

const all = [...cases, ...(popular ? [popular] : [])];
const byKind = {};
for (const f of all.flatMap((c) => c.findings)) {
  byKind[f.kind] ??= { critical: 0, high: 0, medium: 0 };
  byKind[f.kind][f.severity]++;
}
const results = { date: new Date().toISOString().slice(0, 10), cli: values.cli.replace(resolve('.') + '/', ''), corpus: cases, popular, byKind };
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nverdicts: ${all.map((c) => `${c.case}=${c.verdict}`).join(', ')}`);
console.log(`medium+ findings by kind: ${JSON.stringify(byKind)}`);
console.log(`wrote ${values.out}`);
