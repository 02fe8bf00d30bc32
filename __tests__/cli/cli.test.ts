// The CLI as a user runs it, against a local npm registry: the bundle (dist/cli.js) as a child process for the
// outputs, exit codes and modes a user meets first; the sources in this process (src/cli/run.ts) for the
// tests of one behaviour each, which need no Node start of their own.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { refactorOnly, wormVictim } from '../fixtures/incidents.js';
import { npmLockV3 } from '../helpers/lockfile-writer.js';
import { CLI, runCli } from '../helpers/run-cli.js';
import { runCliSource } from '../helpers/run-cli-source.js';
import { startTestRegistry, type TestRegistry } from '../helpers/test-registry.js';

let registry: TestRegistry;
let work: string;

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run bundle` first');
  registry = await startTestRegistry({ 'worm-victim': wormVictim, 'refactor-only': refactorOnly });
  work = mkdtempSync(join(tmpdir(), 'depdiff-cli-'));
  mkdirSync(join(work, 'old'));
  mkdirSync(join(work, 'new'));
  writeFileSync(
    join(work, 'old/package-lock.json'),
    npmLockV3(registry, [
      { name: 'worm-victim', version: '1.0.0' },
      { name: 'refactor-only', version: '2.0.0' },
    ]),
  );
  writeFileSync(
    join(work, 'new/package-lock.json'),
    npmLockV3(registry, [
      { name: 'worm-victim', version: '1.0.1' },
      { name: 'refactor-only', version: '2.1.0' },
    ]),
  );
});

afterAll(async () => {
  await registry?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const reviewArgs = () => ['old/package-lock.json', 'new/package-lock.json', '--registry', registry.url, '--cache-dir', join(work, 'cache'), '-q'];

test('a worm-like postinstall fails the review; a refactor that only moved https is not reported', async () => {
  const result = await runCli([...reviewArgs(), '--format', 'json', '--out', 'report.json'], work);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(1);
  const report = JSON.parse(readFileSync(join(work, 'report.json'), 'utf8'));
  expect(report.schemaVersion).toBe(1);
  expect(report.verdict).toBe('fail');
  const worm = report.changes.find((c: { name: string }) => c.name === 'worm-victim');
  expect(worm).toMatchObject({ from: '1.0.0', to: '1.0.1', type: 'updated', direct: true });
  const kinds = worm.findings.map((f: { kind: string }) => f.kind);
  expect(kinds).toEqual(expect.arrayContaining(['install-script', 'network', 'env', 'fs-sensitive', 'maintainer-change']));
  const script = worm.findings.find((f: { kind: string }) => f.kind === 'install-script');
  expect(script.severity).toBe('critical');
  expect(script.file).toBe('package.json');
  expect(script.message).toContain('node bundle.js');
  const network = worm.findings.find((f: { kind: string; file?: string }) => f.kind === 'network' && f.file === 'bundle.js');
  expect(network.line).toBeGreaterThan(0);
  expect(network.url).toContain('npmjs.com/package/worm-victim/v/1.0.1');
  const refactor = report.changes.find((c: { name: string }) => c.name === 'refactor-only');
  expect(refactor.findings).toEqual([]);
  expect(report.errors).toEqual([]);
});

test('markdown goes to stdout with the change table; --fail-on never passes', async () => {
  const result = await runCli([...reviewArgs(), '--fail-on', 'never'], work);
  expect(result.code).toBe(0);
  // Package names and versions are code spans: rendered and copied exactly as published.
  expect(result.stdout).toContain('`worm-victim`');
  expect(result.stdout).toContain('`refactor-only`');
  expect(result.stdout).toContain('`1.0.0` → `1.0.1`');
});

test('SARIF output is SARIF 2.1.0 with a result per finding', async () => {
  const result = await runCli([...reviewArgs(), '--format', 'sarif', '--offline'], work);
  expect(result.code).toBe(1);
  const sarif = JSON.parse(result.stdout);
  expect(sarif.version).toBe('2.1.0');
  expect(sarif.runs[0].results.length).toBeGreaterThan(3);
  expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toContain('install-script');
});

test('--no-fetch lists the changes without touching the registry', async () => {
  const before = registry.requests.length;
  const result = await runCli(['old/package-lock.json', 'new/package-lock.json', '--no-fetch', '--format', 'json', '--registry', registry.url], work);
  expect(result.code).toBe(0);
  expect(registry.requests.length).toBe(before);
  const report = JSON.parse(result.stdout);
  expect(report.changes.map((c: { name: string }) => c.name).sort()).toEqual(['refactor-only', 'worm-victim']);
  expect(report.notes.join(' ')).toMatch(/not checked/);
});

test('usage and input errors exit 2 with one line and no stack trace', async () => {
  const usage = await runCli(['only-one-file'], work);
  expect(usage.code).toBe(2);
  expect(usage.stderr.trim().split('\n')).toHaveLength(1);
  expect(usage.stderr).not.toMatch(/\bat .*:\d+:\d+/);

  const badOption = await runCliSource(['--fail-on', 'sometimes', 'a', 'b'], work);
  expect(badOption.code).toBe(2);
  expect(badOption.stderr).toContain('--fail-on');

  writeFileSync(join(work, 'broken-lock.json'), '{\n  "lockfileVersion": 3,\n  "packages": {\n    oops\n}\n');
  mkdirSync(join(work, 'broken'), { recursive: true });
  writeFileSync(join(work, 'broken/package-lock.json'), readFileSync(join(work, 'broken-lock.json')));
  const broken = await runCliSource(['old/package-lock.json', 'broken/package-lock.json', '--no-fetch'], work);
  expect(broken.code).toBe(2);
  expect(broken.stderr).toContain('broken/package-lock.json');
  expect(broken.stderr).toMatch(/package-lock\.json:4\b/);
  expect(broken.stderr.trim().split('\n')).toHaveLength(1);

  const missing = await runCliSource(['old/package-lock.json', 'nowhere/package-lock.json'], work);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain('nowhere/package-lock.json');
});

test('--help and --version', async () => {
  const help = await runCli(['--help'], work);
  expect(help.code).toBe(0);
  expect(help.stdout).toContain('--base-ref');
  const version = await runCli(['--version'], work);
  expect(version.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
});

test('--base-ref reviews every lockfile that changed since the ref, in a git repository', async () => {
  const repo = join(work, 'repo');
  mkdirSync(join(repo, 'packages/web'), { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 't@example.org');
  git('config', 'user.name', 't');
  writeFileSync(join(repo, 'package-lock.json'), readFileSync(join(work, 'old/package-lock.json')));
  writeFileSync(join(repo, 'packages/web/package-lock.json'), readFileSync(join(work, 'old/package-lock.json')));
  git('add', '-A');
  git('commit', '-qm', 'base');
  writeFileSync(join(repo, 'package-lock.json'), readFileSync(join(work, 'new/package-lock.json')));
  writeFileSync(join(repo, 'packages/web/package-lock.json'), readFileSync(join(work, 'new/package-lock.json')));

  const result = await runCli(['--base-ref', 'main', '--no-fetch', '--format', 'json'], repo);
  expect(result.code).toBe(0);
  const report = JSON.parse(result.stdout);
  expect(report.lockfiles.map((l: { path: string }) => l.path)).toEqual(['package-lock.json', 'packages/web/package-lock.json']);
  expect(report.changes).toHaveLength(4);

  const only = await runCliSource(['--base-ref', 'main', '--no-fetch', '--format', 'json', '--lockfile', 'packages/**'], repo);
  expect(JSON.parse(only.stdout).lockfiles).toHaveLength(1);

  const unknown = await runCliSource(['--base-ref', 'no-such-ref', '--no-fetch'], repo);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain('no-such-ref');
});

test('a changed binary bun.lockb is an input error that says how to switch, not a silent pass', async () => {
  const repo = join(work, 'bun-repo');
  mkdirSync(repo, { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 't@example.org');
  git('config', 'user.name', 't');
  writeFileSync(join(repo, 'bun.lockb'), Buffer.from([0x23, 0x21, 0x2f, 0x00, 0x01]));
  git('add', '-A');
  git('commit', '-qm', 'base');
  writeFileSync(join(repo, 'bun.lockb'), Buffer.from([0x23, 0x21, 0x2f, 0x00, 0x02]));
  const result = await runCliSource(['--base-ref', 'main', '--no-fetch'], repo);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('bun.lock');
  expect(result.stderr).toContain('--save-text-lockfile');
});

test('a policy file acknowledges findings (they stay listed) and an expired entry stops applying', async () => {
  writeFileSync(
    join(work, 'ack.yml'),
    ['ignore:', '  - package: worm-victim', '    version: ">=1.0.1"', '    reason: "reviewed by the security team"', '    expires: 2999-01-01', ''].join('\n'),
  );
  const acknowledged = await runCliSource([...reviewArgs(), '--config', 'ack.yml', '--format', 'json', '--offline'], work);
  expect(acknowledged.code).toBe(0);
  const report = JSON.parse(acknowledged.stdout);
  expect(report.verdict).toBe('pass');
  const worm = report.changes.find((c: { name: string }) => c.name === 'worm-victim');
  expect(worm.findings.length).toBeGreaterThan(3);
  expect(worm.findings.every((f: { acknowledged?: { reason: string } }) => f.acknowledged?.reason === 'reviewed by the security team')).toBe(true);
  expect(report.counts.acknowledged).toBe(worm.findings.length);

  writeFileSync(join(work, 'expired.yml'), ['ignore:', '  - package: worm-victim', '    reason: "temporary"', '    expires: 2020-01-01', ''].join('\n'));
  const expired = await runCliSource([...reviewArgs(), '--config', 'expired.yml', '--format', 'json', '--offline'], work);
  expect(expired.code).toBe(1);
  expect(JSON.parse(expired.stdout).notes.join(' ')).toMatch(/expired/);
});

// Last in the file: the injected failures stay armed for the rest of this registry's life.
test('a package that could not be reviewed exits 1 and says why; --allow-incomplete exits 0 and still says it', async () => {
  const dir = join(work, 'incomplete');
  mkdirSync(join(dir, 'old'), { recursive: true });
  mkdirSync(join(dir, 'new'), { recursive: true });
  writeFileSync(join(dir, 'old/package-lock.json'), npmLockV3(registry, [{ name: 'refactor-only', version: '2.0.0' }]));
  writeFileSync(join(dir, 'new/package-lock.json'), npmLockV3(registry, [{ name: 'refactor-only', version: '2.1.0' }]));
  // A refused tarball (as without a private registry's token) is not retried, so the test stays fast.
  registry.failNext('/refactor-only/-/refactor-only-2.1.0.tgz', 403, 1000);
  const args = (cache: string) => ['old/package-lock.json', 'new/package-lock.json', '--registry', registry.url, '--cache-dir', join(dir, cache), '--format', 'json'];

  const failed = await runCliSource(args('cache-1'), dir);
  expect(failed.code).toBe(1);
  expect(failed.stderr).toMatch(/depdiff: fail: .*incomplete: 1 package could not be reviewed\. The registry failed after retries or refused access: re-run the job/);
  const report = JSON.parse(failed.stdout);
  expect(report).toMatchObject({ verdict: 'fail', incomplete: 1, allowIncomplete: false, counts: { critical: 0, high: 0 } });
  expect(report.errors).toEqual([expect.objectContaining({ name: 'refactor-only', version: '2.1.0', code: 'EFETCH' })]);

  const allowed = await runCliSource([...args('cache-2'), '--allow-incomplete'], dir);
  expect(allowed.code).toBe(0);
  expect(allowed.stderr).toContain('warning: 1 package could not be reviewed (allowed by allow-incomplete)');
  expect(JSON.parse(allowed.stdout)).toMatchObject({ verdict: 'pass', incomplete: 1, allowIncomplete: true });
});
