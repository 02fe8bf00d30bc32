import { errorMessage, PackageError } from '../../model/errors.js';
import { IntegrityError } from '../../registry/integrity.js';
import type { Fact, LockedPackage } from '../../model/types.js';

/** A download or unpack failure: an error entry, and a finding where the failure itself is suspicious. */
export function failureFacts(error: unknown, entry: LockedPackage, oldFailureCode?: string): Fact[] {
  const code = error instanceof PackageError ? error.code : 'EFETCH';
  const where = `${entry.name}@${entry.version}`;
  if (code === 'EINTEGRITY') {
    const against = error instanceof IntegrityError && error.source === 'lockfile' ? "the lockfile's checksum" : 'the checksum the registry publishes for it';
    return [
      {
        key: 'integrity-mismatch:tarball',
        kind: 'integrity-mismatch',
        severity: 'critical',
        detail: `The tarball the registry serves for ${where} does not match ${against}: what would be installed is not what was published or locked.`,
        ...(error instanceof IntegrityError ? { evidence: `expected ${error.expected.slice(0, 24)}… got ${error.actual.slice(0, 24)}…` } : {}),
      },
    ];
  }
  if (code === 'EUNTAR') {
    return [
      {
        key: 'tarball-anomaly:unreadable',
        kind: 'tarball-anomaly',
        severity: 'high',
        detail: `The tarball of ${where} could not be unpacked (${errorMessage(error)}), so its code could not be reviewed; a malformed archive can be an attempt to evade review.`,
      },
    ];
  }
  if (code === 'ELIMIT') {
    // A package that was always this big is a known limit (medium); one that suddenly outgrew the
    // download limit may be hiding code past it (high).
    const alwaysTooBig = oldFailureCode === 'ELIMIT';
    return [
      {
        key: 'tarball-anomaly:too-large',
        kind: 'tarball-anomaly',
        severity: alwaysTooBig ? 'medium' : 'high',
        detail: `The tarball of ${where} exceeds depdiff's size limits (${errorMessage(error)}), so its code was not reviewed${alwaysTooBig ? '' : '; outgrowing the review is one way to hide code'}.`,
      },
    ];
  }
  return [];
}
