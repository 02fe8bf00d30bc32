// Findings that need nothing but the two lockfile entries, so they also run under `--no-fetch`:
// where the package now comes from, what it newly depends on, whether its name imitates a
// popular one, and whether its checksum went missing.
import type { Change, Fact, LockedPackage } from '../../model/types.js';
import { newDependencyFacts } from './dependency-facts.js';
import { oneLine } from '../fact-text.js';
import { insecureSourceFact } from './insecure-source.js';
import { typosquatOf } from './typosquat.js';
import { hostOf, PUBLIC_REGISTRY_HOSTS } from '../../registry/registry-hosts.js';


export interface LockfileFactContext {
  /** The registry the project resolves `name` from (scoped registries differ), e.g. `https://registry.npmjs.org/`. */
  registryUrl: (name: string) => string;
  /** Extra hosts the user trusts to serve tarballs (mirrors, proxies). */
  allowedHosts: string[];
}

const MAX_EVIDENCE = 200;

interface Origin {
  /** Identity of where the code comes from; equal origins before and after are not news. */
  id: string;
  /** Where, as the end of "x@1.0.0 comes from ...". */
  where: string;
  why: string;
  severity: 'high' | 'low';
}

const BYPASSES_REGISTRY =
  'code from there bypasses the registry, so nobody else has seen that exact content and it can change without a new version.';

export function lockfileFacts(change: Change, ctx: LockfileFactContext): Fact[] {
  const after = change.after;
  if (change.type === 'removed' || !after) return [];
  const facts: Fact[] = [];
  const source = sourceFact(change, after, ctx);
  if (source) facts.push(source);
  const insecure = insecureSourceFact(change, after, ctx.registryUrl(change.name));
  if (insecure) facts.push(insecure);
  if (change.before?.dependencies !== undefined || after.dependencies !== undefined) {
    // npm omits an empty `dependencies`, so a missing record next to a present one means "none".
    facts.push(...newDependencyFacts(change, change.before?.dependencies ?? {}, after.dependencies ?? {}));
  }
  if (change.type === 'added') {
    const imitated = typosquatOf(change.name);
    if (imitated !== null) facts.push(typosquatFact(change.name, imitated));
  }
  const integrity = missingIntegrityFact(change, after);
  if (integrity) facts.push(integrity);
  return facts;
}

function sourceFact(change: Change, after: LockedPackage, ctx: LockfileFactContext): Fact | null {
  const origin = originOf(change.name, after, ctx);
  if (origin === null) return null;
  if (change.before && originOf(change.name, change.before, ctx)?.id === origin.id) return null;
  const verb = change.before ? 'now comes from' : 'comes from';
  return {
    key: `non-registry-source:${origin.id}`,
    kind: 'non-registry-source',
    severity: origin.severity,
    detail: `${change.name}@${change.to} ${verb} ${origin.where}: ${origin.why}`,
    evidence: oneLine(after.resolved ?? after.source, MAX_EVIDENCE),
    file: change.lockfile,
    line: after.line,
  };
}

function originOf(name: string, entry: LockedPackage, ctx: LockfileFactContext): Origin | null {
  switch (entry.source) {
    case 'git':
      // The commit changes with every update; the repository is what must stay the same.
      return {
        id: `git:${stripFragment(entry.resolved ?? '')}`,
        where: 'a git repository instead of the registry',
        why: BYPASSES_REGISTRY,
        severity: 'high',
      };
    case 'tarball': {
      const host = hostOf(entry.resolved);
      return {
        id: `tarball:${host ?? 'unknown'}`,
        where: `a tarball URL${host ? ` on ${host}` : ''} instead of the registry`,
        why: BYPASSES_REGISTRY,
        severity: 'high',
      };
    }
    case 'file':
    case 'link':
      return {
        id: 'local',
        where: 'a local path instead of the registry',
        why: 'make sure that path is part of this repository and not a leftover from a local experiment.',
        severity: 'low',
      };
    case 'registry': {
      const host = hostOf(entry.resolved);
      if (host === null || isTrustedHost(host, name, ctx)) return null;
      return {
        id: `host:${host}`,
        where: `${host}, which is not the registry configured for it`,
        why: 'that server is outside what the project trusts, and a scoped package fetched from the wrong registry is how dependency confusion attacks work.',
        severity: 'high',
      };
    }
    default:
      return null;
  }
}

function isTrustedHost(host: string, name: string, ctx: LockfileFactContext): boolean {
  const registryHost = hostOf(ctx.registryUrl(name));
  if (host === registryHost || ctx.allowedHosts.some((entry) => allowedHostOf(entry) === host)) return true;
  if (!PUBLIC_REGISTRY_HOSTS.has(host)) return false;
  // npm swaps the public registry's host for the configured one at install time, so a lockfile
  // written against the public registry is fine for a project whose default registry is a mirror.
  // A scope with a registry of its own is different: a public tarball there is dependency confusion.
  const defaultHost = hostOf(ctx.registryUrl(name.replace(/^@[^/]*\//, '')));
  return registryHost === null || PUBLIC_REGISTRY_HOSTS.has(registryHost) || registryHost === defaultHost;
}

/** `host[:port]` of an http(s) URL, lowercased; null for anything else (berry's `name@npm:1.0.0`, bun specs). */
function allowedHostOf(entry: string): string {
  const trimmed = entry.trim().toLowerCase();
  return hostOf(trimmed) ?? trimmed.replace(/\/+$/, '');
}

function stripFragment(resolved: string): string {
  return oneLine(resolved.replace(/#.*$/, ''), MAX_EVIDENCE);
}

function typosquatFact(name: string, imitated: string): Fact {
  return {
    key: `typosquat:${imitated}`,
    kind: 'typosquat',
    severity: 'high',
    detail: `\`${oneLine(name, 100)}\` looks like a misspelling of the popular \`${imitated}\`: typosquats catch mistyped names, so check that this is the package you meant.`,
    evidence: `${oneLine(name, 100)} ~ ${imitated}`,
  };
}

function missingIntegrityFact(change: Change, after: LockedPackage): Fact | null {
  const before = change.before;
  if (!before || after.source !== 'registry' || hasText(after.integrity) || !hasText(before.integrity)) return null;
  return {
    key: 'integrity-mismatch:missing',
    kind: 'integrity-mismatch',
    severity: 'medium',
    detail: `The lockfile records no checksum for ${change.name}@${change.to} although it had one for ${change.from}: an install cannot detect a swapped tarball.`,
    evidence: `integrity: ${oneLine(before.integrity, 60)} -> (none)`,
    file: change.lockfile,
    line: after.line,
  };
}

function hasText(value: string | undefined): boolean {
  return typeof value === 'string' && value.trim() !== '';
}
