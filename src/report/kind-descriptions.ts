import { FINDING_KIND_TABLE, type FindingKind } from '../model/findings.js';

/** One line per finding kind, for SARIF rules and the Markdown legend (text from the table of kinds). */
export const KIND_DESCRIPTIONS = Object.fromEntries(FINDING_KIND_TABLE.map((row) => [row.id, row.description])) as Record<FindingKind, string>;

export function kindTitle(kind: FindingKind): string {
  return kind
    .split('-')
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}
