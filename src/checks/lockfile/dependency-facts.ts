// New dependency names, from the registry manifests or from the lockfile's own records. Both
// produce the same keys (`new-dependency:<name>`) so the caller can keep one of each.
import type { Change, Fact } from '../../model/types.js';
import { oneLine } from '../fact-text.js';

// A version that adds hundreds of dependencies is itself the news; listing each adds nothing.
const MAX_NEW_DEPENDENCY_FACTS = 50;

export interface DependencyFactPlace {
  file?: string;
  line?: number;
}

export function newDependencyFacts(
  change: Change,
  before: Record<string, string>,
  after: Record<string, string>,
  place: DependencyFactPlace = {},
): Fact[] {
  if (change.from === null || change.to === null) return [];
  const added = Object.keys(after).filter((name) => !Object.hasOwn(before, name));
  const facts: Fact[] = added.slice(0, MAX_NEW_DEPENDENCY_FACTS).map((name) => {
    const shown = oneLine(name, 100);
    return {
      key: `new-dependency:${name}`,
      kind: 'new-dependency',
      severity: 'low',
      detail:
        `${change.name}@${change.to} now depends on \`${shown}\`, which ${change.from} did not: ` +
        `new dependencies are how event-stream's payload arrived.`,
      evidence: oneLine(`${name}@${String(after[name])}`, 200),
      ...place,
    };
  });
  if (added.length > MAX_NEW_DEPENDENCY_FACTS) {
    facts.push({
      key: 'new-dependency:more',
      kind: 'new-dependency',
      severity: 'low',
      detail: `${change.name}@${change.to} adds ${added.length - MAX_NEW_DEPENDENCY_FACTS} more new dependencies than the ${MAX_NEW_DEPENDENCY_FACTS} listed, an unusual jump for one release.`,
      ...place,
    });
  }
  return facts;
}

/** `dependencies` plus `optionalDependencies` of a manifest (both get installed), ignoring junk values. */
export function installedDependencies(manifest: { dependencies?: unknown; optionalDependencies?: unknown } | undefined): Record<string, string> {
  // No prototype: a dependency named `__proto__` must stay a plain key.
  const result: Record<string, string> = Object.create(null);
  for (const group of [manifest?.dependencies, manifest?.optionalDependencies]) {
    if (group === null || typeof group !== 'object' || Array.isArray(group)) continue;
    for (const [name, range] of Object.entries(group)) result[name] = String(range);
  }
  return result;
}
