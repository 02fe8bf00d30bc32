// Every branch of toPackageError and scrubSecrets that the mutation run (MUTATION_GROUP=registry) found unjudged:
// the message a user reads for each failure, and the exact shapes of credential that never reach it.
import { PackageError } from '../../src/model/errors.js';
import { scrubSecrets, toPackageError } from '../../src/registry/fetch-errors.js';
import { IntegrityError } from '../../src/registry/integrity.js';

const failure = (message: string, fields: Record<string, unknown>): Error => Object.assign(new Error(message), fields);

describe('toPackageError', () => {
  test('an integrity failure Node wrapped as ERR_UNHANDLED_ERROR is judged by the error inside', () => {
    const inner = failure('sha512 mismatch', { code: 'EINTEGRITY', expected: 'sha512-aaa', found: 'sha512-bbb' });
    const error = toPackageError(failure('Unhandled error', { code: 'ERR_UNHANDLED_ERROR', context: inner }), 'x@1.0.0', []);
    expect(error).toBeInstanceOf(IntegrityError);
    expect((error as IntegrityError).expected).toBe('sha512-aaa');
    expect((error as IntegrityError).actual).toBe('sha512-bbb');
    expect((error as IntegrityError).source).toBe('registry');
    expect(error.message).toBe("x@1.0.0: the downloaded tarball does not match the registry's dist.integrity: sha512 mismatch");
  });

  test('an integrity failure without digests says so with empty strings', () => {
    const error = toPackageError(failure('bad', { code: 'EINTEGRITY' }), 'x@1.0.0', []) as IntegrityError;
    expect(error.expected).toBe('');
    expect(error.actual).toBe('');
  });

  test('a PackageError with nothing to scrub is passed on as it is; one with a secret keeps its code and cause', () => {
    const clean = new PackageError('ELIMIT', 'x@1.0.0: too big');
    expect(toPackageError(clean, 'x@1.0.0', ['secret-1234'])).toBe(clean);
    const dirty = new PackageError('ELIMIT', 'x@1.0.0: too big for secret-1234');
    const scrubbed = toPackageError(dirty, 'x@1.0.0', ['secret-1234']);
    expect(scrubbed.message).toBe('x@1.0.0: too big for ***');
    expect(scrubbed.code).toBe('ELIMIT');
    expect(scrubbed.cause).toBe(dirty);
  });

  test('each failure gets the message that tells the user what to do', () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ status: 404 }, 'E404', 'x@1.0.0 was not found in the registry (unpublished, never published, or not visible with this token): m'],
      [{ code: 'EINVALIDPACKAGENAME' }, 'EFETCH', 'x@1.0.0 is not a valid npm package name or version, so it was not fetched: m'],
      [{ code: 'EINVALIDTAGNAME' }, 'EFETCH', 'x@1.0.0 is not a valid npm package name or version, so it was not fetched: m'],
      [{ code: 'ENOTCACHED' }, 'EOFFLINE', 'x@1.0.0 is not in the cache and offline mode forbids fetching it: m'],
      [{ statusCode: 401 }, 'EFETCH', 'x@1.0.0: the registry refused access (401); check the auth token for this registry in .npmrc: m'],
      [{ status: 403 }, 'EFETCH', 'x@1.0.0: the registry refused access (403); check the auth token for this registry in .npmrc: m'],
      [{ code: 'E401' }, 'EFETCH', 'x@1.0.0: the registry refused access (E401); check the auth token for this registry in .npmrc: m'],
      [{ code: 'E403' }, 'EFETCH', 'x@1.0.0: the registry refused access (E403); check the auth token for this registry in .npmrc: m'],
      [{ code: 'ECONNRESET' }, 'EFETCH', 'x@1.0.0: could not fetch from the registry after retries (ECONNRESET): m'],
      [{ type: 'system' }, 'EFETCH', 'x@1.0.0: could not fetch from the registry after retries (fetch system): m'],
      [{ statusCode: 500 }, 'EFETCH', 'x@1.0.0: could not fetch from the registry after retries (HTTP 500): m'],
      [{}, 'EFETCH', 'x@1.0.0: could not fetch from the registry after retries (error): m'],
    ];
    for (const [fields, code, message] of cases) {
      const error = toPackageError(failure('m', fields), 'x@1.0.0', []);
      expect({ fields, code: error.code, message: error.message }).toEqual({ fields, code, message });
    }
  });

  test("npm's E404 code alone is enough for not found", () => {
    expect(toPackageError(failure('m', { code: 'E404' }), 'x@1.0.0', []).code).toBe('E404');
  });

  test('only ERR_UNHANDLED_ERROR is unwrapped, and only when it carries an Error', () => {
    const inner = failure('inner', { code: 'EINTEGRITY' });
    const other = toPackageError(failure('outer', { code: 'ECONNRESET', context: inner }), 'x@1.0.0', []);
    expect(other.message).toBe('x@1.0.0: could not fetch from the registry after retries (ECONNRESET): outer');
    const noError = toPackageError(failure('outer', { code: 'ERR_UNHANDLED_ERROR', context: 'inner' }), 'x@1.0.0', []);
    expect(noError.message).toBe('x@1.0.0: could not fetch from the registry after retries (ERR_UNHANDLED_ERROR): outer');
  });

  test('a thrown undefined is a fetch error too', () => {
    expect(toPackageError(undefined, 'x@1.0.0', []).message).toBe('x@1.0.0: could not fetch from the registry after retries (error): undefined');
  });

  test('a thrown non-object is a fetch error quoting it', () => {
    const error = toPackageError('socket hang up', 'x@1.0.0', []);
    expect(error.code).toBe('EFETCH');
    expect(error.message).toBe('x@1.0.0: could not fetch from the registry after retries (error): socket hang up');
    expect(toPackageError(null, 'x@1.0.0', []).message).toBe('x@1.0.0: could not fetch from the registry after retries (error): null');
  });
});

describe('scrubSecrets', () => {
  test('removes a known secret of four characters or more, and leaves shorter ones (too common to cut)', () => {
    expect(scrubSecrets('a wxyz b', ['wxyz'])).toBe('a *** b');
    expect(scrubSecrets('a xyz b', ['xyz'])).toBe('a xyz b');
  });

  test('removes credential values in .npmrc, JSON and header shapes', () => {
    const cases: Array<[string, string]> = [
      ['//r.test/:_authToken=npm_abc123', '//r.test/:_authToken=***'],
      ['//r.test/:_auth = "dXNlcjpwYXNz"', '//r.test/:_auth = "***"'],
      ['{"_password": "cGFzcw=="}', '{"_password": "***"}'],
      ['_AUTHTOKEN: tok123, next', '_AUTHTOKEN: ***, next'],
      ['"authorization": "Basic dXNlcjpwYXNz"', '"authorization": "***"'],
      ['Authorization=token ghp_abcdef', 'Authorization=***'],
      ['AUTHORIZATION: Bearer abc.def', 'AUTHORIZATION: ***'],
      ['sent bearer abcdef to it', 'sent bearer *** to it'],
      ['sent BASIC dXNlcjpw to it', 'sent BASIC *** to it'],
      ['GET https://user:p4ss@r.test/x', 'GET https://***@r.test/x'],
      // Spacing npm and proxies write: around the separator, without a scheme, twice after the scheme.
      ['authorization = tok12', 'authorization = ***'],
      ['authorization: tok12', 'authorization: ***'],
      ['Authorization: Bearer  ab12', 'Authorization: ***'],
      ['sent bearer  abcdef1 to it', 'sent bearer *** to it'],
    ];
    for (const [text, scrubbed] of cases) expect({ text, out: scrubSecrets(text, []) }).toEqual({ text, out: scrubbed });
  });

  test('leaves prose that only looks near a credential', () => {
    // "bearer" or "basic" followed by a word under six characters is prose, and a URL path with a colon but no user info stays readable.
    expect(scrubSecrets('the bearer of bad news', [])).toBe('the bearer of bad news');
    expect(scrubSecrets('uses basic setup', [])).toBe('uses basic setup');
    expect(scrubSecrets('see https://r.test/a:b/c', [])).toBe('see https://r.test/a:b/c');
  });
});
