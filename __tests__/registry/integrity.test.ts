import { createHash } from 'node:crypto';
import { IntegrityError, parseIntegrity, verifyIntegrity } from '../../src/registry/integrity.js';
import { isRegistryResolved } from '../../src/registry/source.js';
import { scrubSecrets, toPackageError } from '../../src/registry/fetch-errors.js';

const data = Buffer.from('tarball bytes');
const sri = (algo: string, bytes: Buffer) => `${algo}-${createHash(algo).update(bytes).digest('base64')}`;

test('verifyIntegrity accepts SRI, multi-hash SRI and sha1 hex that match', () => {
  expect(() => verifyIntegrity(data, sri('sha512', data), 'lockfile', 'a@1')).not.toThrow();
  expect(() => verifyIntegrity(data, `${sri('sha512', data)} ${sri('sha1', data)}`, 'lockfile', 'a@1')).not.toThrow();
  expect(() => verifyIntegrity(data, createHash('sha1').update(data).digest('hex').toUpperCase(), 'registry', 'a@1')).not.toThrow();
});

test('verifyIntegrity names the source, the algorithm and both digests on a mismatch', () => {
  const other = Buffer.from('other bytes');
  let caught: unknown;
  try {
    verifyIntegrity(data, sri('sha512', other), 'registry', 'a@1.0.0');
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(IntegrityError);
  const error = caught as IntegrityError;
  expect(error.code).toBe('EINTEGRITY');
  expect(error.source).toBe('registry');
  expect(error.expected).toBe(sri('sha512', other));
  expect(error.actual).toBe(sri('sha512', data));
  expect(error.message).toMatch(/^a@1\.0\.0: .*registry's dist\.integrity \(sha512\)/);
  // the strongest algorithm decides: a matching sha1 next to a wrong sha512 is still a mismatch
  expect(() => verifyIntegrity(data, `${sri('sha512', other)} ${sri('sha1', data)}`, 'lockfile', 'a@1')).toThrow(IntegrityError);
  expect(() => verifyIntegrity(data, 'not-a-hash', 'lockfile', 'a@1')).toThrow(/not a hash depdiff understands/);
  expect(parseIntegrity('garbage')).toBeNull();
});

test('isRegistryResolved: registry layouts yes, git / remote tarballs / files no', () => {
  expect(isRegistryResolved('a', '1.0.0', undefined)).toBe(true);
  expect(isRegistryResolved('a', '1.0.0', 'https://registry.npmjs.org/a/-/a-1.0.0.tgz')).toBe(true);
  expect(isRegistryResolved('@s/a', '1.0.0', 'https://registry.npmjs.org/@s/a/-/a-1.0.0.tgz')).toBe(true);
  expect(isRegistryResolved('@s/a', '1.0.0', 'https://npm.corp.test/api/npm/@s%2fa/-/a-1.0.0.tgz')).toBe(true);
  expect(isRegistryResolved('a', '1.0.0', 'a@npm:1.0.0')).toBe(true);
  expect(isRegistryResolved('a', '1.0.0', 'https://registry.npmjs.org/b/-/b-1.0.0.tgz')).toBe(false);
  expect(isRegistryResolved('a', '1.0.0', 'https://registry.npmjs.org/a/-/a-1.0.1.tgz')).toBe(false);
  expect(isRegistryResolved('a', '1.0.0', 'https://evil.test/a-1.0.0.tgz')).toBe(false);
  expect(isRegistryResolved('a', '1.0.0', 'git+https://github.com/x/a.git#abc')).toBe(false);
  expect(isRegistryResolved('a', '1.0.0', 'file:../a')).toBe(false);
});

test('scrubSecrets removes known values and credential shapes', () => {
  const text =
    'GET http://me:hunter22@reg.test/x failed; Authorization: Bearer abcdef123456; //reg.test/:_authToken=npm_XYZ123456 and tok-999999';
  const out = scrubSecrets(text, ['tok-999999']);
  expect(out).not.toMatch(/hunter22|abcdef123456|npm_XYZ123456|tok-999999/);
  expect(out).toContain('reg.test/x failed');
});

test('toPackageError maps codes and scrubs messages', () => {
  const e404 = toPackageError(Object.assign(new Error('404 Not Found - GET http://r.test/x'), { code: 'E404', statusCode: 404 }), 'x', []);
  expect(e404.code).toBe('E404');
  expect(toPackageError(Object.assign(new Error('no'), { code: 'ENOTCACHED' }), 'x', []).code).toBe('EOFFLINE');
  expect(toPackageError(Object.assign(new Error('no'), { code: 'ETARGET' }), 'x', []).code).toBe('E404');
  const refused = toPackageError(Object.assign(new Error('connect ECONNREFUSED with secret-token-1'), { code: 'ECONNREFUSED' }), 'x', ['secret-token-1']);
  expect(refused.code).toBe('EFETCH');
  expect(refused.message).not.toContain('secret-token-1');
  expect(refused.message).toContain('ECONNREFUSED');
});
