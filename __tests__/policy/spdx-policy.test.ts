// License policy with SPDX semantics: the whole SPDX list (spdx-license-ids), or-later ranges and exceptions
// (spdx-satisfies), loose names read by spdx-correct.
import { normalizeLicense, satisfiesPolicy } from '../../src/checks/registry/license.js';
import { parseConfig } from '../../src/policy/config.js';
import { loadPolicy } from '../../src/policy/load-policy.js';

const FILE = '.github/depdiff.yml';

test('every id of the SPDX list is known: Elastic-2.0 outside an allow list is denied, not unknown', () => {
  expect(satisfiesPolicy('Elastic-2.0', { allow: ['MIT'] })).toBe('denied');
  expect(satisfiesPolicy('Elastic-2.0', { allow: ['Elastic-2.0'] })).toBe('allowed');
  expect(satisfiesPolicy('LicenseRef-Acme', { allow: ['MIT'] })).toBe('unknown');
});

test('or-later is a range, not the exact version', () => {
  // A licensee of GPL-2.0-or-later may take it as GPL-2.0.
  expect(satisfiesPolicy('GPL-2.0-or-later', { allow: ['GPL-2.0-only'] })).toBe('allowed');
  expect(satisfiesPolicy('GPL-2.0+', { allow: ['GPL-3.0-only'] })).toBe('allowed');
  expect(satisfiesPolicy('GPL-2.0-only', { allow: ['GPL-3.0-or-later'] })).toBe('denied');
  // Denying GPL-2.0-or-later denies every GPL from 2.0 on, and nothing before.
  expect(satisfiesPolicy('GPL-3.0-only', { deny: ['GPL-2.0-or-later'] })).toBe('denied');
  expect(satisfiesPolicy('GPL-1.0-only', { deny: ['GPL-2.0-or-later'] })).toBe('allowed');
  expect(satisfiesPolicy('GPL-2.0-only', { deny: ['GPL-3.0-only'] })).toBe('allowed');
  expect(satisfiesPolicy('MIT OR GPL-3.0-only', { deny: ['GPL-2.0-or-later'] })).toBe('allowed');
  expect(satisfiesPolicy('MIT AND GPL-3.0-only', { deny: ['GPL-2.0-or-later'] })).toBe('denied');
});

test('loose license names of packages are read with spdx-correct', () => {
  expect(normalizeLicense('Apache Software License 2.0')).toBe('Apache-2.0');
  expect(normalizeLicense('Mozilla Public License 2.0')).toBe('MPL-2.0');
  expect(normalizeLicense('MIT')).toBe('MIT');
  expect(normalizeLicense('not a license at all')).toBe('not a license at all');
});

test('policy entries must be on the SPDX list; a loose name gets a suggestion', () => {
  expect(parseConfig('allow-licenses: [Elastic-2.0, GPL-2.0-or-later, GPL-2.0+, LicenseRef-Acme]', FILE).allowLicenses).toHaveLength(4);
  expect(() => parseConfig('allow-licenses: [Apache2.0]', FILE)).toThrow(/:1: allow-licenses: "Apache2.0" is not on the SPDX license list \(did you mean "Apache-2.0"\?\)/);
  expect(() => parseConfig('deny-licenses: [GPL-2.0-only WITH Nope-exception]', FILE)).toThrow(/"Nope-exception" is not an SPDX exception id/);
  expect(() => loadPolicy(null, { denyLicenses: ['MIT-License'] })).toThrow(/input "deny-licenses": "MIT-License" is not on the SPDX license list \(did you mean "MIT"\?\)/);
});

test('a license list given as input replaces the config file\'s license policy', () => {
  const config = { text: 'deny-licenses: [GPL-3.0-only]\n', file: FILE };
  expect(loadPolicy(config, {})).toMatchObject({ denyLicenses: ['GPL-3.0-only'] });
  const allowing = loadPolicy(config, { allowLicenses: ['MIT', 'Apache-2.0'] });
  expect(allowing.allowLicenses).toEqual(['MIT', 'Apache-2.0']);
  expect(allowing.denyLicenses).toBeUndefined();
  expect(() => loadPolicy(null, { allowLicenses: ['MIT'], denyLicenses: ['GPL-3.0-only'] })).toThrow(/use either, not both/);
});
