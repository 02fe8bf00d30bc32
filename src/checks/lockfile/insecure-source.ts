// lockfile-lint's `--validate-https`: a tarball fetched over plain http can be swapped by anyone on the
// path (a proxy, a hotel network, a compromised router), and for a package without a checksum in the
// lockfile nothing at install time would notice.
import type { Change, Fact, LockedPackage } from '../../model/types.js';
import { oneLine } from '../fact-text.js';
import { hostOf } from '../../registry/registry-hosts.js';

const MAX_EVIDENCE = 200;

/** The host of an entry resolved over `http:`, or null (https, git, file, registry specs). */
function plainHttpHost(entry: LockedPackage | undefined): string | null {
  if (!entry?.resolved || !/^http:\/\//i.test(entry.resolved.trim())) return null;
  return hostOf(entry.resolved.trim()) ?? 'unknown';
}

/**
 * High when the change starts fetching over http from a host the old entry did not already use that way.
 * A registry the project itself configures as `http:` (a local mirror) is the project's choice, not this change's.
 */
export function insecureSourceFact(change: Change, after: LockedPackage, configuredRegistry?: string): Fact | null {
  const host = plainHttpHost(after);
  if (host === null || plainHttpHost(change.before) === host) return null;
  if (configuredRegistry !== undefined && /^http:\/\//i.test(configuredRegistry) && hostOf(configuredRegistry) === host) return null;
  const checksum = after.integrity?.trim()
    ? 'the lockfile checksum still guards the install, but the transport must be https.'
    : 'and the lockfile records no checksum, so a swapped tarball would be installed unnoticed.';
  return {
    key: `insecure-source:http:${host}`,
    kind: 'insecure-source',
    severity: 'high',
    detail: `${change.name}@${change.to} is downloaded over plain http from ${host}: anyone on the network path can replace the tarball; ${checksum} Change the URL to https (e.g. run the install again with an https registry).`,
    evidence: oneLine(after.resolved, MAX_EVIDENCE),
    file: change.lockfile,
    line: after.line,
  };
}
