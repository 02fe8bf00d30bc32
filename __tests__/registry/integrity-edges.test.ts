// The edges of the integrity check that the mutation run (MUTATION_GROUP=registry) found unjudged: how a value is
// read (padding, the exact 40-digit legacy hex), several hashes of one algorithm, and what each refusal records.
import { createHash } from 'node:crypto';
import { Digests, IntegrityError, parseIntegrity, verifyIntegrity } from '../../src/registry/integrity.js';

const data = Buffer.from('tarball bytes');
const sri = (algo: string, bytes: Buffer) => `${algo}-${createHash(algo).update(bytes).digest('base64')}`;
const sha1Hex = createHash('sha1').update(data).digest('hex');

function refusal(check: () => void): IntegrityError {
  try {
    check();
  } catch (error) {
    expect(error).toBeInstanceOf(IntegrityError);
    return error as IntegrityError;
  }
  throw new Error('the integrity check passed');
}

test('a legacy sha1 hex digest padded with whitespace is still read', () => {
  expect(() => verifyIntegrity(data, `  ${sha1Hex}\n`, 'lockfile', 'a@1')).not.toThrow();
});

test('only exactly 40 hex digits are a legacy sha1 digest: 42 are no hash at all', () => {
  expect(parseIntegrity(`${sha1Hex}ab`)).toBeNull();
  expect(parseIntegrity(`ab${sha1Hex}`)).toBeNull();
});

test('any one of several hashes of the strongest algorithm may match', () => {
  expect(() => verifyIntegrity(data, `${sri('sha512', Buffer.from('other'))} ${sri('sha512', data)}`, 'registry', 'a@1')).not.toThrow();
});

test('a mismatch against several hashes lists each expected hash, space-separated', () => {
  const first = sri('sha512', Buffer.from('one'));
  const second = sri('sha512', Buffer.from('two'));
  const error = refusal(() => verifyIntegrity(data, `${first} ${second}`, 'lockfile', 'a@1'));
  expect(error.expected).toBe(`${first} ${second}`);
  expect(error.message).toContain(`expected ${first} ${second}, got ${sri('sha512', data)}`);
});

test('an unreadable integrity value is quoted to 100 characters, with no actual digest', () => {
  const error = refusal(() => verifyIntegrity(data, `${'x'.repeat(100)}${'y'.repeat(400)}`, 'registry', 'a@1'));
  expect(error.message).toBe(
    `a@1: the registry's dist.integrity "${'x'.repeat(100)}" is not a hash depdiff understands (SRI sha512/sha384/sha256/sha1 or sha1 hex)`,
  );
  expect(error.actual).toBe('');
  expect(error.source).toBe('registry');
});

test('an algorithm this Node.js cannot compute (a FIPS build refusing one) is EINTEGRITY saying so', () => {
  class RefusingDigests extends Digests {
    override of(algorithm: string): string {
      throw new Error(`Digest method not supported: ${algorithm}`);
    }
  }
  const error = refusal(() => verifyIntegrity(new RefusingDigests(data), sri('sha512', data), 'lockfile', 'a@1'));
  expect(error.message).toBe("a@1: the lockfile's integrity uses sha512, a hash this Node.js cannot compute");
  expect(error.code).toBe('EINTEGRITY');
  expect(error.actual).toBe('');
  expect(error.expected).toBe(sri('sha512', data));
});

test('Digests computes each algorithm once: a later call answers from the first computation', () => {
  const bytes = Buffer.from('first bytes');
  const digests = new Digests(bytes);
  const first = digests.of('sha512');
  // The buffer is only ever read, so changing it under the object shows whether the digest is recomputed.
  bytes.write('other');
  expect(digests.of('sha512')).toBe(first);
  expect(digests.of('sha1')).toBe(createHash('sha1').update(bytes).digest('base64'));
});
