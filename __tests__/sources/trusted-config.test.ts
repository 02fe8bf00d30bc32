import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/model/errors.js';
import { readInputs } from '../../src/github/inputs.js';
import { collectSources } from '../../src/sources/review-sources.js';
import { actionCacheDir, actionSettings, trustedNpmrcDirs } from '../../src/sources/trusted-config.js';

// The base-commit policy as the Action loads it (actionSettings), without the registry part.
async function loadPolicy(readTrusted: (path: string) => Promise<string | null>, given: ReturnType<typeof inputs>) {
  const settings = await actionSettings({ readTrusted, headChanges: async () => false }, given, { RUNNER_TEMP: tmpdir() });
  return { policy: settings.policy, found: settings.configFound };
}

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

test('allow-incomplete: the input, else the base config, else false (fail closed)', async () => {
  const allowing = files({ '.github/depdiff.yml': 'allow-incomplete: true\n' });
  expect((await loadPolicy(files({}), inputs())).policy.allowIncomplete).toBe(false);
  expect((await loadPolicy(allowing, inputs())).policy.allowIncomplete).toBe(true);
  expect((await loadPolicy(allowing, inputs({ 'allow-incomplete': 'false' }))).policy.allowIncomplete).toBe(false);
  expect((await loadPolicy(files({}), inputs({ 'allow-incomplete': 'true' }))).policy.allowIncomplete).toBe(true);
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

test('the registry cache is the cache-dir input, else under RUNNER_TEMP (private to the job), never a shared temp folder', () => {
  expect(actionCacheDir({ cacheDir: '/custom/cache' }, { RUNNER_TEMP: '/runner/_temp' })).toBe('/custom/cache');
  expect(actionCacheDir({}, { RUNNER_TEMP: '/runner/_temp' })).toBe(join('/runner/_temp', 'depdiff-cache'));
  // Off Actions the registry client's own default applies.
  expect(actionCacheDir({}, {})).toBeUndefined();
});

test('the Action takes policy and .npmrc from the base commit while the head is checked out', async () => {
  const root = mkdtempSync(join(tmpdir(), 'depdiff-action-settings-'));
  const repo = join(root, 'repo');
  const runnerTemp = join(root, 'runner-temp');
  mkdirSync(join(repo, '.github'), { recursive: true });
  mkdirSync(runnerTemp);
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
    }).trim();
  const commit = (files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) writeFileSync(join(repo, path), text);
    git('add', '-A');
    git('commit', '-qm', 'c');
    return git('rev-parse', 'HEAD');
  };
  try {
    git('init', '-q', '-b', 'main');
    const base = commit({ 'package-lock.json': '{"lockfileVersion":3}', '.github/depdiff.yml': 'fail-on: high\n', '.npmrc': 'registry=https://good.example/\n' });
    git('checkout', '-q', '-b', 'pr');
    const head = commit({
      'package-lock.json': '{"lockfileVersion":3,"packages":{}}',
      '.github/depdiff.yml': 'fail-on: never\n',
      '.npmrc': 'registry=https://evil.example/\n',
    });
    const sources = await collectSources({ env: process.env, workspace: repo, eventName: 'pull_request', refs: { base, head, untrustedHead: false }, only: [] });
    const settings = await actionSettings(sources, inputs(), { RUNNER_TEMP: runnerTemp });
    expect(settings.policy.failOn).toBe('high');
    expect(settings).toMatchObject({ configFound: true, configChanged: true });
    expect(settings.registry.cacheDir).toBe(join(runnerTemp, 'depdiff-cache'));
    expect(settings.registry.npmrcDirs).toHaveLength(1);
    const [npmrcDir] = settings.registry.npmrcDirs!;
    expect(npmrcDir.startsWith(runnerTemp)).toBe(true);
    expect(npmrcDir.startsWith(repo)).toBe(false);
    expect(readFileSync(join(npmrcDir, '.npmrc'), 'utf8')).toBe('registry=https://good.example/\n');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
