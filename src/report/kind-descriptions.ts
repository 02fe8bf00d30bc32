import { FINDING_KIND_TABLE, type FindingKind } from '../model/findings.js';

/** One line per finding kind, for SARIF rules and the Markdown legend (text from the table of kinds). */
export const KIND_DESCRIPTIONS = Object.fromEntries(FINDING_KIND_TABLE.map((row) => [row.id, row.description])) as Record<FindingKind, string>;

export function kindTitle(kind: FindingKind): string {
  return kind
    .split('-')
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}

/** The kind as a reader names it, in the findings table and the legend. */
export const KIND_TITLES = Object.fromEntries(FINDING_KIND_TABLE.map((row) => [row.id, row.title])) as Record<FindingKind, string>;

/** Why a kind matters, said once per comment in its legend rather than in every finding. */
export const KIND_RATIONALES = Object.fromEntries(FINDING_KIND_TABLE.map((row) => [row.id, row.rationale])) as Record<FindingKind, string>;
