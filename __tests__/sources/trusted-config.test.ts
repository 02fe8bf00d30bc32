import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/model/errors.js';
import { readInputs } from '../../src/github/inputs.js';
import { loadPolicy, trustedNpmrcDirs } from '../../src/sources/trusted-config.js';

const files = (map: Record<string, string>) => async (path: string) => map[path] ?? null;
const inputs = (values: Record<string, string> = {}) => readInputs((name) => values[name] ?? '');

test('no config file in the base: the default policy', async () => {
  const { policy, found } = await loadPolicy(files({}), inputs());
  expect(found).toBe(false);
  expect(policy).toMatchObject({ failOn: 'high', cooldownHours: 72 });
});

test('the base config applies; non-empty inputs override fail-on and cooldown-hours', async () => {
  const config = files({ '.github/depdiff.yml': 'fail-on: medium\ncooldown-hours: 24\n' });
  expect((await loadPolicy(config, inputs())).policy).toMatchObject({ failOn: 'medium', cooldownHours: 24 });
  expect((await loadPolicy(config, inputs({ 'fail-on': 'critical', 'cooldown-hours': '0' }))).policy).toMatchObject({
    failOn: 'critical',
    cooldownHours: 0,
  });
});

test('a broken config is an input error naming the file', async () => {
  const promise = loadPolicy(files({ 'ci/policy.yml': 'fail-on: sometimes\n' }), inputs({ 'config-file': 'ci/policy.yml' }));
  await expect(promise).rejects.toBeInstanceOf(InputError);
  await expect(promise).rejects.toThrow(/ci\/policy\.yml/);
});

test('the base .npmrc is copied into a private directory; none means no project .npmrc at all', async () => {
  const root = mkdtempSync(join(tmpdir(), 'depdiff-npmrc-test-'));
  try {
    expect(await trustedNpmrcDirs(files({}), root)).toEqual([]);
    const [dir] = await trustedNpmrcDirs(files({ '.npmrc': '@corp:registry=https://npm.corp.example/\n' }), root);
    expect(dir.startsWith(root)).toBe(true);
    expect(readFileSync(join(dir, '.npmrc'), 'utf8')).toBe('@corp:registry=https://npm.corp.example/\n');
    expect(statSync(join(dir, '.npmrc')).mode & 0o077).toBe(0);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
