import { InputError } from '../../src/model/errors.js';
import { DEFAULT_POLICY, parseConfig } from '../../src/policy/config.js';

const FILE = '.github/depdiff.yml';

function errorOf(text: string): InputError {
  try {
    parseConfig(text, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected parseConfig to throw');
}

describe('parseConfig', () => {
  test('an empty file or one with only comments gives the defaults', () => {
    expect(parseConfig('', FILE)).toEqual(DEFAULT_POLICY);
    expect(parseConfig('# nothing yet\n', FILE)).toEqual(DEFAULT_POLICY);
    expect(DEFAULT_POLICY.failOn).toBe('high');
    expect(DEFAULT_POLICY.cooldownHours).toBe(72);
    expect(DEFAULT_POLICY.allowIncomplete).toBe(false);
  });

  test('reads every key and merges over the defaults', () => {
    const policy = parseConfig(
      [
        'fail-on: medium',
        'severity:',
        '  network: low',
        '  install-script: critical',
        'cooldown-hours: 24',
        'allowed-hosts:',
        '  - npm.pkg.github.com',
        '  - https://Registry.Example.com:8443/npm/',
        'deny-licenses: [GPL-3.0-only, AGPL-3.0-only]',
        'ignore:',
        '  - package: "@scope/pkg"',
        '    version: ^2.1.0',
        '    kinds: [network, shell]',
        '    reason: Reviewed the telemetry call',
        '    expires: 2026-12-31',
        '  - package: left-pad',
        '    reason: vendored',
        '  - advisories: [ghsa-c2qf-rxjj-qqgw, CVE-2024-1234]',
        '    reason: not reachable',
        'allow-incomplete: true',
        'fail-on-scopes: [runtime]',
        'deny:',
        '  - package: event-stream@3.3.6',
        '    reason: compromised release',
        '  - package: "@evil/*"',
        '    reason: not ours',
        '  - package: request',
        '    version: "<3"',
        '    reason: deprecated',
      ].join('\n'),
      FILE,
    );
    expect(policy).toEqual({
      failOn: 'medium',
      severity: { network: 'low', 'install-script': 'critical' },
      cooldownHours: 24,
      allowedHosts: ['npm.pkg.github.com', 'registry.example.com:8443'],
      denyLicenses: ['GPL-3.0-only', 'AGPL-3.0-only'],
      ignore: [
        { package: '@scope/pkg', version: '^2.1.0', kinds: ['network', 'shell'], reason: 'Reviewed the telemetry call', expires: '2026-12-31', line: 11 },
        { package: 'left-pad', reason: 'vendored', line: 16 },
        { advisories: ['GHSA-C2QF-RXJJ-QQGW', 'CVE-2024-1234'], reason: 'not reachable', line: 18 },
      ],
      allowIncomplete: true,
      failOnScopes: ['runtime'],
      deny: [
        { package: 'event-stream', version: '3.3.6', reason: 'compromised release', line: 23 },
        { package: '@evil/*', reason: 'not ours', line: 25 },
        { package: 'request', version: '<3', reason: 'deprecated', line: 27 },
      ],
    });
  });

  test('the defaults object is not shared with parsed policies', () => {
    const policy = parseConfig('fail-on: low', FILE);
    policy.ignore.push({ package: 'x', reason: 'y' });
    expect(DEFAULT_POLICY.ignore).toEqual([]);
  });

  test('allow-licenses accepts a list or an OR expression, stored as ids', () => {
    expect(parseConfig('allow-licenses: MIT OR Apache-2.0 OR (ISC)', FILE).allowLicenses).toEqual(['MIT', 'Apache-2.0', 'ISC']);
    expect(parseConfig('allow-licenses: [MIT, BSD-3-Clause]', FILE).allowLicenses).toEqual(['MIT', 'BSD-3-Clause']);
    expect(parseConfig('allow-licenses: [GPL-2.0-only with Classpath-exception-2.0]', FILE).allowLicenses).toEqual([
      'GPL-2.0-only WITH Classpath-exception-2.0',
    ]);
    expect(parseConfig('allow-licenses: MIT', FILE).allowLicenses).toEqual(['MIT']);
  });

  test('an expression that is not a plain OR list is refused', () => {
    expect(errorOf('allow-licenses: MIT AND Apache-2.0').message).toMatch(/only OR/);
    expect(errorOf('allow-licenses: MIT OR').message).toMatch(/not an SPDX expression/);
    expect(errorOf('allow-licenses: MIT Apache-2.0').message).toMatch(/not an SPDX expression/);
    expect(errorOf('allow-licenses: ["<b>"]').message).toMatch(/not an SPDX license id/);
    expect(errorOf('allow-licenses: []').message).toMatch(/at least one/);
  });

  test('an unknown key names the line and suggests the right spelling', () => {
    const error = errorOf('# policy\ncooldown-hours: 1\nfail_on: high\n');
    expect(error.message).toBe(`${FILE}:3: unknown key "fail_on" (did you mean "fail-on"?)`);
    expect(error.file).toBe(FILE);
    expect(error.line).toBe(3);
    expect(error.code).toBe('ECONFIG');
    expect(errorOf('failOn: high').message).toMatch(/did you mean "fail-on"/);
    expect(errorOf('zzz: 1').message).toMatch(/unknown key "zzz" \(known keys: fail-on,/);
  });

  test('wrong types are errors at the value line', () => {
    expect(errorOf('fail-on: [high]').message).toBe(`${FILE}:1: fail-on must be a string`);
    expect(errorOf('cooldown-hours: "72"').message).toMatch(/:1: cooldown-hours must be a number/);
    expect(errorOf('cooldown-hours: -1').message).toMatch(/from 0 to 8760/);
    expect(errorOf('allowed-hosts: example.com').message).toMatch(/allowed-hosts must be a list/);
    expect(errorOf('allowed-hosts: ["not a host"]').message).toMatch(/not a host name or URL/);
    expect(errorOf('severity: high').message).toMatch(/severity .* must be a mapping/);
    expect(errorOf('- a\n- b').message).toMatch(/the config file must be a mapping/);
    // YAML 1.2: `yes` is a string, and a quoted "true" is one too; only true/false opt out.
    expect(errorOf('allow-incomplete: yes').message).toBe(`${FILE}:1: allow-incomplete must be true or false`);
    expect(errorOf('allow-incomplete: "true"').message).toMatch(/allow-incomplete must be true or false/);
  });

  test('a key without a value is an error at its line', () => {
    expect(errorOf('fail-on: high\nignore:\n').message).toBe(`${FILE}:2: "ignore" has no value`);
    expect(errorOf('fail-on:\n').message).toBe(`${FILE}:1: "fail-on" has no value`);
    expect(errorOf('ignore:\n  - package: x\n    reason:\n').message).toBe(`${FILE}:3: "reason" in ignore entry 1 has no value`);
  });

  test('fail-on and severity values are checked against the known sets', () => {
    expect(errorOf('fail-on: info').message).toMatch(/fail-on must be one of critical, high, medium, low, never/);
    expect(errorOf('fail-on: hihg').message).toMatch(/did you mean "high"/);
    const kind = errorOf('severity:\n  netwrok: low');
    expect(kind.message).toBe(`${FILE}:2: unknown key "netwrok" in severity (did you mean "network"?)`);
    expect(errorOf('severity:\n  network: severe').message).toMatch(/:2: severity of network must be one of critical/);
  });

  test('ignore entries need a reason and valid fields', () => {
    const missing = errorOf('ignore:\n  - package: x\n    kinds: [network]\n');
    expect(missing.message).toBe(`${FILE}:2: ignore entry 1 needs a "reason"`);
    expect(errorOf('ignore:\n  - reason: r\n').message).toMatch(/needs a "package"/);
    expect(errorOf('ignore:\n  - package: x\n    reason: ""\n').message).toMatch(/reason must not be empty/);
    expect(errorOf('ignore:\n  - package: x\n    reason: r\n    kinds: [netwrk]\n').message).toMatch(
      /:4: ignore entry 1: each kind must be one of .*did you mean "network"/,
    );
    expect(errorOf('ignore:\n  - package: x\n    reason: r\n    version: "not a range!"\n').message).toMatch(
      /:4: .*version "not a range!" is not a semver range/,
    );
    expect(errorOf('ignore:\n  - package: x\n    reason: r\n    expires: 2026-02-30\n').message).toMatch(/:4: .*YYYY-MM-DD/);
    expect(errorOf('ignore:\n  - package: x\n    reason: r\n    expires: tomorrow\n').message).toMatch(/YYYY-MM-DD/);
    expect(errorOf('ignore:\n  - package: x\n    reason: r\n    reasons: r\n').message).toMatch(
      /:4: unknown key "reasons" in ignore entry 1 \(did you mean "reason"\?\)/,
    );
    expect(errorOf('ignore:\n  - x\n').message).toMatch(/:2: ignore entry 1 must be a mapping/);
  });

  test('an unquoted numeric version is read as written', () => {
    const policy = parseConfig('ignore:\n  - package: x\n    version: 1.10\n    reason: r\n', FILE);
    expect(policy.ignore[0]!.version).toBe('1.10');
  });

  test('allow-licenses and deny-licenses together is an error', () => {
    const error = errorOf('allow-licenses: [MIT]\ndeny-licenses: [GPL-3.0-only]\n');
    expect(error.message).toBe(`${FILE}:2: use either allow-licenses or deny-licenses, not both`);
  });

  test('aliases, duplicate keys, multiple documents, broken YAML and huge files are refused', () => {
    expect(errorOf('base: &a [1]\nfail-on: *a\n').message).toMatch(/aliases/);
    expect(errorOf('fail-on: high\nfail-on: low\n').message).toMatch(/:2: invalid YAML: Map keys must be unique/);
    expect(errorOf('fail-on: high\n---\nfail-on: low\n').message).toMatch(/invalid YAML/);
    const broken = errorOf('fail-on: high\nseverity: [unclosed\n');
    expect(broken.message).toMatch(/^\.github\/depdiff\.yml:\d+: invalid YAML/);
    expect(broken.line).toBeGreaterThan(0);
    expect(errorOf(`# ${'x'.repeat(300_000)}`).message).toMatch(/larger than/);
  });

  test('a billion-laughs document is refused without expanding', () => {
    const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 0; i < 8; i++) laughs.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`);
    expect(errorOf(laughs.join('\n')).message).toMatch(/aliases/);
  });
});
