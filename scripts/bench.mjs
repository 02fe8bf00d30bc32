#!/usr/bin/env node
// `npm run bench`: how fast depdiff reviews next to the download it needs and next to `npm diff`.
//   node scripts/bench.mjs [--sizes 10,100,500] [--npm-diff-sample 20] [--out bench/results.json]
//       Generated packages (scripts/bench/generate-packages.mjs) served by the local test registry;
//       for each size: the download floor (plain fetch, 8 at a time), depdiff cold (empty cache),
//       depdiff warm (same cache again), and `npm diff` per package (sequential; a sample of
//       --npm-diff-sample packages, extrapolated to all of them).
//   node scripts/bench.mjs --live [--case large-npm-v3-eslint10] [--corpus DIR]
//       A real lockfile change of the corpus against the public registry: floor, cold, warm.
// Runs the bundled CLI (dist/cli.js). Wall time, CPU (user+sys) and peak RSS come from /usr/bin/time.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generatePackages } from './bench/generate-packages.mjs';
import { loadHelpers } from './bench/load-helpers.mjs';
import { combine, hasGnuTime, run } from './bench/measure.mjs';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,100,500' },
    'npm-diff-sample': { type: 'string', default: '20' },
    out: { type: 'string', default: 'bench/results.json' },
    live: { type: 'boolean', default: false },
    case: { type: 'string', default: 'large-npm-v3-eslint10' },
    corpus: { type: 'string', default: resolve('../shared/corpus/real-lockfiles') },
  },
});

const CLI = resolve('dist/cli.js');
const work = mkdtempSync(join(tmpdir(), 'depdiff-bench-'));

async function floor(urls) {
  const file = join(work, 'urls.json');
  writeFileSync(file, JSON.stringify(urls));
  const result = await run(process.execPath, [resolve('scripts/bench/floor.mjs'), file]);
  if (result.code !== 0) throw new Error(`download floor failed: ${result.stderr}`);
  return result;
}

async function depdiff(oldLock, newLock, cacheDir, registryArgs) {
  const result = await run(process.execPath, [CLI, oldLock, newLock, '--format', 'json', '-q', '--fail-on', 'never', '--cache-dir', cacheDir, ...registryArgs], {
    stdout: 'capture',
  });
  if (result.code !== 0) throw new Error(`depdiff exited ${result.code}: ${result.stderr}`);
  const report = JSON.parse(result.stdout);
  return { ...result, stdout: undefined, stderr: undefined, changes: report.changes.length, findings: report.changes.reduce((n, c) => n + c.findings.length, 0), errors: report.errors.length };
}

async function npmDiff(names, total, registryUrl) {
  const cache = join(work, `npm-cache-${total}`);
  const runs = [];
  for (const name of names) {
    const result = await run('npm', ['diff', `--diff=${name}@1.0.0`, `--diff=${name}@1.1.0`, `--registry=${registryUrl}`, `--cache=${cache}`, '--no-audit', '--no-fund']);
    if (result.code !== 0) throw new Error(`npm diff ${name} exited ${result.code}: ${result.stderr}`);
    runs.push(result);
  }
  const measured = combine(runs);
  const scale = total / names.length;
  return { ...measured, wallS: measured.wallS * scale, cpuS: measured.cpuS === null ? null : measured.cpuS * scale, sampled: names.length, extrapolatedTo: total };
}

const fmt = (n, digits = 2) => (n === null || n === undefined ? '-' : n.toFixed(digits));
const ratio = (a, b) => (a === null || b === null || !b ? null : a / b);
const clean = ({ code, wallS, cpuS, rssMb, changes, findings, errors, sampled, extrapolatedTo }) =>
  Object.fromEntries(Object.entries({ wallS, cpuS, rssMb, changes, findings, errors, sampled, extrapolatedTo, code }).filter(([, v]) => v !== undefined));

function printTable(rows) {
  console.log(['packages', 'what', 'wall s', 'cpu s', 'peak MB', 'wall ×floor', 'notes'].map((h, i) => (i < 2 ? h.padEnd(i ? 14 : 9) : h.padStart(12))).join(''));
  for (const row of rows) {
    for (const [what, m] of Object.entries(row.results)) {
      const note = m.sampled ? `${m.sampled} sampled` : m.errors ? `${m.errors} errors` : m.findings !== undefined ? `${m.findings} findings` : '';
      console.log(
        String(row.packages).padEnd(9) + what.padEnd(14) + fmt(m.wallS).padStart(12) + fmt(m.cpuS).padStart(12) + fmt(m.rssMb, 0).padStart(12) + fmt(ratio(m.wallS, row.results.floor.wallS), 1).padStart(12) + note.padStart(12),
      );
    }
    const { cold, warm } = row.results;
    console.log(`${''.padEnd(9)}warm/cold wall ${fmt(ratio(warm.wallS, cold.wallS))}, cold/floor wall ${fmt(ratio(cold.wallS, row.results.floor.wallS))}`);
  }
}

/** Written after every size, so that an interrupted run still leaves what it measured. */
function writeResults(rows) {
  const mode = values.live ? 'live' : 'synthetic';
  const output = {
    generatedAt: new Date().toISOString(),
    mode,
    machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, gnuTime: hasGnuTime, loadAverage: loadavg()[0] },
    rows: rows.map((row) => ({ ...row, results: Object.fromEntries(Object.entries(row.results).map(([k, v]) => [k, { ...clean(v), ...(v.tarballRequests !== undefined ? { tarballRequests: v.tarballRequests } : {}) }])) })),
  };
  const out = resolve(values.out);
  mkdirSync(dirname(out), { recursive: true });
  let existing = {};
  try {
    existing = JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    // First run.
  }
  writeFileSync(out, JSON.stringify({ ...existing, [mode]: output }, null, 2) + '\n');
}

async function synthetic() {
  const { startTestRegistry, npmLockV3 } = await loadHelpers();
  const sizes = values.sizes.split(',').map(Number);
  const largest = Math.max(...sizes);
  console.log(`generating ${largest} packages (old and new versions) and starting the local registry...`);
  const packages = generatePackages(largest);
  const registry = await startTestRegistry(packages);
  const names = Object.keys(packages);
  const rows = [];
  try {
    for (const size of sizes) {
      const chosen = names.slice(0, size);
      const oldLock = join(work, `old-${size}.json`);
      const newLock = join(work, `new-${size}.json`);
      writeFileSync(oldLock, npmLockV3(registry, chosen.map((name) => ({ name, version: '1.0.0' }))));
      writeFileSync(newLock, npmLockV3(registry, chosen.map((name) => ({ name, version: '1.1.0' }))));
      const urls = chosen.flatMap((name) => [registry.tarballUrl(name, '1.0.0'), registry.tarballUrl(name, '1.1.0')]);
      const cacheDir = join(work, `cache-${size}`);
      const registryArgs = ['--registry', registry.url];
      const results = {};
      results.floor = await floor(urls);
      results.cold = await depdiff(oldLock, newLock, cacheDir, registryArgs);
      const tarballsBefore = registry.requests.filter((r) => r.path.endsWith('.tgz')).length;
      results.warm = await depdiff(oldLock, newLock, cacheDir, registryArgs);
      results.warm.tarballRequests = registry.requests.filter((r) => r.path.endsWith('.tgz')).length - tarballsBefore;
      const sample = Math.min(size, Number(values['npm-diff-sample']));
      const step = size / sample;
      results['npm diff'] = await npmDiff(Array.from({ length: sample }, (_, i) => chosen[Math.floor(i * step)]), size, registry.url);
      rows.push({ packages: size, results });
      printTable([rows.at(-1)]);
      writeResults(rows);
    }
  } finally {
    await registry.close();
  }
  return rows;
}

async function live() {
  const caseDir = join(values.corpus, values.case);
  const [lockfile] = readdirSync(join(caseDir, 'new'));
  const oldLock = join(caseDir, 'old', lockfile);
  const newLock = join(caseDir, 'new', lockfile);
  const cacheDir = join(work, 'live-cache');
  const results = {};
  results.cold = await depdiff(oldLock, newLock, cacheDir, []);
  results.warm = await depdiff(oldLock, newLock, cacheDir, []);
  // The floor fetches the tarballs depdiff reviewed: both sides of every change, from the public registry.
  const report = JSON.parse((await run(process.execPath, [CLI, oldLock, newLock, '--format', 'json', '-q', '--fail-on', 'never', '--cache-dir', cacheDir], { stdout: 'capture' })).stdout);
  const url = (name, version) => `https://registry.npmjs.org/${name}/-/${name.replace(/^@[^/]+\//, '')}-${version}.tgz`;
  const urls = report.changes.flatMap((c) => (c.to ? [c.from && url(c.name, c.from), url(c.name, c.to)].filter(Boolean) : []));
  results.floor = await floor([...new Set(urls)]);
  const row = { packages: report.changes.length, case: values.case, results };
  printTable([row]);
  writeResults([row]);
  return [row];
}

if (values.live) await live();
else await synthetic();
console.log(`wrote ${values.out}`);
rmSync(work, { recursive: true, force: true });
