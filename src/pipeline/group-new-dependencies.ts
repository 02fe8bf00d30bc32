import type { Change, Fact } from '../model/types.js';

/** Up to this many new dependencies are listed one by one; more become one finding. */
const LISTED_ONE_BY_ONE = 3;
const NAMES_IN_MESSAGE = 3;

/**
 * A release that adds a family of platform packages (typescript 7, rollup, swc) would otherwise list
 * each as its own finding: past a few, the new dependencies of one change become one finding that
 * names the first few and lists them all in its evidence.
 */
export function groupNewDependencies(facts: Fact[], change: Change): Fact[] {
  const isNewDependency = (fact: Fact) => fact.kind === 'new-dependency' && fact.key !== 'new-dependency:more';
  const group = facts.filter(isNewDependency);
  if (group.length <= LISTED_ONE_BY_ONE) return facts;
  const names = group.map((fact) => fact.key.slice('new-dependency:'.length));
  const shown = names.slice(0, NAMES_IN_MESSAGE).map((name) => `\`${name.slice(0, 100)}\``).join(', ');
  const grouped: Fact = {
    key: `new-dependency:${names.length}-packages`,
    kind: 'new-dependency',
    severity: group[0]!.severity,
    detail:
      `${change.name}@${change.to} now depends on ${names.length} packages that ${change.from} did not (${shown} and ${names.length - NAMES_IN_MESSAGE} more): ` +
      `new dependencies are how event-stream's payload arrived; each one the lockfile adds is reviewed as an added package.`,
    evidence: group.map((fact) => fact.evidence ?? fact.key).join('\n'),
    ...(group[0]!.file !== undefined ? { file: group[0]!.file } : {}),
  };
  const firstIndex = facts.findIndex(isNewDependency);
  const rest = facts.filter((fact) => !isNewDependency(fact));
  rest.splice(Math.min(firstIndex, rest.length), 0, grouped);
  return rest;
}
