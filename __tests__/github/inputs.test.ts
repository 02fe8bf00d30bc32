import { InputError } from '../../src/model/errors.js';
import { readInputs } from '../../src/github/inputs.js';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

test('defaults when inputs are empty', () => {
  expect(readInputs(reader({ 'github-token': 't' }))).toEqual({
    githubToken: 't',
    failOn: undefined,
    warnOnly: false,
    comment: 'always',
    configFile: '.github/depdiff.yml',
    baseRef: undefined,
    headRef: undefined,
    lockfiles: [],
    registry: undefined,
    cacheDir: undefined,
    concurrency: 8,
    cooldownHours: undefined,
    allowIncomplete: undefined,
    failOnScopes: undefined,
    configFileToken: undefined,
    allowLicenses: undefined,
    denyLicenses: undefined,
  });
});

test('every input is read and validated', () => {
  const inputs = readInputs(
    reader({
      'fail-on': 'critical',
      'warn-only': 'TRUE',
      comment: 'on-findings',
      'config-file': './ci/depdiff.yml',
      'base-ref': ' main ',
      'head-ref': 'feature',
      lockfiles: 'package-lock.json\npackages/*/pnpm-lock.yaml, yarn.lock',
      registry: 'http://127.0.0.1:4873',
      'cache-dir': '/tmp/c',
      concurrency: '4',
      'cooldown-hours': '0',
      'allow-incomplete': 'true',
    }),
  );
  expect(inputs).toMatchObject({
    failOn: 'critical',
    warnOnly: true,
    comment: 'on-findings',
    configFile: 'ci/depdiff.yml',
    baseRef: 'main',
    lockfiles: ['package-lock.json', 'packages/*/pnpm-lock.yaml', 'yarn.lock'],
    concurrency: 4,
    cooldownHours: 0,
    allowIncomplete: true,
  });
});

test('allow-incomplete: false is read as given, so it overrides a config file that allows', () => {
  expect(readInputs(reader({ 'allow-incomplete': 'False' })).allowIncomplete).toBe(false);
});

test.each([
  ['fail-on', 'severe', /"fail-on" must be one of critical, high, medium, low, never, not "severe"/],
  ['comment', 'sometimes', /"comment" must be one of always, on-findings, never/],
  ['warn-only', 'yes', /"warn-only" must be true or false/],
  ['allow-incomplete', 'sure', /"allow-incomplete" must be true or false/],
  ['concurrency', '0', /"concurrency" must be a whole number from 1 to 64/],
  ['concurrency', '2.5', /whole number/],
  ['concurrency', '1000', /from 1 to 64/],
  ['cooldown-hours', '-1', /"cooldown-hours" must be a number from 0 to 8760/],
  ['cooldown-hours', '3 days', /"cooldown-hours"/],
])('rejects %s=%s with a message for users', (name, value, message) => {
  expect(() => readInputs(reader({ [name]: value }))).toThrow(InputError);
  expect(() => readInputs(reader({ [name]: value }))).toThrow(message);
});

test('reads INPUT_<NAME> the way the runner sets it, dashes kept', () => {
  process.env['INPUT_FAIL-ON'] = 'low';
  process.env['INPUT_GITHUB-TOKEN'] = 'abc';
  try {
    expect(readInputs()).toMatchObject({ failOn: 'low', githubToken: 'abc' });
  } finally {
    delete process.env['INPUT_FAIL-ON'];
    delete process.env['INPUT_GITHUB-TOKEN'];
  }
});

test('dependency-review-action names: fail-on-severity is fail-on (moderate = medium); both at once is an error', () => {
  expect(readInputs(reader({ 'fail-on-severity': 'moderate' })).failOn).toBe('medium');
  expect(readInputs(reader({ 'fail-on-severity': 'critical' })).failOn).toBe('critical');
  expect(() => readInputs(reader({ 'fail-on': 'high', 'fail-on-severity': 'low' }))).toThrow(/"fail-on" and "fail-on-severity" mean the same thing/);
  expect(() => readInputs(reader({ 'fail-on-severity': 'severe' }))).toThrow(/Input "fail-on-severity" \(an alias of "fail-on"\) must be one of/);
});

test('list inputs: fail-on-scopes, licenses and lockfiles split on commas and newlines; empty means not given', () => {
  const inputs = readInputs(reader({ 'fail-on-scopes': 'runtime', 'deny-licenses': 'GPL-3.0-or-later,\nAGPL-3.0-only', lockfiles: '**/package-lock.json\n!examples/**' }));
  expect(inputs).toMatchObject({ failOnScopes: ['runtime'], denyLicenses: ['GPL-3.0-or-later', 'AGPL-3.0-only'], lockfiles: ['**/package-lock.json', '!examples/**'] });
  expect(readInputs(reader({})).allowLicenses).toBeUndefined();
  expect(() => readInputs(reader({ 'fail-on-scopes': 'runtime, prod' }))).toThrow(/Input "fail-on-scopes": each item must be one of runtime, development, not "prod"/);
});
