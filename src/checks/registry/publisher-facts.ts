// Who published the new version, who may publish, and whether the build is still attested.
// A new hand on a package (event-stream 2018) or a publish outside the usual CI (chalk and debug 2025)
// shows up here before it shows up in the code.
import type { Change, Fact, Packument, VersionManifest } from '../../model/types.js';
import { oneLine } from '../fact-text.js';
import { manifestOf, manifestsBefore, userName } from './packument-versions.js';

export const PUBLISHER_UNAVAILABLE = "Not checked: publisher changes — this registry's metadata omits `_npmUser`.";

const MAX_NAMES_SHOWN = 5;

export interface CheckResult {
  facts: Fact[];
  unavailable: string[];
}

/**
 * The publisher of `to` published none of the versions the project could have trusted so far: for an
 * update, every version up to and including `from` (so a harmless first release by a new hand does
 * not launder the next one); otherwise every version published before `to`. Skipped for added packages.
 */
export function publisherFacts(change: Change, packument: Packument): CheckResult {
  const to = change.to;
  const toManifest = manifestOf(packument, to);
  if (change.type === 'added' || to === null || !toManifest) return { facts: [], unavailable: [] };
  const fromManifest = manifestOf(packument, change.from);
  const sinceFrom = change.type === 'updated' && change.from !== null && fromManifest !== undefined;
  const trusted = sinceFrom ? [...manifestsBefore(packument, change.from as string), fromManifest] : manifestsBefore(packument, to);
  const publisher = userName(toManifest._npmUser);
  const previous = new Set(trusted.map((m) => userName(m._npmUser)).filter((n): n is string => n !== null));
  if (publisher === null || (previous.size === 0 && trusted.length > 0)) {
    return { facts: [], unavailable: [PUBLISHER_UNAVAILABLE] };
  }
  if (previous.size === 0 || previous.has(publisher)) return { facts: [], unavailable: [] };
  const before = userName(fromManifest?._npmUser) ?? listNames([...previous], false);
  const shown = oneLine(publisher, 64);
  const who = sinceFrom
    ? `who had published none of its versions up to ${change.from}, the one this project used`
    : 'who never published an earlier version of this package';
  return {
    facts: [
      {
        key: `maintainer-change:publisher:${shown}`,
        kind: 'maintainer-change',
        // Medium alone (new team members and moves to trusted publishing are common); src/pipeline/severity-model.ts
        // raises it to high when the same release also newly does something risky.
        severity: 'medium',
        detail:
          `${change.name}@${to} was published by \`${shown}\`, ${who}: ` +
          `a new hand on the package is how account takeovers and handovers (event-stream 2018) reach users.`,
        evidence: oneLine(`publisher: ${before} -> ${publisher}`, 200),
      },
    ],
    unavailable: [],
  };
}

export const MAINTAINERS_UNAVAILABLE = "Not checked: maintainer changes — this registry's metadata omits `maintainers`.";

/** The maintainer list (who may publish) differs between the two versions. */
export function maintainersFacts(change: Change, packument: Packument): CheckResult {
  const none = { facts: [], unavailable: [] };
  if (change.type === 'added' || change.from === null || change.to === null) return none;
  const fromManifest = manifestOf(packument, change.from);
  const toManifest = manifestOf(packument, change.to);
  if (!fromManifest || !toManifest) return none;
  const before = maintainerNames(fromManifest.maintainers ?? packument.maintainers);
  const after = maintainerNames(toManifest.maintainers ?? packument.maintainers);
  // The npm registry always lists maintainers: an empty list means a mirror dropped them.
  if (before.size === 0 || after.size === 0) return { facts: [], unavailable: [MAINTAINERS_UNAVAILABLE] };
  const added = [...after].filter((name) => !before.has(name));
  const removed = [...before].filter((name) => !after.has(name));
  if (added.length === 0 && removed.length === 0) return none;
  const parts = [
    added.length > 0 ? `added ${listNames(added)}` : '',
    removed.length > 0 ? `removed ${listNames(removed)}` : '',
  ].filter(Boolean);
  const facts: Fact[] = [
    {
      key: 'maintainer-change:maintainers',
      kind: 'maintainer-change',
      severity: 'medium',
      detail:
        `The maintainers of ${change.name} changed between ${change.from} and ${change.to} (${parts.join('; ')}): ` +
        `whoever is on that list can publish the next version.`,
      evidence: oneLine(`maintainers: ${listNames([...before], false)} -> ${listNames([...after], false)}`, 200),
      file: 'package.json',
    },
  ];
  return { facts, unavailable: [] };
}

/**
 * `from` carried a provenance attestation and `to` does not. Silent when `to` predates the first
 * attested version (a downgrade to before the package adopted provenance) and when no version has one.
 */
export function provenanceFacts(change: Change, packument: Packument, earlier: VersionManifest[]): Fact[] {
  if (change.type === 'added' || change.from === null || change.to === null) return [];
  const fromManifest = manifestOf(packument, change.from);
  const toManifest = manifestOf(packument, change.to);
  if (!hasProvenance(fromManifest) || !toManifest || hasProvenance(toManifest)) return [];
  if (!earlier.some(hasProvenance)) return [];
  return [
    {
      key: 'provenance-lost',
      kind: 'provenance-lost',
      severity: 'high',
      detail:
        `${change.name}@${change.to} was published without the provenance attestation that ${change.from} had: ` +
        `it can no longer be traced to a source commit and CI run, which is what a publish with a stolen token or a phished account looks like.`,
      evidence: `dist.attestations: present in ${change.from}, absent in ${change.to}`,
    },
  ];
}

function hasProvenance(manifest: VersionManifest | undefined): boolean {
  const attestations = manifest?.dist?.attestations;
  return attestations !== null && typeof attestations === 'object';
}

function maintainerNames(list: unknown): Set<string> {
  if (!Array.isArray(list)) return new Set();
  return new Set(list.slice(0, 1000).map(userName).filter((n): n is string => n !== null));
}

function listNames(names: string[], code = true): string {
  const shown = names.slice(0, MAX_NAMES_SHOWN).map((n) => (code ? `\`${oneLine(n, 64)}\`` : oneLine(n, 64)));
  const rest = names.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}
