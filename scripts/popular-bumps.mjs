#!/usr/bin/env node
// Noise check against the live registry: builds a package-lock.json pair that moves each named package
// from its previous stable version to its latest, then reviews it with the bundled CLI.
//   node scripts/popular-bumps.mjs [--out DIR] name...      (default: POPULAR_NAMES)
// A reviewer that flags many of these routine releases would be switched off; read what it reports.
// scripts/calibrate.mjs builds its popular case with writePopularLockfiles.
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, promisify } from 'node:util';

/** Widely used packages (weekly downloads in the millions): runtime libraries, build tools, CLIs, native addons. */
export const POPULAR_NAMES = (
  'lodash react react-dom express chalk debug axios commander yargs semver uuid dayjs typescript webpack eslint prettier ' +
  'jest vite esbuild rollup vue zod ws mongoose pg redis dotenv cors jsonwebtoken bcrypt glob rimraf minimist yaml js-yaml ' +
  'ajv qs node-fetch got undici ' +
  'tslib @babel/core @babel/parser @babel/traverse @babel/generator @babel/types postcss autoprefixer tailwindcss sass ' +
  'next nuxt svelte @angular/core rxjs moment date-fns luxon classnames clsx prop-types react-router redux @reduxjs/toolkit ' +
  'mobx immer zustand @tanstack/react-query graphql apollo-server body-parser cookie-parser morgan helmet multer ' +
  'socket.io ioredis mysql2 sqlite3 sequelize typeorm prisma @prisma/client knex mongodb ' +
  'winston pino bunyan nodemon ts-node tsx cross-env concurrently npm-run-all husky lint-staged @commitlint/cli ' +
  'mocha chai sinon vitest @playwright/test puppeteer cypress supertest nock msw ' +
  'fs-extra chokidar fast-glob micromatch minimatch picomatch execa open inquirer ora listr2 boxen figlet ' +
  'cheerio jsdom marked markdown-it highlight.js handlebars ejs pug nunjucks mustache ' +
  'sharp canvas bufferutil utf-8-validate protobufjs @grpc/grpc-js google-protobuf long ' +
  'aws-sdk @aws-sdk/client-s3 firebase firebase-admin stripe twilio @sentry/node @sentry/browser @opentelemetry/api ' +
  'ethers web3 bn.js elliptic tweetnacl crypto-js bcryptjs argon2 node-forge jose passport ' +
  'core-js regenerator-runtime whatwg-fetch cross-fetch isomorphic-fetch form-data mime mime-types iconv-lite ' +
  'debug ms inherits safe-buffer readable-stream string_decoder event-stream colors'
).split(' ').filter((name, index, all) => all.indexOf(name) === index);

const run = promisify(execFile);
const npmJson = async (args) => JSON.parse((await run('npm', [...args, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })).stdout);

/** The previous stable version and the latest of one package, with their tarballs; null when there is no previous. */
async function lastBump(name) {
  const info = await npmJson(['view', name, 'versions', 'dist-tags']);
  const stable = info.versions.filter((version) => !version.includes('-'));
  const index = stable.indexOf(info['dist-tags'].latest);
  if (index < 1) return null;
  const sides = await Promise.all([stable[index - 1], stable[index]].map(async (version) => {
    const dist = await npmJson(['view', `${name}@${version}`, 'dist']);
    return { version, resolved: dist.tarball, integrity: dist.integrity };
  }));
  return { name, before: sides[0], after: sides[1] };
}

/** Writes DIR/old/package-lock.json and DIR/new/package-lock.json; returns the bumps it could build. */
export async function writePopularLockfiles(names, dir, { concurrency = 6, log = console.error } = {}) {
  const bumps = [];
  const queue = [...names];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
        try {
          const bump = await lastBump(name);
          if (bump) bumps.push(bump);
          else log(`${name}: skipped (no earlier stable version)`);
        } catch (error) {
          log(`${name}: skipped (${String(error.message).split('\n')[0]})`);
        }
      }
    }),
  );
  bumps.sort((a, b) => a.name.localeCompare(b.name));
  const lockfile = (side) =>
    JSON.stringify(
      {
        name: 'popular',
        lockfileVersion: 3,
        requires: true,
        packages: {
          '': { name: 'popular', dependencies: Object.fromEntries(bumps.map((b) => [b.name, '*'])) },
          ...Object.fromEntries(bumps.map((b) => [`node_modules/${b.name}`, b[side]])),
        },
      },
      null,
      2,
    );
  for (const [folder, side] of [['old', 'before'], ['new', 'after']]) {
    mkdirSync(join(dir, folder), { recursive: true });
    writeFileSync(join(dir, folder, 'package-lock.json'), lockfile(side));
  }
  return bumps;
}

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
  const names = positionals.length > 0 ? positionals : POPULAR_NAMES;
  const work = values.out ?? mkdtempSync(join(tmpdir(), 'depdiff-popular-'));
  await writePopularLockfiles(names, work);
  const cli = spawnSync(process.execPath, [resolve('dist/cli.js'), join(work, 'old/package-lock.json'), join(work, 'new/package-lock.json'), '--format', 'json', '--fail-on', 'never', '-q', '--cache-dir', join(work, 'cache')], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, DEPDIFF_STATS: '1' },
  });
  if (cli.status !== 0) throw new Error(cli.stderr);
  const report = JSON.parse(cli.stdout);
  writeFileSync(join(work, 'report.json'), cli.stdout);
  console.log(`${report.changes.length} bumps reviewed in ${work}; ${cli.stderr.trim()}`);
  console.log('counts:', JSON.stringify(report.counts));
  for (const change of report.changes) {
    for (const finding of change.findings) console.log(`${finding.severity.padEnd(8)} ${change.name} ${change.from} -> ${change.to} ${finding.kind}: ${finding.message.slice(0, 140)}`);
  }
  for (const error of report.errors) console.log(`error    ${error.name}@${error.version}: ${error.message}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
