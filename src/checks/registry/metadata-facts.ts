// Findings from the registry's metadata of a changed package: is the version still served, who
// published it and how, how fresh it is, and what its package.json newly declares.
import type { Change, Fact, Packument } from '../../model/types.js';
import { installedDependencies, newDependencyFacts } from '../lockfile/dependency-facts.js';
import { oneLine } from '../fact-text.js';
import { isPermissiveLicense, licenseOf, sameLicense } from './license.js';
import { manifestOf, manifestsBefore, publishTime } from './packument-versions.js';
import { maintainersFacts, provenanceFacts, publisherFacts } from './publisher-facts.js';

export interface MetadataContext {
  now: Date;
  /** Versions younger than this are reported; 0 turns the check off. */
  cooldownHours: number;
}

export const PUBLISH_TIME_UNAVAILABLE = "Not checked: publish age — this registry's metadata omits `time`.";

// Registry clocks and ours disagree a little; only a publish time clearly ahead of now is suspicious.
const CLOCK_SKEW_MS = 5 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
const MAX_DEPRECATION_MESSAGE = 200;

export function metadataFacts(
  change: Change,
  packument: Packument | null,
  ctx: MetadataContext,
): { facts: Fact[]; unavailable: string[] } {
  const to = change.to;
  // Only registry packages have registry metadata; git and file sources are reported from the lockfile.
  if (change.type === 'removed' || to === null || (change.after && change.after.source !== 'registry')) {
    return { facts: [], unavailable: [] };
  }
  const id = `${change.name}@${to}`;
  if (packument === null) {
    return { facts: [notFoundFact(change.name, id)], unavailable: [] };
  }
  const toManifest = manifestOf(packument, to);
  const unpublished = packument.time !== undefined && packument.time !== null && Boolean(packument.time['unpublished']);
  if (!toManifest || unpublished) return { facts: [unpublishedFact(id)], unavailable: [] };

  const earlier = manifestsBefore(packument, to);
  const publisher = publisherFacts(change, packument);
  const maintainers = maintainersFacts(change, packument);
  const age = publishAgeFacts(id, packument, to, ctx);
  const fromManifest = manifestOf(packument, change.from);
  const comparesVersions = change.type !== 'added' && fromManifest !== undefined;
  const facts = [
    ...publisher.facts,
    ...maintainers.facts,
    ...provenanceFacts(change, packument, earlier),
    ...deprecationFacts(id, toManifest.deprecated, fromManifest?.deprecated),
    ...age.facts,
    ...(comparesVersions ? licenseFacts(change, licenseOf(fromManifest), licenseOf(toManifest)) : []),
    ...(comparesVersions
      ? newDependencyFacts(change, installedDependencies(fromManifest), installedDependencies(toManifest), {
          file: 'package.json',
        })
      : []),
  ];
  return { facts, unavailable: [...publisher.unavailable, ...maintainers.unavailable, ...age.unavailable] };
}

function notFoundFact(name: string, id: string): Fact {
  return {
    key: 'unpublished:not-found',
    kind: 'unpublished',
    severity: 'high',
    detail: `The registry has no package named ${name}, so ${id}, which the lockfile pins, cannot be verified: check the name and the registry it resolves from.`,
  };
}

function unpublishedFact(id: string): Fact {
  return {
    key: 'unpublished',
    kind: 'unpublished',
    severity: 'critical',
    detail:
      `The lockfile pins ${id}, which the registry no longer serves: versions are unpublished when they are ` +
      `found malicious or broken, and an install from this lockfile will fail or come from a stale cache.`,
  };
}

function deprecationFacts(id: string, toMessage: unknown, fromMessage: unknown): Fact[] {
  const message = deprecationMessage(toMessage);
  if (message === null || deprecationMessage(fromMessage) !== null) return [];
  return [
    {
      key: 'deprecated',
      kind: 'deprecated',
      severity: 'medium',
      detail: `${id} is deprecated by its maintainers ("${message}"): it will get no fixes, and the message often names what to use instead.`,
      evidence: message,
      file: 'package.json',
    },
  ];
}

function deprecationMessage(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const message = oneLine(value, MAX_DEPRECATION_MESSAGE);
  return message === '' ? null : message;
}

function publishAgeFacts(
  id: string,
  packument: Packument,
  to: string,
  ctx: MetadataContext,
): { facts: Fact[]; unavailable: string[] } {
  const published = publishTime(packument, to);
  if (published === null) return { facts: [], unavailable: [PUBLISH_TIME_UNAVAILABLE] };
  const age = ctx.now.getTime() - published;
  const evidence = `published: ${new Date(published).toISOString()}`;
  if (age < -CLOCK_SKEW_MS) {
    const fact: Fact = {
      key: 'recently-published:future',
      kind: 'recently-published',
      severity: 'medium',
      detail: `${id} has a publish time ${formatDuration(-age)} in the future, so its age cannot be trusted; treat it as brand new.`,
      evidence,
    };
    return { facts: [fact], unavailable: [] };
  }
  if (ctx.cooldownHours <= 0 || age >= ctx.cooldownHours * HOUR_MS) return { facts: [], unavailable: [] };
  const fact: Fact = {
    key: 'recently-published',
    kind: 'recently-published',
    severity: 'medium',
    detail:
      `${id} was published ${formatDuration(Math.max(age, 0))} ago; most malicious versions are caught and removed within 72 hours, ` +
      `so waiting ${ctx.cooldownHours} hours before adopting a release is cheap insurance.`,
    evidence,
  };
  return { facts: [fact], unavailable: [] };
}

function licenseFacts(change: Change, before: string | null, after: string | null): Fact[] {
  if (sameLicense(before, after)) return [];
  const restricted = isPermissiveLicense(before) && !isPermissiveLicense(after);
  const shownBefore = before === null ? 'no license' : oneLine(before, 100);
  const shownAfter = after === null ? 'no license' : oneLine(after, 100);
  const why = restricted
    ? 'the new terms are not permissive, so using or shipping it may now carry obligations, or no grant at all.'
    : 'check that the new terms still fit your project.';
  return [
    {
      key: 'license-change',
      kind: 'license-change',
      severity: restricted ? 'medium' : 'low',
      detail: `The license of ${change.name} changed from ${shownBefore} in ${change.from} to ${shownAfter} in ${change.to}: ${why}`,
      evidence: `license: ${shownBefore} -> ${shownAfter}`,
      file: 'package.json',
    },
  ];
}

function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return minutes === 1 ? '1 minute' : `${minutes} minutes`;
  const hours = Math.round(ms / HOUR_MS);
  if (hours < 48) return hours === 1 ? '1 hour' : `${hours} hours`;
  const days = Math.round(ms / (24 * HOUR_MS));
  return `${days} days`;
}
