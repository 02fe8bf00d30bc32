// remoteConfigReader's refusals that the mutation run (MUTATION_GROUP=sources) found unjudged: no token at all,
// the name of the token that could not read, and the code and file every refusal carries for the user; and how an
// error answer to the contents read is told apart: 401/403 is "this token cannot read it", anything else a failed read.
import { startGitHubStandIn, type GitHubStandIn } from '../helpers/github-api.js';
import { readInputs } from '../../src/github/inputs.js';
import { remoteConfigReader } from '../../src/sources/trusted-config.js';
import type { InputError } from '../../src/model/errors.js';

let api: GitHubStandIn;
const ORG_TOKEN = 'ghp_orgPolicyReader111111111111111111';
const LOCATION = { kind: 'remote', owner: 'octo', repo: 'private-policies', path: 'depdiff.yml', ref: 'v1', text: 'octo/private-policies/depdiff.yml@v1' } as const;

beforeAll(async () => {
  api = await startGitHubStandIn({
    otherRepos: {
      'octo/private-policies': { token: ORG_TOKEN, contents: { v1: { 'depdiff.yml': 'fail-on: critical\n' } } },
      'octo/refused-401': { status: 401, contents: {} },
      'octo/refused-403': { status: 403, contents: {} },
      'octo/broken-500': { status: 500, contents: {} },
    },
  });
});
afterAll(async () => api?.close());

const inputs = (given: Record<string, string>) => readInputs((name) => given[name] ?? '');
const refusal = async (given: Record<string, string>, location: typeof LOCATION = LOCATION): Promise<InputError> => {
  try {
    await remoteConfigReader({ GITHUB_API_URL: api.url })(location, inputs(given));
  } catch (error) {
    return error as InputError;
  }
  throw new Error('the read was not refused');
};

test('without any token the read is refused before any request, saying which input to set', async () => {
  const before = api.requests.length;
  const error = await refusal({});
  expect(error.message).toBe('config-file octo/private-policies/depdiff.yml@v1: no token to read it with; set config-file-token (or github-token).');
  expect(error.code).toBe('ENOCONFIG');
  expect(api.requests.length).toBe(before);
});

test('a refusal names the token that could not read, with the ENOCONFIG code and the config file', async () => {
  const error = await refusal({ 'github-token': 'ghs_workflowToken', 'config-file-token': 'ghp_wrong' });
  expect(error.message).toContain('or the config-file-token cannot read that repository');
  expect(error.code).toBe('ENOCONFIG');
  expect(error.file).toBe('octo/private-policies/depdiff.yml@v1');
});

const locationIn = (repo: string) => ({ ...LOCATION, repo, text: `octo/${repo}/depdiff.yml@v1` }) as unknown as typeof LOCATION;

test.each([401, 403])('a %d answer to the contents read is a token that cannot read the repository', async (status) => {
  const error = await refusal({ 'config-file-token': 'ghp_noAccess' }, locationIn(`refused-${status}`));
  expect(error.message).toContain(`octo/refused-${status} has no depdiff.yml at v1, or the config-file-token cannot read that repository`);
  expect(error.code).toBe('ENOCONFIG');
  expect(error.file).toBe(`octo/refused-${status}/depdiff.yml@v1`);
});

test('any other error answer is a failed read, with what GitHub said and the ENOCONFIG code', async () => {
  const error = await refusal({ 'config-file-token': 'ghp_noAccess' }, locationIn('broken-500'));
  expect(error.message).toMatch(/^config-file octo\/broken-500\/depdiff\.yml@v1: reading it failed: .*stand-in answer 500/);
  expect(error.code).toBe('ENOCONFIG');
});
