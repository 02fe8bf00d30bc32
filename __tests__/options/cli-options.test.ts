// The policy options through the CLI (src/cli/run.ts), as a user runs it: config keys and flags.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { refactorOnly, wormVictim } from '../fixtures/incidents.js';
import { npmLockV3 } from '../helpers/lockfile-writer.js';
import { startTestRegistry, type TestRegistry } from '../helpers/test-registry.js';
import { runCliSource } from '../helpers/run-cli-source.js';

let registry: TestRegistry;
let work: string;

beforeAll(async () => {
  registry = await startTestRegistry({ 'worm-victim': wormVictim, 'refactor-only': refactorOnly });
  work = mkdtempSync(join(tmpdir(), 'depdiff-options-'));
  mkdirSync(join(work, 'old'));
  mkdirSync(join(work, 'new'));
  writeFileSync(join(work, 'old/package-lock.json'), npmLockV3(registry, [{ name: 'refactor-only', version: '2.0.0', dev: true }]));
  writeFileSync(join(work, 'new/package-lock.json'), npmLockV3(registry, [{ name: 'refactor-only', version: '2.1.0', dev: true }]));
});

afterAll(async () => {
  await registry?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const review = (...extra: string[]) =>
  runCliSource(['old/package-lock.json', 'new/package-lock.json', '--no-fetch', '--format', 'json', '--registry', registry.url, '-q', ...extra], work);

test('a deny entry of the config file fails the review with a critical finding that carries its reason', async () => {
  writeFileSync(join(work, 'deny.yml'), ['deny:', '  - package: refactor-only@>=2.1.0', '    reason: "replaced by our fork, see ADR-12"', ''].join('\n'));
  const denied = await review('--config', 'deny.yml');
  expect(denied.code).toBe(1);
  const [finding] = JSON.parse(denied.stdout).changes[0].findings.filter((f: { kind: string }) => f.kind === 'denied');
  expect(finding).toMatchObject({ severity: 'critical', message: expect.stringContaining('replaced by our fork, see ADR-12') });

  // fail-on-scopes never exempts a denied package, even a development-only one.
  expect((await review('--config', 'deny.yml', '--fail-on-scopes', 'runtime')).code).toBe(1);
  // Without the entry, the same change passes.
  expect((await review()).code).toBe(0);
});

test.each([
  [['--fail-on-scopes', 'runtime,dev'], /--fail-on-scopes: each item must be one of runtime, development, not "dev"/],
  [['--fail-on', 'hihg'], /--fail-on must be one of critical, high, medium, low, never, not "hihg" \(did you mean "high"\?\)/],
  [['--allow-licenses', 'MIT', '--deny-licenses', 'GPL-3.0-only'], /--allow-licenses and --deny-licenses: use either, not both/],
  [['--deny-licenses', 'GPL 3'], /--deny-licenses: "GPL 3" is not an SPDX license id/],
  [['--concurrency', '0'], /--concurrency must be a whole number from 1 to 64/],
])('%j is an input error (exit 2) that names the flag', async (flags, message) => {
  const result = await review(...flags);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(message);
});

test('a config key error names the file and line, with a suggestion', async () => {
  writeFileSync(join(work, 'typo.yml'), 'fail-on: high\ndeny:\n  - pakage: left-pad\n    reason: r\n');
  const result = await review('--config', 'typo.yml');
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/typo\.yml:3: unknown key "pakage" in deny entry 1 \(did you mean "package"\?\)/);
});

test('--deny-licenses and --allow-licenses apply SPDX semantics to the fetched license (MIT here)', async () => {
  const fetched = (...extra: string[]) =>
    runCliSource(['old/package-lock.json', 'new/package-lock.json', '--format', 'json', '--registry', registry.url, '--cache-dir', join(work, 'cache'), '-q', ...extra], work);
  const denied = await fetched('--deny-licenses', 'GPL-3.0-or-later, MIT');
  expect(denied.code).toBe(1);
  const findings = JSON.parse(denied.stdout).changes[0].findings;
  expect(findings).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'license-change', severity: 'high', message: expect.stringContaining('MIT, which your policy denies') })]));
  expect((await fetched('--allow-licenses', 'MIT,Apache-2.0')).code).toBe(0);
  expect((await fetched('--allow-licenses', 'Apache-2.0')).code).toBe(1);
});
