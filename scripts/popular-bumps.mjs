#!/usr/bin/env node
// Noise check against the live registry: builds a package-lock.json pair that moves each named package
// from its previous stable version to its latest, then reviews it with the bundled CLI.
//   node scripts/popular-bumps.mjs [--out DIR] name...      (default: a list of popular packages)
// A reviewer that flags many of these routine releases would be switched off; read what it reports.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const DEFAULT_NAMES = 'lodash react react-dom express chalk debug axios commander yargs semver uuid dayjs typescript webpack eslint prettier jest vite esbuild rollup vue zod ws mongoose pg redis dotenv cors jsonwebtoken bcrypt glob rimraf minimist yaml js-yaml ajv qs node-fetch got undici'.split(' ');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
const names = positionals.length > 0 ? positionals : DEFAULT_NAMES;
const work = values.out ?? mkdtempSync(join(tmpdir(), 'depdiff-popular-'));
const npmJson = (args) => JSON.parse(execFileSync('npm', [...args, '--json'], { encoding: 'utf8' }));

const before = {};
const after = {};
for (const name of names) {
  try {
    const info = npmJson(['view', name, 'versions', 'dist-tags']);
    const stable = info.versions.filter((version) => !version.includes('-'));
    const index = stable.indexOf(info['dist-tags'].latest);
    if (index < 1) continue;
    for (const [side, version] of [[before, stable[index - 1]], [after, stable[index]]]) {
      const dist = npmJson(['view', `${name}@${version}`, 'dist']);
      side[`node_modules/${name}`] = { version, resolved: dist.tarball, integrity: dist.integrity };
    }
  } catch (error) {
    console.error(`${name}: skipped (${String(error.message).split('\n')[0]})`);
  }
}
const lockfile = (packages) =>
  JSON.stringify({ name: 'popular', lockfileVersion: 3, requires: true, packages: { '': { name: 'popular', dependencies: Object.fromEntries(names.map((n) => [n, '*'])) }, ...packages } }, null, 2);
for (const [side, packages] of [['old', before], ['new', after]]) {
  mkdirSync(join(work, side), { recursive: true });
  writeFileSync(join(work, side, 'package-lock.json'), lockfile(packages));
}
const run = spawnSync(process.execPath, [resolve('dist/cli.js'), join(work, 'old/package-lock.json'), join(work, 'new/package-lock.json'), '--format', 'json', '--fail-on', 'never', '-q', '--cache-dir', join(work, 'cache')], {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
  env: { ...process.env, DEPDIFF_STATS: '1' },
});
if (run.status !== 0) throw new Error(run.stderr);
const report = JSON.parse(run.stdout);
writeFileSync(join(work, 'report.json'), run.stdout);
console.log(`${report.changes.length} bumps reviewed in ${work}; ${run.stderr.trim()}`);
console.log('counts:', JSON.stringify(report.counts));
for (const change of report.changes) {
  for (const finding of change.findings) console.log(`${finding.severity.padEnd(8)} ${change.name} ${change.from} -> ${change.to} ${finding.kind}: ${finding.message.slice(0, 140)}`);
}
for (const error of report.errors) console.log(`error    ${error.name}@${error.version}: ${error.message}`);
