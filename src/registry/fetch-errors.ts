// Turns pacote / npm-registry-fetch failures into PackageErrors with stable codes, and makes sure no
// credential from the npm config can ride along in a message that ends up in a PR comment.
import { errorMessage, PackageError } from '../model/errors.js';
import { IntegrityError } from './integrity.js';

const SECRET_PATTERNS: Array<[RegExp, string]> = [
  [/((?:_authToken|_auth|_password)["']?\s*[=:]\s*["']?)[^\s"',;}]+/gi, '$1***'],
  [/(authorization["']?\s*[=:]\s*["']?)(?:(?:bearer|basic|token)\s+)?[^\s"',;}]+/gi, '$1***'],
  [/\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{6,}/gi, '$1 ***'],
  [/(\/\/)[^/\s:@]+:[^/\s@]+@/g, '$1***@'],
];

/** Removes the given secret values and anything shaped like a credential. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join('***');
  }
  for (const [pattern, replacement] of SECRET_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

interface FetchFailure {
  code?: string;
  statusCode?: number;
  status?: number;
  type?: string;
}

function failure(error: unknown): FetchFailure {
  return typeof error === 'object' && error !== null ? (error as FetchFailure) : {};
}

/** Maps any registry failure for `pkgId` to a PackageError: E404, EOFFLINE, EINTEGRITY, ELIMIT or EFETCH. */
export function toPackageError(error: unknown, pkgId: string, secrets: readonly string[]): PackageError {
  // make-fetch-happen can emit an integrity failure before anyone listens on small bodies; Node
  // then wraps it in ERR_UNHANDLED_ERROR with the real error as `context`.
  const context = (error as { code?: string; context?: unknown } | null)?.context;
  if (failure(error).code === 'ERR_UNHANDLED_ERROR' && context instanceof Error) return toPackageError(context, pkgId, secrets);
  if (error instanceof PackageError) {
    if (error instanceof IntegrityError) return error;
    const message = scrubSecrets(error.message, secrets);
    return message === error.message ? error : new PackageError(error.code, message, { cause: error });
  }
  const { code, statusCode, status, type } = failure(error);
  const http = statusCode ?? status;
  const detail = scrubSecrets(errorMessage(error), secrets);
  if (code === 'E404' || http === 404 || code === 'ETARGET') {
    return new PackageError('E404', `${pkgId} was not found in the registry (unpublished, never published, or not visible with this token): ${detail}`);
  }
  if (code === 'EINVALIDPACKAGENAME' || code === 'EINVALIDTAGNAME') {
    return new PackageError('EFETCH', `${pkgId} is not a valid npm package name or version, so it was not fetched: ${detail}`);
  }
  if (code === 'ENOTCACHED') {
    return new PackageError('EOFFLINE', `${pkgId} is not in the cache and offline mode forbids fetching it: ${detail}`);
  }
  if (code === 'EINTEGRITY') {
    // pacote verifies against the packument's dist.integrity while streaming; ssri attaches both sides.
    const { expected, found } = error as { expected?: unknown; found?: unknown };
    return new IntegrityError(`${pkgId}: the downloaded tarball does not match the registry's dist.integrity: ${detail}`, {
      source: 'registry',
      expected: expected ? String(expected) : '',
      actual: found ? String(found) : '',
    });
  }
  if (http === 401 || http === 403 || code === 'E401' || code === 'E403') {
    return new PackageError('EFETCH', `${pkgId}: the registry refused access (${http ?? code}); check the auth token for this registry in .npmrc: ${detail}`);
  }
  const why = code ?? (type ? `fetch ${type}` : http ? `HTTP ${http}` : 'error');
  return new PackageError('EFETCH', `${pkgId}: could not fetch from the registry after retries (${why}): ${detail}`);
}
