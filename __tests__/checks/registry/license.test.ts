import {
  isPermissiveLicense,
  licenseOf,
  normalizeLicense,
  parseSpdx,
  renderSpdx,
  sameLicense,
  satisfiesPolicy,
} from '../../../src/checks/registry/license.js';

describe('parseSpdx', () => {
  test('ids, WITH, AND binding tighter than OR, parentheses, operators in any case', () => {
    expect(parseSpdx('mit')).toEqual({ type: 'license', id: 'MIT' });
    expect(parseSpdx('GPL-2.0-only WITH classpath-exception-2.0')).toEqual({
      type: 'license',
      id: 'GPL-2.0-only',
      exception: 'Classpath-exception-2.0',
    });
    expect(parseSpdx('MIT or Apache-2.0 and ISC')).toEqual({
      type: 'or',
      children: [
        { type: 'license', id: 'MIT' },
        { type: 'and', children: [{ type: 'license', id: 'Apache-2.0' }, { type: 'license', id: 'ISC' }] },
      ],
    });
    expect(renderSpdx(parseSpdx('(MIT OR Apache-2.0) AND (ISC)'))).toBe('(MIT OR Apache-2.0) AND ISC');
    expect(parseSpdx('LicenseRef-Proprietary')).toEqual({ type: 'license', id: 'LicenseRef-Proprietary' });
    expect(parseSpdx('GPL-2.0+')).toEqual({ type: 'license', id: 'GPL-2.0+' });
  });

  test.each(['', 'MIT license', 'MIT OR', '(MIT', 'MIT)', 'AND MIT', 'MIT WITH', 'SEE LICENSE IN LICENSE.md', 'MIT/X11?'])(
    'throws on %p',
    (expr) => {
      expect(() => parseSpdx(expr)).toThrow();
    },
  );
});

describe('normalizeLicense and licenseOf', () => {
  test('strings, {type} objects and old `licenses` arrays', () => {
    expect(normalizeLicense(' mit ')).toBe('MIT');
    expect(normalizeLicense({ type: 'ISC', url: 'x' })).toBe('ISC');
    expect(normalizeLicense([{ type: 'MIT' }, { type: 'GPL-2.0' }])).toBe('MIT OR GPL-2.0');
    expect(normalizeLicense(['MIT OR ISC', 'Apache-2.0'])).toBe('(MIT OR ISC) OR Apache-2.0');
    expect(normalizeLicense('Apache License 2.0')).toBe('Apache-2.0');
    expect(normalizeLicense('see license in LICENSE.md')).toBe('SEE LICENSE IN LICENSE.md');
    expect(normalizeLicense('Public Domain')).toBe('Public Domain');
    expect(normalizeLicense('')).toBeNull();
    expect(normalizeLicense(42)).toBeNull();
    expect(normalizeLicense(null)).toBeNull();
  });

  test('licenseOf reads `license`, then the older `licenses`', () => {
    expect(licenseOf({ name: 'a', version: '1.0.0', license: 'BSD-3-Clause' })).toBe('BSD-3-Clause');
    expect(licenseOf({ name: 'a', version: '1.0.0', licenses: [{ type: 'MIT' }] })).toBe('MIT');
    expect(licenseOf({ name: 'a', version: '1.0.0' })).toBeNull();
    expect(licenseOf(undefined)).toBeNull();
  });

  test('sameLicense ignores case, deprecated ids and operand order, not real changes', () => {
    expect(sameLicense('GPL-3.0', 'GPL-3.0-only')).toBe(true);
    expect(sameLicense('GPL-2.0+', 'GPL-2.0-or-later')).toBe(true);
    expect(sameLicense('MIT OR Apache-2.0', 'apache-2.0 or mit')).toBe(true);
    expect(sameLicense('GPL-3.0-only', 'GPL-3.0-or-later')).toBe(false);
    expect(sameLicense('MIT', null)).toBe(false);
    expect(sameLicense(null, null)).toBe(true);
  });

  test('isPermissiveLicense: an OR needs one permissive branch, an AND needs all', () => {
    expect(isPermissiveLicense('MIT')).toBe(true);
    expect(isPermissiveLicense('MIT OR GPL-3.0')).toBe(true);
    expect(isPermissiveLicense('MIT AND GPL-3.0')).toBe(false);
    expect(isPermissiveLicense('UNLICENSED')).toBe(false);
    expect(isPermissiveLicense('SEE LICENSE IN LICENSE')).toBe(false);
    expect(isPermissiveLicense(null)).toBe(false);
  });
});

describe('satisfiesPolicy', () => {
  const allowPermissive = { allow: ['MIT', 'ISC', 'Apache-2.0', 'BSD-3-Clause'] };

  test('allow lists: OR allowed when any branch is, AND needs all', () => {
    expect(satisfiesPolicy('MIT', allowPermissive)).toBe('allowed');
    expect(satisfiesPolicy('(MIT OR GPL-3.0-only)', allowPermissive)).toBe('allowed');
    expect(satisfiesPolicy('MIT AND GPL-3.0-only', allowPermissive)).toBe('denied');
    expect(satisfiesPolicy('GPL-3.0-only', allowPermissive)).toBe('denied');
  });

  test('deny lists match deprecated and current ids alike, and win over allow', () => {
    expect(satisfiesPolicy('GPL-3.0-only', { deny: ['GPL-3.0'] })).toBe('denied');
    expect(satisfiesPolicy('AGPL-3.0', { deny: ['agpl-3.0-only'] })).toBe('denied');
    expect(satisfiesPolicy('MIT', { deny: ['GPL-3.0'] })).toBe('allowed');
    expect(satisfiesPolicy('MIT', { allow: ['MIT'], deny: ['MIT'] })).toBe('denied');
    expect(satisfiesPolicy('UNLICENSED', { deny: ['UNLICENSED'] })).toBe('denied');
  });

  test('exceptions: allowed when the policy names the whole `WITH` expression', () => {
    const expr = 'GPL-2.0-only WITH Classpath-exception-2.0';
    expect(satisfiesPolicy(expr, { allow: ['GPL-2.0-only WITH Classpath-exception-2.0'] })).toBe('allowed');
    expect(satisfiesPolicy(expr, { allow: ['GPL-2.0-only'] })).toBe('denied');
    expect(satisfiesPolicy(expr, { deny: ['GPL-2.0-only'] })).toBe('denied');
  });

  test('unknown: no license, text that is not SPDX, ids nobody knows', () => {
    expect(satisfiesPolicy(null, allowPermissive)).toBe('unknown');
    expect(satisfiesPolicy('SEE LICENSE IN LICENSE.md', allowPermissive)).toBe('unknown');
    expect(satisfiesPolicy('LicenseRef-Acme', allowPermissive)).toBe('unknown');
    expect(satisfiesPolicy('LicenseRef-Acme', { allow: ['LicenseRef-Acme'] })).toBe('allowed');
    expect(satisfiesPolicy('MIT OR LicenseRef-Acme', { allow: ['ISC'] })).toBe('unknown');
  });
});
