// Fail closed: a green check promises that someone read what every new version newly does. A package
// whose code depdiff could not read breaks that promise, so it fails the verdict unless the user opted
// out with allow-incomplete. This module is the one place that decides which errors mean that.
import type { ReviewErrorCode } from '../model/codes.js';
import type { ReviewError, Verdict } from '../model/types.js';

/** Why a package could not be reviewed, grouped by what the user can do about it. */
export type IncompleteReason = 'registry' | 'missing' | 'unreadable' | 'analysis' | 'unknown';

/**
 * Every ReviewError code depdiff emits, and whether it leaves a package unreviewed. Checks that could
 * not run while the code itself was read (advisories endpoint absent, no `_npmUser`) are `notes`, never
 * errors, so they are not in this table.
 */
// Exhaustive over model/codes.ts: a new code must say here whether it leaves a review incomplete.
const REASON_BY_CODE: Record<ReviewErrorCode, IncompleteReason | null> = {
  // The registry failed after retries (5xx, timeouts, resets), refused the token, or offline mode had no copy.
  EFETCH: 'registry',
  EOFFLINE: 'registry',
  // Not on the registry depdiff asked (a private registry it was not told about), or a version it no
  // longer serves: either way nobody read the code that the lockfile installs.
  E404: 'missing',
  // The bytes came but could not be read in full: corrupt archive, over a size bound, checksum mismatch.
  EUNTAR: 'unreadable',
  ELIMIT: 'unreadable',
  EINTEGRITY: 'unreadable',
  // The analysis of the package's files failed or ran out of time.
  EANALYZE: 'analysis',
  ETIMEOUT: 'analysis',
  // Git and tarball-URL sources are never fetched by design; their `non-registry-source` finding says so.
  ESOURCE: null,
};

/** The reason a package could not be reviewed, or null when the error does not make the review incomplete. */
export function incompleteReason(error: ReviewError): IncompleteReason | null {
  const code = error.code ?? 'EFETCH';
  // An error depdiff does not know yet fails closed too.
  return Object.hasOwn(REASON_BY_CODE, code) ? REASON_BY_CODE[code]! : 'unknown';
}

export function couldNotReview(error: ReviewError): boolean {
  return incompleteReason(error) !== null;
}

/** Errors that left a package unreviewed, counted per package name (an old and a new version of one package count once). */
export function incompletePackages(errors: readonly ReviewError[]): number {
  return new Set(errors.filter(couldNotReview).map((error) => error.name)).size;
}

/** The policy's verdict on the findings, failed when a package could not be reviewed and the user did not allow it. */
export function verdictWithIncomplete(findingsVerdict: Verdict, errors: readonly ReviewError[], allowIncomplete: boolean): Verdict {
  return incompletePackages(errors) > 0 && !allowIncomplete ? 'fail' : findingsVerdict;
}

const WHAT_TO_DO: Record<IncompleteReason, string> = {
  registry: 'The registry failed after retries or refused access: re-run the job, and for a private registry set the registry (the `registry` input, `--registry`) or an .npmrc with its token',
  missing: 'Not found on the registry depdiff used: set the registry the lockfile resolves from (the `registry` input, `--registry`) or an .npmrc',
  unreadable: 'A tarball could not be read in full: see its findings and read its code yourself',
  analysis: "The analysis of a package's files failed: re-run the job, and read its code yourself if it fails again",
  unknown: 'See the list of packages that were not reviewed',
};

/** One sentence per reason present, in a fixed order: what happened and what to do. */
export function incompleteAdvice(errors: readonly ReviewError[]): string[] {
  const reasons = new Set(errors.map(incompleteReason).filter((reason): reason is IncompleteReason => reason !== null));
  return (Object.keys(WHAT_TO_DO) as IncompleteReason[]).filter((reason) => reasons.has(reason)).map((reason) => WHAT_TO_DO[reason]);
}
