import { applyPolicy } from '../../src/policy/apply.js';
import { DEFAULT_POLICY, type Policy } from '../../src/policy/config.js';
import type { ChangeReport, Finding } from '../../src/model/types.js';

const NOW = new Date('2026-03-10T12:00:00Z');

function change(name: string, from: string | null, to: string | null, findings: Finding[], extra: Partial<ChangeReport> = {}): ChangeReport {
  const type = from === null ? 'added' : to === null ? 'removed' : 'updated';
  return { name, from, to, type, direct: true, dev: false, lockfile: 'package-lock.json', findings, worst: null, ...extra };
}

function policy(overrides: Partial<Policy>): Policy {
  return { ...DEFAULT_POLICY, ...overrides };
}

const network: Finding = { kind: 'network', severity: 'high', message: 'loads the https module', file: 'index.js', line: 3 };
const shell: Finding = { kind: 'shell', severity: 'medium', message: 'runs a shell command' };
const deprecated: Finding = { kind: 'deprecated', severity: 'low', message: 'deprecated' };

describe('applyPolicy', () => {
  test('fails when an unacknowledged finding reaches fail-on, and counts by severity', () => {
    const result = applyPolicy([change('a', '1.0.0', '2.0.0', [network, shell]), change('b', null, '1.0.0', [deprecated])], DEFAULT_POLICY, NOW);
    expect(result.verdict).toBe('fail');
    expect(result.counts).toEqual({ critical: 0, high: 1, medium: 1, low: 1, info: 0, acknowledged: 0 });
    expect(result.changes.map((c) => c.worst)).toEqual(['high', 'low']);
    expect(result.notes).toEqual([]);
  });

  test('passes below the threshold, and never with fail-on never', () => {
    const changes = [change('a', '1.0.0', '2.0.0', [shell])];
    expect(applyPolicy(changes, DEFAULT_POLICY, NOW).verdict).toBe('pass');
    expect(applyPolicy(changes, policy({ failOn: 'medium' }), NOW).verdict).toBe('fail');
    expect(applyPolicy([change('a', '1.0.0', '2.0.0', [{ ...network, severity: 'critical' }])], policy({ failOn: 'never' }), NOW).verdict).toBe('pass');
    expect(applyPolicy([], DEFAULT_POLICY, NOW).verdict).toBe('pass');
  });

  test('per-kind severity overrides change the verdict and worst', () => {
    const result = applyPolicy([change('a', '1.0.0', '2.0.0', [network, shell])], policy({ severity: { network: 'low', shell: 'critical' } }), NOW);
    expect(result.changes[0]!.findings.map((f) => f.severity)).toEqual(['low', 'critical']);
    expect(result.changes[0]!.worst).toBe('critical');
    expect(result.verdict).toBe('fail');
  });

  test('does not modify its input', () => {
    const input = [change('a', '1.0.0', '2.0.0', [network])];
    const snapshot = JSON.stringify(input);
    applyPolicy(input, policy({ severity: { network: 'low' }, ignore: [{ package: 'a', reason: 'ok' }] }), NOW);
    expect(JSON.stringify(input)).toBe(snapshot);
  });

  test('a matching ignore acknowledges the finding, which no longer counts', () => {
    const rules: Policy['ignore'] = [{ package: 'a', version: '^2.0.0', kinds: ['network'], reason: 'reviewed telemetry', expires: '2026-03-10' }];
    const result = applyPolicy([change('a', '1.0.0', '2.1.0', [network, shell])], policy({ ignore: rules }), NOW);
    const [ack, other] = result.changes[0]!.findings;
    expect(ack!.acknowledged).toEqual({ reason: 'reviewed telemetry', expires: '2026-03-10' });
    expect(other!.acknowledged).toBeUndefined();
    expect(result.changes[0]!.worst).toBe('medium');
    expect(result.counts).toEqual({ critical: 0, high: 0, medium: 1, low: 0, info: 0, acknowledged: 1 });
    expect(result.verdict).toBe('pass');
  });

  test('look-alike ignores do not match: other package, version outside the range, other kind', () => {
    const changes = [change('a', '1.0.0', '3.0.0', [network])];
    for (const rule of [
      { package: 'a-b', reason: 'r' },
      { package: 'A', reason: 'r' },
      { package: 'a', version: '^2.0.0', reason: 'r' },
      { package: 'a', kinds: ['shell' as const], reason: 'r' },
    ]) {
      const result = applyPolicy(changes, policy({ ignore: [rule] }), NOW);
      expect(result.changes[0]!.findings[0]!.acknowledged).toBeUndefined();
      expect(result.verdict).toBe('fail');
    }
  });

  test('an ignore without kinds covers every kind; a removed package matches on its old version', () => {
    const result = applyPolicy(
      [change('a', '1.0.0', '2.0.0', [network, shell]), change('gone', '1.4.0', null, [{ ...network }])],
      policy({ ignore: [{ package: 'a', reason: 'all fine' }, { package: 'gone', version: '1.x', reason: 'removed' }] }),
      NOW,
    );
    expect(result.counts.acknowledged).toBe(3);
    expect(result.changes.every((c) => c.worst === null)).toBe(true);
  });

  test('an expired ignore stops applying and adds a note once', () => {
    const rule = { package: 'a', reason: 'r', expires: '2026-03-09' };
    const result = applyPolicy([change('a', '1.0.0', '2.0.0', [network, shell])], policy({ ignore: [rule] }), NOW);
    expect(result.counts.acknowledged).toBe(0);
    expect(result.verdict).toBe('fail');
    expect(result.notes).toEqual(['The ignore for a (expires 2026-03-09) has expired and no longer applies.']);
    // Expired rules for packages outside this review stay quiet.
    expect(applyPolicy([change('b', '1.0.0', '2.0.0', [network])], policy({ ignore: [rule] }), NOW).notes).toEqual([]);
  });

  test('the first matching active rule wins over an expired one', () => {
    const rules = [
      { package: 'a', reason: 'old', expires: '2025-01-01' },
      { package: 'a', reason: 'new' },
    ];
    const result = applyPolicy([change('a', '1.0.0', '2.0.0', [network])], policy({ ignore: rules }), NOW);
    expect(result.changes[0]!.findings[0]!.acknowledged).toEqual({ reason: 'new' });
    expect(result.notes).toEqual([]);
  });

  describe('license policy', () => {
    const licensed = (license: string | null, to: string | null = '2.0.0') =>
      change('x', '1.0.0', to, [], { licenses: { before: 'MIT', after: license } });

    test('a denied license becomes a high license-change finding', () => {
      const result = applyPolicy([licensed('GPL-3.0-only')], policy({ denyLicenses: ['GPL-3.0-only'] }), NOW);
      expect(result.changes[0]!.findings).toEqual([
        { kind: 'license-change', severity: 'high', message: 'x@2.0.0 is licensed GPL-3.0-only, which your policy denies.' },
      ]);
      expect(result.verdict).toBe('fail');
    });

    test('a license outside the allow list is denied; one inside is fine', () => {
      const allow = policy({ allowLicenses: ['MIT', 'Apache-2.0'] });
      expect(applyPolicy([licensed('GPL-3.0-only')], allow, NOW).changes[0]!.findings[0]!.severity).toBe('high');
      expect(applyPolicy([licensed('MIT OR GPL-3.0-only')], allow, NOW).changes[0]!.findings).toEqual([]);
      expect(applyPolicy([licensed('Apache-2.0')], allow, NOW).changes[0]!.findings).toEqual([]);
    });

    test('a missing or unrecognised license is a medium finding', () => {
      const allow = policy({ allowLicenses: ['MIT'] });
      const missing = applyPolicy([licensed(null)], allow, NOW).changes[0]!.findings[0]!;
      expect(missing).toMatchObject({ kind: 'license-change', severity: 'medium' });
      expect(missing.message).toMatch(/^x@2\.0\.0 declares no license/);
      const odd = applyPolicy([licensed('SEE LICENSE IN LICENSE.txt')], allow, NOW).changes[0]!.findings[0]!;
      expect(odd.severity).toBe('medium');
      expect(odd.message).toMatch(/SEE LICENSE IN LICENSE\.txt, which depdiff could not match against your allow list/);
    });

    test('no license check without a license policy, for removed packages, or when licenses were not fetched', () => {
      expect(applyPolicy([licensed('GPL-3.0-only')], DEFAULT_POLICY, NOW).changes[0]!.findings).toEqual([]);
      const deny = policy({ denyLicenses: ['GPL-3.0-only'] });
      expect(applyPolicy([licensed('GPL-3.0-only', null)], deny, NOW).changes[0]!.findings).toEqual([]);
      expect(applyPolicy([change('x', '1.0.0', '2.0.0', [])], deny, NOW).changes[0]!.findings).toEqual([]);
    });

    test('severity overrides and ignores apply to license findings too', () => {
      const result = applyPolicy(
        [licensed('GPL-3.0-only')],
        policy({ denyLicenses: ['GPL-3.0-only'], severity: { 'license-change': 'low' } }),
        NOW,
      );
      expect(result.changes[0]!.findings[0]!.severity).toBe('low');
      expect(result.verdict).toBe('pass');
      const ignored = applyPolicy(
        [licensed('GPL-3.0-only')],
        policy({ denyLicenses: ['GPL-3.0-only'], ignore: [{ package: 'x', kinds: ['license-change'], reason: 'legal approved' }] }),
        NOW,
      );
      expect(ignored.counts.acknowledged).toBe(1);
      expect(ignored.verdict).toBe('pass');
    });
  });
});
