import { applyPolicy } from '../../src/policy/apply.js';
import { parseConfig } from '../../src/policy/config.js';
import { DEFAULT_POLICY, type Policy } from '../../src/policy/types.js';
import { scopeExemptable } from '../../src/policy/scopes.js';
import { InputError } from '../../src/model/errors.js';
import type { ChangeReport, Finding } from '../../src/model/types.js';

const NOW = new Date('2026-03-10T12:00:00Z');
const FILE = '.github/depdiff.yml';

function change(name: string, to: string | null, findings: Finding[], extra: Partial<ChangeReport> = {}): ChangeReport {
  return { name, from: '1.0.0', to, type: to === null ? 'removed' : 'updated', direct: true, dev: false, lockfile: 'package-lock.json', findings, worst: null, ...extra };
}
const policy = (yaml: string): Policy => parseConfig(yaml, FILE);

const advisory = (id: string, ghsa: string): Finding => ({
  kind: 'vulnerability',
  key: `vulnerability:${id}`,
  severity: 'high',
  message: `affected by ${id}`,
  url: `https://github.com/advisories/${ghsa}`,
  evidence: `${id} Prototype pollution (https://github.com/advisories/${ghsa})`,
});
const known = advisory('1096366', 'GHSA-c2qf-rxjj-qqgw');
const later = advisory('1100000', 'GHSA-p6mc-m468-83gw');

describe('ignore by advisory id', () => {
  const rules = policy('ignore:\n  - package: semver\n    advisories: [GHSA-c2qf-rxjj-qqgw]\n    reason: not reachable\n    expires: 2026-12-31\n');

  test('acknowledges the named advisory and keeps a later advisory of the same package', () => {
    const result = applyPolicy([change('semver', '2.0.0', [known, later])], rules, NOW);
    expect(result.changes[0]!.findings.map((f) => f.acknowledged?.reason)).toEqual(['not reachable', undefined]);
    expect(result.verdict).toBe('fail');
    expect(applyPolicy([change('semver', '2.0.0', [known])], rules, NOW).verdict).toBe('pass');
  });

  test('matches the registry id and CVE ids quoted in the evidence; other kinds are never covered', () => {
    const byNumber = policy('ignore:\n  - advisories: 1096366\n    reason: r\n');
    expect(applyPolicy([change('any', '2.0.0', [known])], byNumber, NOW).verdict).toBe('pass');
    const cve = { ...later, evidence: `${later.evidence} CVE-2025-12345` };
    expect(applyPolicy([change('any', '2.0.0', [cve])], policy('ignore:\n  - advisories: [CVE-2025-12345]\n    reason: r\n'), NOW).verdict).toBe('pass');
    const network: Finding = { kind: 'network', severity: 'high', message: 'GHSA-c2qf-rxjj-qqgw in a comment', evidence: 'GHSA-c2qf-rxjj-qqgw' };
    expect(applyPolicy([change('semver', '2.0.0', [network])], rules, NOW).verdict).toBe('fail');
  });

  test('expires like any ignore', () => {
    const result = applyPolicy([change('semver', '2.0.0', [known])], rules, new Date('2027-01-01T00:00:00Z'));
    expect(result.verdict).toBe('fail');
    expect(result.notes[0]).toMatch(/semver GHSA-C2QF-RXJJ-QQGW \(expires 2026-12-31\) has expired/);
  });

  test.each([
    ['ignore:\n  - advisories: [GHSA-nope]\n    reason: r\n', /:2: ignore entry 1: "GHSA-nope" is not an advisory id/],
    ['ignore:\n  - advisories: []\n    reason: r\n', /must name at least one advisory id/],
    ['ignore:\n  - advisories: [CVE-2024-1234]\n    kinds: [network]\n    reason: r\n', /advisories already limit the entry/],
    ['ignore:\n  - reason: r\n', /needs a "package" or "advisories"/],
  ])('rejects %j', (yaml, message) => {
    expect(() => policy(yaml)).toThrow(InputError);
    expect(() => policy(yaml)).toThrow(message);
  });
});

describe('deny', () => {
  const denying = policy(
    [
      'fail-on: never', // deny fails through its critical finding even when nothing else may
      'deny:',
      '  - package: event-stream@3.3.6',
      '    reason: compromised release',
      '  - package: "@evil/*"',
      '    reason: not ours',
      '  - package: request',
      '    version: "<3"',
      '    reason: unmaintained',
    ].join('\n'),
  );

  test('a denied name, version or scope is a critical finding with the reason and the config line', () => {
    const result = applyPolicy(
      [change('event-stream', '3.3.6', []), change('@evil/x', '1.0.0', []), change('request', '2.88.0', [])],
      { ...denying, failOn: 'high' },
      NOW,
    );
    expect(result.verdict).toBe('fail');
    expect(result.changes.map((c) => c.findings.map((f) => [f.kind, f.severity, f.message]))).toEqual([
      [['denied', 'critical', 'event-stream@3.3.6 is denied by your policy (event-stream@3.3.6, line 3): compromised release']],
      [['denied', 'critical', '@evil/x@1.0.0 is denied by your policy (@evil/*, line 5): not ours']],
      [['denied', 'critical', 'request@2.88.0 is denied by your policy (request@<3, line 7): unmaintained']],
    ]);
  });

  test('versions outside the range, other scopes, look-alike names and removals are not denied', () => {
    const result = applyPolicy(
      [change('event-stream', '3.3.5', []), change('@evilcorp/x', '1.0.0', []), change('request', '3.0.0', []), change('event-stream2', '3.3.6', []), change('@evil/x', null, [])],
      { ...denying, failOn: 'high' },
      NOW,
    );
    expect(result.changes.flatMap((c) => c.findings)).toEqual([]);
  });

  test.each([
    ['deny:\n  - package: left-pad\n', /:2: deny entry 1 needs a "reason"/],
    ['deny:\n  - package: "not a name"\n    reason: r\n', /is not a package name or @scope\/\*/],
    ['deny:\n  - package: a@^1\n    version: "2"\n    reason: r\n', /either in package or in version/],
    ['deny:\n  - package: a@banana\n    reason: r\n', /"banana" is not a semver range/],
    ['deny:\n  - pakage: a\n    reason: r\n', /did you mean "package"/],
  ])('rejects %j', (yaml, message) => {
    expect(() => policy(yaml)).toThrow(message);
  });
});

describe('fail-on-scopes', () => {
  const runtimeOnly = policy('fail-on-scopes: [runtime]\n');
  const dev = { dev: true };
  const cases: Array<[string, Finding, 'pass' | 'fail']> = [
    ['a high vulnerability', { kind: 'vulnerability', severity: 'high', message: 'm' }, 'pass'],
    ['a high maintainer change', { kind: 'maintainer-change', severity: 'high', message: 'm' }, 'pass'],
    ['a medium network capability', { kind: 'network', severity: 'medium', message: 'm' }, 'pass'],
    ['malware (critical)', { kind: 'vulnerability', severity: 'critical', message: 'm' }, 'fail'],
    ['an install script', { kind: 'install-script', severity: 'high', message: 'm' }, 'fail'],
    ['an attack shape in code (high network)', { kind: 'network', severity: 'high', message: 'm' }, 'fail'],
    ['a typosquat', { kind: 'typosquat', severity: 'high', message: 'm' }, 'fail'],
    ['an integrity mismatch', { kind: 'integrity-mismatch', severity: 'high', message: 'm' }, 'fail'],
  ];

  test.each(cases)('without development, %s of a dev-only package: %s', (_what, finding, verdict) => {
    const withFailOnMedium = { ...runtimeOnly, failOn: 'medium' as const };
    expect(applyPolicy([change('dev-tool', '2.0.0', [finding], dev)], withFailOnMedium, NOW).verdict).toBe(verdict);
    // The same finding of a runtime package always fails.
    expect(applyPolicy([change('lib', '2.0.0', [finding])], withFailOnMedium, NOW).verdict).toBe('fail');
    // Both scopes (the default): nothing is exempt.
    expect(applyPolicy([change('dev-tool', '2.0.0', [finding], dev)], { ...DEFAULT_POLICY, failOn: 'medium' }, NOW).verdict).toBe('fail');
  });

  test('exempt findings stay in the report and counts, with a note', () => {
    const vulnerability: Finding = { kind: 'vulnerability', severity: 'high', message: 'm' };
    const result = applyPolicy([change('dev-tool', '2.0.0', [vulnerability], dev)], runtimeOnly, NOW);
    expect(result.counts.high).toBe(1);
    expect(result.changes[0]!.worst).toBe('high');
    expect(result.notes).toEqual(['1 finding(s) of development-only packages do not fail the check (fail-on-scopes: runtime); they are still listed.']);
  });

  test('only development: runtime findings are exempt the same way', () => {
    const devOnly = policy('fail-on-scopes: development\n');
    expect(applyPolicy([change('lib', '2.0.0', [{ kind: 'deprecated', severity: 'high', message: 'm' }])], devOnly, NOW).verdict).toBe('pass');
  });

  test('never exempt: critical, install-time and attack-shape kinds', () => {
    expect(scopeExemptable({ kind: 'shell', severity: 'high' })).toBe(false);
    expect(scopeExemptable({ kind: 'denied', severity: 'medium' })).toBe(false);
    expect(scopeExemptable({ kind: 'tarball-anomaly', severity: 'low' })).toBe(false);
    expect(scopeExemptable({ kind: 'license-change', severity: 'critical' })).toBe(false);
    expect(scopeExemptable({ kind: 'license-change', severity: 'high' })).toBe(true);
  });

  test('rejects unknown scopes with a suggestion', () => {
    expect(() => policy('fail-on-scopes: [runtime, dev]\n')).toThrow(/:1: each entry of fail-on-scopes must be one of runtime, development, not "dev"/);
  });
});
