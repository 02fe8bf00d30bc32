// Runs one child process and measures it: wall time, CPU time (user + sys) and peak RSS, read from
// GNU time (`/usr/bin/time`) when the machine has it; otherwise wall time only (CPU and RSS null).
// Asynchronous on purpose: the bench serves the registry from its own event loop.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = existsSync(GNU_TIME);

export function run(command, args, { env = process.env, stdout = 'ignore' } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'depdiff-bench-time-'));
  const timeFile = join(dir, 'time');
  const [cmd, argv] = hasGnuTime ? [GNU_TIME, ['-f', '%e %U %S %M', '-o', timeFile, command, ...args]] : [command, args];
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { env, stdio: ['ignore', stdout === 'capture' ? 'pipe' : 'ignore', 'pipe'] });
    const out = [];
    let err = '';
    child.stdout?.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallS = Number(process.hrtime.bigint() - started) / 1e9;
      let cpuS = null;
      let rssMb = null;
      if (hasGnuTime && existsSync(timeFile)) {
        const [, user, sys, rssKb] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
        cpuS = user + sys;
        rssMb = rssKb / 1024;
      }
      rmSync(dir, { recursive: true, force: true });
      resolve({ code, wallS, cpuS, rssMb, stdout: Buffer.concat(out).toString('utf8'), stderr: err });
    });
  });
}

/** Sums sequential runs (wall, CPU) and keeps the highest peak RSS. */
export function combine(results) {
  const sum = (key) => (results.some((r) => r[key] === null) ? null : results.reduce((n, r) => n + r[key], 0));
  return { wallS: sum('wallS'), cpuS: sum('cpuS'), rssMb: results.some((r) => r.rssMb === null) ? null : Math.max(...results.map((r) => r.rssMb)) };
}
