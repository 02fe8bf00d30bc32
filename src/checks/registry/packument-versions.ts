// Safe look-ups in a packument, whose keys and values come from the registry and its publishers.
import semver from 'semver';
import type { Packument, VersionManifest } from '../../model/types.js';

// The largest real packuments hold a few tens of thousands of versions.
const MAX_VERSIONS_SCANNED = 50_000;

export function manifestOf(packument: Packument, version: string | null): VersionManifest | undefined {
  const versions = packument.versions;
  if (version === null || versions === null || typeof versions !== 'object') return undefined;
  if (!Object.hasOwn(versions, version)) return undefined;
  const manifest = versions[version];
  return manifest !== null && typeof manifest === 'object' ? manifest : undefined;
}

/** Publish time in ms, or null when the packument has none (or an unparsable one) for `version`. */
export function publishTime(packument: Packument, version: string): number | null {
  const time = packument.time;
  if (time === null || typeof time !== 'object' || !Object.hasOwn(time, version)) return null;
  const ms = Date.parse(String(time[version]));
  return Number.isNaN(ms) ? null : ms;
}

/**
 * The manifests of versions published before `version`: by publish time when the packument
 * has both times, else by semver order (registries that omit `time`, and very old versions).
 */
export function manifestsBefore(packument: Packument, version: string): VersionManifest[] {
  const versions = packument.versions;
  if (versions === null || typeof versions !== 'object') return [];
  const ownTime = publishTime(packument, version);
  const ownSemver = semver.valid(version);
  const earlier: VersionManifest[] = [];
  let scanned = 0;
  for (const other of Object.keys(versions)) {
    if (++scanned > MAX_VERSIONS_SCANNED) break;
    if (other === version) continue;
    const otherTime = ownTime === null ? null : publishTime(packument, other);
    const isEarlier =
      ownTime !== null && otherTime !== null
        ? otherTime < ownTime
        : ownSemver !== null && semver.valid(other) !== null && semver.lt(other, ownSemver);
    const manifest = manifestOf(packument, other);
    if (isEarlier && manifest) earlier.push(manifest);
  }
  return earlier;
}

export function userName(user: unknown): string | null {
  if (user === null || typeof user !== 'object') return null;
  const name = (user as { name?: unknown }).name;
  return typeof name === 'string' && name.trim() !== '' ? name.trim().toLowerCase() : null;
}
