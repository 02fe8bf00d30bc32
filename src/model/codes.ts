// The stable codes of the two kinds of trouble a package can cause, in one place: callers, tests, the
// policy (which codes leave a review incomplete) and the JSON report match on them, so none is invented ad hoc.

/** Why a package could not be fetched, unpacked or analyzed: `ReviewError.code` and `PackageError.code`. */
export const REVIEW_ERROR_CODES = [
  /** The registry failed after retries (5xx, timeouts, resets), refused the token, or the name is invalid. */
  'EFETCH',
  /** Offline mode, and the cache has no copy. */
  'EOFFLINE',
  /** Not on the registry depdiff asked. */
  'E404',
  /** The archive could not be read (corrupt, truncated, a format npm refuses). */
  'EUNTAR',
  /** Over a bound: download size, packument size, or unpacking stopped part-way. */
  'ELIMIT',
  /** The bytes do not match the lockfile's or the registry's checksum. */
  'EINTEGRITY',
  /** The analysis crashed or ran out of memory. */
  'EANALYZE',
  /** The analysis ran past its time limit. */
  'ETIMEOUT',
  /** A git or tarball-URL source: never fetched by design (its own finding says so). */
  'ESOURCE',
] as const;
export type ReviewErrorCode = (typeof REVIEW_ERROR_CODES)[number];

/** What is odd about an archive: `TarballAnomaly.code`, and the `tarball-anomaly:<code>` finding key. */
export const TARBALL_ANOMALY_CODES = [
  'gzip-bomb',
  'too-large',
  'too-many-files',
  'path-traversal',
  'too-deep',
  'no-top-folder',
  'absolute-path',
  'windows-path',
  'path-conflict',
  'duplicate-path',
  'special-file',
  'invalid-header',
  'symlink',
  'hardlink',
] as const;
export type TarballAnomalyCode = (typeof TARBALL_ANOMALY_CODES)[number];

export function isReviewErrorCode(code: unknown): code is ReviewErrorCode {
  return typeof code === 'string' && (REVIEW_ERROR_CODES as readonly string[]).includes(code);
}
