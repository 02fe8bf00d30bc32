// The lockfile's checksum for a version against the one the registry publishes. Only the same
// algorithm can be compared: a sha512 in one and a sha1 in the other proves nothing either way.
import type { Change, Fact, Packument } from '../../model/types.js';
import { oneLine } from '../fact-text.js';
import { manifestOf } from './packument-versions.js';

const DIGEST_BYTES: Record<string, number> = { sha1: 20, sha256: 32, sha384: 48, sha512: 64 };
const MAX_HASHES = 8;
const SHA1_HEX = /^[0-9a-f]{40}$/i;

/** Algorithm -> hex digests. */
type Digests = Map<string, Set<string>>;

export function lockfileIntegrityFact(change: Change, packument: Packument | null): Fact | null {
  const after = change.after;
  if (change.type === 'removed' || change.to === null || !after || after.source !== 'registry' || packument === null) {
    return null;
  }
  const dist = manifestOf(packument, change.to)?.dist;
  if (!dist) return null;
  const locked = parseIntegrity(after.integrity);
  // yarn classic keeps the tarball's sha1 in the URL fragment: `...tgz#<sha1>`.
  const fragment = /^https?:\/\/[^#]*#([0-9a-f]{40})$/i.exec(after.resolved ?? '')?.[1];
  if (fragment) add(locked, 'sha1', fragment.toLowerCase());
  const published = parseIntegrity(typeof dist.integrity === 'string' ? dist.integrity : undefined);
  if (typeof dist.shasum === 'string' && SHA1_HEX.test(dist.shasum)) add(published, 'sha1', dist.shasum.toLowerCase());

  for (const [algorithm, digests] of locked) {
    const expected = published.get(algorithm);
    if (!expected || [...digests].some((digest) => expected.has(digest))) continue;
    return {
      key: 'integrity-mismatch:registry',
      kind: 'integrity-mismatch',
      severity: 'critical',
      detail:
        `The lockfile's checksum for ${change.name}@${change.to} is not the one the registry publishes: ` +
        `the lockfile may point at a tampered tarball, or the version was republished under the same number.`,
      evidence: oneLine(`${algorithm}: lockfile ${first(digests)} vs registry ${first(expected)}`, 200),
      file: change.lockfile,
      line: after.line,
    };
  }
  return null;
}

/** Parses SRI (`sha512-<base64>`, several separated by spaces) and bare sha1 hex (lockfile v1). */
export function parseIntegrity(value: string | undefined): Digests {
  const digests: Digests = new Map();
  if (typeof value !== 'string') return digests;
  for (const token of value.trim().split(/\s+/).slice(0, MAX_HASHES)) {
    if (SHA1_HEX.test(token)) {
      add(digests, 'sha1', token.toLowerCase());
      continue;
    }
    const match = /^(sha1|sha256|sha384|sha512)-([A-Za-z0-9+/_-]+={0,2})(\?.*)?$/i.exec(token);
    if (!match) continue;
    const algorithm = match[1].toLowerCase();
    const bytes = Buffer.from(match[2].replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    // A digest of the wrong length is garbage, not evidence of tampering.
    if (bytes.length === DIGEST_BYTES[algorithm]) add(digests, algorithm, bytes.toString('hex'));
  }
  return digests;
}

function add(digests: Digests, algorithm: string, hex: string): void {
  const set = digests.get(algorithm) ?? new Set<string>();
  set.add(hex);
  digests.set(algorithm, set);
}

function first(digests: Set<string>): string {
  const [digest = ''] = digests;
  return digest.length > 16 ? `${digest.slice(0, 16)}…` : digest;
}
