// Edges the mutation run (npm run test:mutation, group policy) found unpinned: the last instant of an
// ignore's expiry day, version ranges against versions that are not semver, and each reason's advice.
import { advisoryIdsOf, expiredNote, isExpired, ruleMatches } from '../../src/policy/ignore.js';
import { incompleteAdvice } from '../../src/policy/incomplete.js';
import type { ReviewErrorCode } from '../../src/model/codes.js';
import type { ChangeReport, Finding, ReviewError } from '../../src/model/types.js';

const finding: Finding = { kind: 'network', severity: 'high', message: 'loads the https module' };
const change = (to: string): ChangeReport => ({
  name: 'a',
  from: '1.0.0',
  to,
  type: 'updated',
  direct: true,
  dev: false,
  lockfile: 'package-lock.json',
  findings: [finding],
  worst: null,
});

test('an ignore applies through the last millisecond of its expiry day (UTC) and not one millisecond after', () => {
  const rule = { package: 'a', reason: 'r', expires: '2026-03-10' };
  expect(isExpired(rule, new Date('2026-03-10T23:59:59.999Z'))).toBe(false);
  expect(isExpired(rule, new Date('2026-03-11T00:00:00.000Z'))).toBe(true);
  expect(isExpired({ ...rule, expires: 'not-a-date' }, new Date('2000-01-01T00:00:00Z'))).toBe(true);
});

test('a version range never covers a version that is not semver (a git commit, a tarball URL)', () => {
  const rule = { package: 'a', version: '*', reason: 'r' };
  expect(ruleMatches(rule, change('1.2.3'), finding)).toBe(true);
  expect(ruleMatches(rule, change('github:someone/a#0123456789abcdef'), finding)).toBe(false);
  expect(ruleMatches(rule, change('0123456789abcdef0123456789abcdef01234567'), finding)).toBe(false);
});

test('each reason a package was not reviewed has its own advice, in a fixed order', () => {
  // A code from an older or foreign report can be one this version does not know: it fails closed.
  const error = (code: string, name: string): ReviewError => ({ name, version: '1.0.0', message: 'm', code: code as ReviewErrorCode });
  const advice = incompleteAdvice([error('EWHATEVER', 'e'), error('ETIMEOUT', 'd'), error('ELIMIT', 'c'), error('ESOURCE', 'f')]);
  expect(advice).toEqual([
    'A tarball could not be read in full: see its findings and read its code yourself',
    "The analysis of a package's files failed: re-run the job, and read its code yourself if it fails again",
    'See the list of packages that were not reviewed',
  ]);
});

// Survivors of the policy group's second Stryker run (2026-11-29).
test('advisory ids: only a vulnerability has them; the key counts only with its prefix; ids are upper-case', () => {
  expect(advisoryIdsOf({ kind: 'network', severity: 'high', message: 'm', key: 'vulnerability:GHSA-aaaa-bbbb-cccc' })).toEqual([]);
  const vulnerability = (key: string): Finding => ({ kind: 'vulnerability', severity: 'high', message: 'm', key });
  expect(advisoryIdsOf(vulnerability('vulnerability:ghsa-aaaa-bbbb-cccc'))).toEqual(['GHSA-AAAA-BBBB-CCCC']);
  expect(advisoryIdsOf(vulnerability('advisory:1234'))).toEqual([]);
});

test('the note of an expired ignore names its package and advisories, apart', () => {
  expect(expiredNote({ package: 'lib', advisories: ['GHSA-AAAA-BBBB-CCCC', 'CVE-2024-1234'], reason: 'r', expires: '2026-01-01' })).toBe(
    'The ignore for lib GHSA-AAAA-BBBB-CCCC, CVE-2024-1234 (expires 2026-01-01) has expired and no longer applies.',
  );
});
