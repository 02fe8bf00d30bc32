// Fail closed on lockfiles: a format version depdiff does not know may store packages where the parser
// does not look, and an empty parse would diff as "nothing changed" and pass. Each parser calls these
// near its top (the version) and at its end (whether any entry was read).
import { InputError } from '../model/errors.js';
import { LOCKFILE_ERROR_CODE } from './lockfile-error.js';

type VersionedFormat = 'npm' | 'pnpm' | 'yarn-berry' | 'bun';

interface Support {
  /** Where the format records its version, for messages. */
  field: string;
  /** The versions this parser reads, inclusive; pnpm's are decimals (`5.4`, `9.0`). */
  min: number;
  /** Exclusive upper bound: everything below it is read. */
  below: number;
  known: string;
}

const SUPPORTED: Record<VersionedFormat, Support> = {
  npm: { field: '"lockfileVersion"', min: 1, below: 4, known: '1, 2 and 3' },
  // 5.x (pnpm 3-7), 6.x (pnpm 8), 9.x (pnpm 9 and 10).
  pnpm: { field: 'lockfileVersion', min: 5, below: 10, known: '5.x, 6.x and 9.x' },
  // __metadata.version 4 (yarn 2), 5-6 (yarn 3), 8 (yarn 4).
  'yarn-berry': { field: '__metadata.version', min: 4, below: 9, known: '4 to 8 (yarn 2, 3 and 4)' },
  bun: { field: '"lockfileVersion"', min: 0, below: 2, known: '0 and 1' },
};

/** Throws an input error naming the supported versions when `version` is not one of them. */
export function checkLockfileVersion(path: string, format: VersionedFormat, version: number, line?: number): void {
  const support = SUPPORTED[format];
  if (Number.isFinite(version) && version >= support.min && version < support.below) return;
  const newer = Number.isFinite(version) && version >= support.below;
  const what = `${support.field} ${Number.isFinite(version) ? version : 'value'}`;
  const advice = newer
    ? 'it is newer than this depdiff knows, and reading it as an older format could miss packages: update depdiff'
    : 'regenerate the lockfile with a current package manager';
  throw new InputError(`Cannot review lockfile ${path}: its ${what} is not one depdiff reads (it reads ${support.known}); ${advice}.`, {
    code: LOCKFILE_ERROR_CODE,
    file: path,
    ...(line !== undefined ? { line } : {}),
  });
}

/**
 * Throws when a lockfile lists package entries but none of them could be read: reviewing it as empty
 * would pass every change in it. A lockfile with no package entries at all (only the root) is fine.
 */
export function checkSomeEntriesRead(path: string, declared: number, read: number): void {
  if (declared === 0 || read > 0) return;
  throw new InputError(
    `Cannot review lockfile ${path}: none of its ${declared} package entries could be read, so no change in it could be reviewed. ` +
      'Check that it is a lockfile of a supported version, or regenerate it.',
    { code: LOCKFILE_ERROR_CODE, file: path },
  );
}
