// With --base-ref, the policy file and .npmrc come from the base commit: a change under review that adds an
// ignore entry for its own finding, or points the registry at another host, has no effect.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { wormVictim } from '../fixtures/incidents.js';
import { npmLockV3 } from '../helpers/lockfile-writer.js';
import { startTestRegistry, type TestRegistry } from '../helpers/test-registry.js';
import { gitIn } from '../helpers/run-cli.js';
import { runCliSource } from '../helpers/run-cli-source.js';

let good: TestRegistry;
let evil: TestRegistry;
let repo: string;
let scratch: string;
let git: (...args: string[]) => string;
let runs = 0;

const acknowledgeWorm = ['ignore:', '  - package: worm-victim', '    reason: "the change acknowledges itself"', ''].join('\n');
const SECRET = 'npm_secret_for_the_real_registry';

beforeAll(async () => {
  good = await startTestRegistry({ 'worm-victim': wormVictim });
  evil = await startTestRegistry({ 'worm-victim': wormVictim });
  scratch = mkdtempSync(join(tmpdir(), 'depdiff-cli-trusted-'));
  repo = join(scratch, 'repo');
  mkdirSync(repo);
  git = gitIn(repo);
  git('init', '-q', '-b', 'main');
  mkdirSync(join(repo, 'ci'));
  writeFileSync(join(repo, 'package-lock.json'), npmLockV3(good, [{ name: 'worm-victim', version: '1.0.0' }]));
  writeFileSync(join(repo, '.npmrc'), `registry=${good.url}\n`);
  writeFileSync(join(repo, 'ci/policy.yml'), 'fail-on: high\n');
  git('add', '-A');
  git('commit', '-qm', 'base');
  // The change under review: a bump with a worm-like postinstall, and settings that would hide it.
  git('checkout', '-q', '-b', 'pr');
  writeFileSync(join(repo, 'package-lock.json'), npmLockV3(good, [{ name: 'worm-victim', version: '1.0.1' }]));
  mkdirSync(join(repo, '.github'));
  writeFileSync(join(repo, '.github/depdiff.yml'), acknowledgeWorm);
  writeFileSync(join(repo, 'ci/policy.yml'), `fail-on: high\n${acknowledgeWorm}`);
  const evilHost = evil.url.replace(/^https?:/, '').replace(/\/?$/, '/');
  writeFileSync(join(repo, '.npmrc'), `registry=${evil.url}\n${evilHost}:_authToken=\${DEPDIFF_TEST_TOKEN}\n`);
  git('add', '-A');
  git('commit', '-qm', 'pr');
});

afterAll(async () => {
  await good?.close();
  await evil?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

async function reviewPr(extra: string[]) {
  runs += 1;
  const result = await runCliSource(['--base-ref', 'main', '--format', 'json', '--cache-dir', join(scratch, `cache-${runs}`), '-q', ...extra], repo, {
    DEPDIFF_TEST_TOKEN: SECRET,
  });
  return { ...result, report: result.stdout ? JSON.parse(result.stdout) : undefined };
}

function wormFindings(report: { changes: Array<{ name: string; findings: Array<{ acknowledged?: unknown }> }> }) {
  return report.changes.find((change) => change.name === 'worm-victim')!.findings;
}

test.each([
  ['the working tree', []],
  ['--head-ref', ['--head-ref', 'pr']],
])('against %s: the head ignore entry and .npmrc have no effect', async (_what, headArgs) => {
  const goodBefore = good.requests.length;
  const { code, stderr, report } = await reviewPr(headArgs);
  expect(stderr).toBe('');
  expect(code).toBe(1);
  expect(report.verdict).toBe('fail');
  expect(wormFindings(report).length).toBeGreaterThan(3);
  expect(wormFindings(report).filter((finding) => finding.acknowledged)).toEqual([]);
  expect(evil.requests).toEqual([]);
  expect(good.requests.length).toBeGreaterThan(goodBefore);
});

test('a --config inside the repository is read from the base commit too', async () => {
  const { code, report } = await reviewPr(['--config', 'ci/policy.yml']);
  expect(code).toBe(1);
  expect(wormFindings(report).filter((finding) => finding.acknowledged)).toEqual([]);
  expect(evil.requests).toEqual([]);
});

test('a --config that only the change adds is an input error that says why', async () => {
  const { code, stderr } = await reviewPr(['--config', '.github/depdiff.yml']);
  expect(code).toBe(2);
  expect(stderr).toContain('.github/depdiff.yml is not in the base commit main');
});

test('a --config outside the repository is the user\'s own and applies', async () => {
  const outside = join(scratch, 'policy.yml');
  writeFileSync(outside, acknowledgeWorm.replace('the change acknowledges itself', 'reviewed'));
  const { code, report } = await reviewPr(['--config', outside]);
  rmSync(outside);
  expect(code).toBe(0);
  expect(wormFindings(report).every((finding) => finding.acknowledged)).toBe(true);
});

test('--help says what is read from where', async () => {
  const { stdout } = await runCliSource(['--help'], repo);
  expect(stdout).toMatch(/policy file \(\.github\/depdiff\.yml or --config\) and the root \.npmrc are\s+read from REF/);
  expect(readFileSync(join(repo, '.npmrc'), 'utf8')).toContain(evil.url);
});
