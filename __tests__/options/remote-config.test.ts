// config-file: OWNER/REPO/FILE@REF, read through the contents API of the GitHub stand-in.
import { tmpdir } from 'node:os';
import { startGitHubStandIn, type GitHubStandIn } from '../helpers/github-api.js';
import { readInputs } from '../../src/github/inputs.js';
import { configLocation } from '../../src/options/config-location.js';
import { actionSettings } from '../../src/sources/trusted-config.js';

let api: GitHubStandIn;
const ORG_TOKEN = 'ghp_orgPolicyReader000000000000000000';

beforeAll(async () => {
  api = await startGitHubStandIn({
    otherRepos: {
      'octo/policies': { contents: { main: { 'depdiff/policy.yml': 'fail-on: medium\ncooldown-hours: 12\n' } } },
      'octo/private-policies': { token: ORG_TOKEN, contents: { v1: { 'depdiff.yml': 'fail-on: critical\n' } } },
    },
  });
});
afterAll(async () => api?.close());

const noLocalFiles = { readTrusted: async () => null, headChanges: async () => true };
const settings = (inputs: Record<string, string>) =>
  actionSettings(noLocalFiles, readInputs((name) => ({ 'github-token': 'ghs_workflowToken', ...inputs })[name] ?? ''), {
    GITHUB_API_URL: api.url,
    RUNNER_TEMP: tmpdir(),
  });

test('OWNER/REPO/FILE@REF is read from that repository with the workflow token; a local path stays local', async () => {
  const result = await settings({ 'config-file': 'octo/policies/depdiff/policy.yml@main' });
  expect(result.policy).toMatchObject({ failOn: 'medium', cooldownHours: 12 });
  expect(result.configFound).toBe(true);
  // Another repository's file is not part of the change under review.
  expect(result.configChanged).toBe(false);
  const read = api.requests.find((r) => r.path === '/repos/octo/policies/contents/depdiff/policy.yml')!;
  expect(read.query.ref).toBe('main');
  expect(read.authorization).toBe('token ghs_workflowToken');

  expect(configLocation('.github/depdiff.yml')).toEqual({ kind: 'local', path: '.github/depdiff.yml' });
  expect(configLocation('./ci/policy.yml')).toEqual({ kind: 'local', path: 'ci/policy.yml' });
});

test('a private config repository needs config-file-token; without it the error says what to do, also for forks', async () => {
  const refused = settings({ 'config-file': 'octo/private-policies/depdiff.yml@v1' });
  await expect(refused).rejects.toThrow(/config-file octo\/private-policies\/depdiff\.yml@v1: .*the github-token cannot read that repository/);
  await expect(refused).rejects.toThrow(/give config-file-token a token with contents: read on octo\/private-policies.*forks get no secrets/);
  const read = await settings({ 'config-file': 'octo/private-policies/depdiff.yml@v1', 'config-file-token': ORG_TOKEN });
  expect(read.policy.failOn).toBe('critical');
});

test('a named remote file that does not exist is an error, never the default policy; inputs still override it', async () => {
  await expect(settings({ 'config-file': 'octo/policies/missing.yml@main' })).rejects.toThrow(/octo\/policies has no missing\.yml at main/);
  const overridden = await settings({ 'config-file': 'octo/policies/depdiff/policy.yml@main', 'fail-on': 'low' });
  expect(overridden.policy.failOn).toBe('low');
});

test('a broken remote config names OWNER/REPO/FILE@REF and the line', async () => {
  api.options.otherRepos!['octo/policies']!.contents.broken = { 'depdiff.yml': 'fail-on: high\nfail_on_scopes: [runtime]\n' };
  await expect(settings({ 'config-file': 'octo/policies/depdiff.yml@broken' })).rejects.toThrow(
    /octo\/policies\/depdiff\.yml@broken:2: unknown key "fail_on_scopes" \(did you mean "fail-on-scopes"\?\)/,
  );
});
