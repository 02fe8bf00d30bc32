// Checks downloaded tarball bytes against an integrity value from the lockfile or the registry.
import { createHash } from 'node:crypto';
import ssri from 'ssri';
import { PackageError } from '../model/errors.js';

export type IntegritySource = 'lockfile' | 'registry';

/** EINTEGRITY with the details a reviewer needs: whose value disagreed, and both digests. */
export class IntegrityError extends PackageError {
  readonly source: IntegritySource;
  readonly expected: string;
  readonly actual: string;

  constructor(message: string, details: { source: IntegritySource; expected: string; actual: string }) {
    super('EINTEGRITY', message);
    this.source = details.source;
    this.expected = details.expected;
    this.actual = details.actual;
  }
}

const SOURCE_LABEL: Record<IntegritySource, string> = {
  lockfile: "the lockfile's integrity",
  registry: "the registry's dist.integrity",
};

/** Parses SRI (possibly several hashes) or a legacy sha1 hex digest (lockfile v1, yarn, `dist.shasum`). */
export function parseIntegrity(value: string): ssri.Integrity | null {
  const trimmed = value.trim();
  // ssri answers null for a value with no hash it can read; a hex digest (either case) is always one sha1 hash.
  const parsed: ssri.Integrity | null = /^[0-9a-f]{40}$/i.test(trimmed) ? ssri.fromHex(trimmed, 'sha1') : ssri.parse(trimmed);
  return parsed;
}

/**
 * The digests of one buffer, each algorithm computed at most once: a tarball is checked against the
 * lockfile's and the registry's integrity (and the cache's key), usually all sha512, in one pass.
 */
export class Digests {
  private readonly memo = new Map<string, string>();

  constructor(readonly data: Uint8Array) {}

  /** base64 digest, as SRI writes it. */
  of(algorithm: string): string {
    let digest = this.memo.get(algorithm);
    if (digest === undefined) {
      digest = createHash(algorithm).update(this.data).digest('base64');
      this.memo.set(algorithm, digest);
    }
    return digest;
  }
}

export function verifyIntegrity(data: Buffer | Digests, expected: string, source: IntegritySource, pkgId: string): void {
  const digests = data instanceof Digests ? data : new Digests(data);
  const integrity = parseIntegrity(expected);
  if (!integrity) {
    throw new IntegrityError(`${pkgId}: ${SOURCE_LABEL[source]} "${expected.slice(0, 100)}" is not a hash depdiff understands (SRI sha512/sha384/sha256/sha1 or sha1 hex)`, {
      source,
      expected,
      actual: '',
    });
  }
  // ssri.checkData's rule: the strongest algorithm present decides, and any of its hashes may match.
  const algorithm = integrity.pickAlgorithm();
  // pickAlgorithm names an algorithm the integrity holds, so its list is there.
  const hashes = (integrity as unknown as Record<string, ssri.Hash[]>)[algorithm];
  let actualDigest: string;
  try {
    actualDigest = digests.of(algorithm);
  } catch {
    throw new IntegrityError(`${pkgId}: ${SOURCE_LABEL[source]} uses ${algorithm.slice(0, 20)}, a hash this Node.js cannot compute`, { source, expected, actual: '' });
  }
  if (hashes.some((hash) => hash.digest === actualDigest)) return;
  const actual = `${algorithm}-${actualDigest}`;
  const wanted = hashes.map(String).join(' ');
  throw new IntegrityError(
    `${pkgId}: the downloaded tarball does not match ${SOURCE_LABEL[source]} (${algorithm}): expected ${wanted}, got ${actual}`,
    { source, expected: wanted, actual },
  );
}
