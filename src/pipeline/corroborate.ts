import type { Fact, FindingKind } from '../model/types.js';

/** Behaviour in the code or install scripts that a takeover's payload needs. */
const RISKY_CODE_KINDS = new Set<FindingKind>(['install-script', 'network', 'shell', 'eval', 'env', 'fs-sensitive', 'obfuscation', 'binary']);

/**
 * A new publisher alone is common (a new team member, a move to trusted publishing) and stays medium.
 * A new publisher whose first release also newly does something risky is the shape of a takeover
 * (event-stream 2018): then it is high, and says why.
 */
export function corroborate(facts: Fact[]): Fact[] {
  const risky = facts.some((fact) => RISKY_CODE_KINDS.has(fact.kind) && (fact.severity === 'high' || fact.severity === 'critical'));
  if (!risky) return facts;
  return facts.map((fact) =>
    fact.key.startsWith('maintainer-change:publisher:') && fact.severity === 'medium'
      ? { ...fact, severity: 'high', detail: `${fact.detail.replace(/\.$/, '')}; the same release newly does something risky (below).` }
      : fact,
  );
}
