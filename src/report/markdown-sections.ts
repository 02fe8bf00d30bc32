import { severityRank } from '../policy/severity.js';
import type { ChangeReport, FailOn, Finding, FindingKind, ReviewError, Severity } from '../model/types.js';
import { SEVERITIES } from '../model/types.js';
import { codeBlock, escapeMarkdownInline, escapeProseWithCode, inlineCode } from './escape.js';
import { KIND_RATIONALES, KIND_TITLES } from './kind-descriptions.js';
import type { ListSection } from './markdown-list.js';
import { fenceLanguage, findingUrl, plural, severityBadge, severityEmoji, SEVERITY_EMOJI, versionChange } from './markdown-format.js';
import { pulledInBy } from './pulled-in-by.js';

/**
 * How much a package with medium+ findings shows: 0 evidence for each of them; 1 evidence for high and
 * critical only; 2 no evidence; 3 as 2 with at most a few findings per package.
 */
export type DetailLevel = 0 | 1 | 2 | 3;

export interface PackageView {
  change: ChangeReport;
  /** Unacknowledged findings, worst first. */
  open: Finding[];
  worst: Severity;
}

const MAX_FINDINGS_WHEN_TRUNCATING = 10;
const MAX_NAMES_IN_A_LINE = 10;
const MAX_ACKNOWLEDGE_ENTRIES = 30;
const IN_TABLE = { inTable: true };
const MESSAGE_CHARS = 500;
const DESCRIPTION_CHARS = 200;

/** Medium and above are shown in the open; low and info are summed up per package. */
export function isNotable(severity: Severity): boolean {
  return severityRank(severity) >= severityRank('medium');
}

export function countsText(counts: Partial<Record<Severity, number>>, includeZero: boolean): string {
  return SEVERITIES.filter((severity) => includeZero || (counts[severity] ?? 0) > 0)
    .map((severity) => `${counts[severity] ?? 0} ${severity}`)
    .join(', ');
}

/** ` via `a`` for a transitive package whose lockfile path names who needs it; empty otherwise. */
function viaText(change: ChangeReport): string {
  if (change.direct) return '';
  const via = pulledInBy((change.after ?? change.before)?.paths ?? []);
  return via.length === 0 ? '' : ` via ${via.map((name) => inlineCode(name, 214)).join(', ')}`;
}

/** Who depends on it and how (the heading already says added, removed or updated), and what an added package is for. */
function changeMeta(change: ChangeReport): string {
  let line = `${change.direct ? 'Direct' : 'Transitive'}${change.dev ? ' dev' : ''} dependency${viaText(change)}.`;
  if (change.type === 'added' && change.description !== undefined && change.description.trim() !== '') {
    line += ` What it is: ${escapeMarkdownInline(change.description, DESCRIPTION_CHARS)}`;
  }
  return line;
}

function findingLine(finding: Finding): string {
  let line = `${severityBadge(finding.severity)} ${KIND_TITLES[finding.kind] ?? 'Finding'}`;
  if (finding.file !== undefined) {
    const where = finding.line === undefined ? finding.file : `${finding.file}:${finding.line}`;
    const url = findingUrl(finding);
    // Code locations link to the version's code on the npm website; lockfile locations are in the PR itself.
    line += url === undefined ? ` in ${inlineCode(where, 200)}` : ` in [${inlineCode(where, 200)}](${url})`;
  }
  return `${line}: ${escapeProseWithCode(finding.message, MESSAGE_CHARS)}`;
}

function findingParagraphs(finding: Finding, withEvidence: boolean, previous: Finding | undefined): string[] {
  const paragraphs = [findingLine(finding)];
  // Several findings on one line share its evidence: show it once.
  const sameSpot = previous !== undefined && previous.file === finding.file && previous.line === finding.line && previous.evidence === finding.evidence;
  if (withEvidence && !sameSpot && finding.evidence !== undefined && finding.evidence.trim() !== '') {
    paragraphs.push(codeBlock(finding.evidence, fenceLanguage(finding.file), { maxLines: 8, maxChars: 800 }));
  }
  return paragraphs;
}

/** The name a `new-dependency:<name>` finding is about, or undefined for its "and N more" summary. */
function newDependencyName(finding: Finding): string | undefined {
  const name = finding.key?.startsWith('new-dependency:') ? finding.key.slice('new-dependency:'.length) : undefined;
  return name === undefined || name === 'more' ? undefined : name;
}

/** One line for a package's low and info findings: "3 new dependencies: `a`, `b`, `c`; Deprecated: …". */
export function lowFindingsText(findings: Finding[]): string {
  const byKind = new Map<FindingKind, Finding[]>();
  for (const finding of findings) byKind.set(finding.kind, [...(byKind.get(finding.kind) ?? []), finding]);
  const parts: string[] = [];
  for (const [kind, group] of byKind) {
    const names = kind === 'new-dependency' ? group.map(newDependencyName).filter((name) => name !== undefined) : [];
    if (names.length === group.length) {
      const shown = names.slice(0, MAX_NAMES_IN_A_LINE).map((name) => inlineCode(name, 214));
      const more = names.length > shown.length ? ` and ${names.length - shown.length} more` : '';
      parts.push(`${plural(names.length, 'new dependency', 'new dependencies')}: ${shown.join(', ')}${more}`);
      continue;
    }
    const more = group.length > 1 ? ` (and ${plural(group.length - 1, 'more finding')})` : '';
    parts.push(`${KIND_TITLES[kind] ?? 'Finding'}: ${escapeProseWithCode(group[0]!.message, DESCRIPTION_CHARS)}${more}`);
  }
  return parts.join('; ');
}

/** One package with medium+ findings: a heading, what changed, its findings at the given level of detail. */
export function packageBlock(view: PackageView, level: DetailLevel, withPackageJsonDiff = false): string {
  const { change } = view;
  const heading = `#### ${severityEmoji(view.worst)} ${inlineCode(change.name, 214)} ${versionChange(change)}`;
  const notable = view.open.filter((finding) => isNotable(finding.severity));
  const lows = view.open.filter((finding) => !isNotable(finding.severity));
  const listed = notable.slice(0, level >= 3 ? MAX_FINDINGS_WHEN_TRUNCATING : Infinity);
  const withEvidence = (finding: Finding) => level === 0 || (level === 1 && severityRank(finding.severity) >= severityRank('high'));
  const parts = [heading, changeMeta(change), ...listed.flatMap((finding, i) => findingParagraphs(finding, withEvidence(finding), listed[i - 1]))];

  const notListed = notable.slice(listed.length);
  if (notListed.length > 0) {
    const counts: Partial<Record<Severity, number>> = {};
    for (const finding of notListed) counts[finding.severity] = (counts[finding.severity] ?? 0) + 1;
    parts.push(`…and ${plural(notListed.length, 'more finding')} (${countsText(counts, false)}), listed in the full report.`);
  }
  if (lows.length > 0) parts.push(`Also ${SEVERITY_EMOJI.low} ${lowFindingsText(lows)}`);
  if (withPackageJsonDiff && level === 0 && change.packageJsonDiff !== undefined) parts.push(packageJsonDiffBlock(change.packageJsonDiff));
  return parts.join('\n\n');
}

function packageJsonDiffBlock(diff: string): string {
  return details('package.json changes', codeBlock(diff, 'diff', { maxLines: 210, maxChars: 20_000 }));
}

/** A collapsed block. `summary` must be depdiff's own text: Markdown is not rendered inside it. */
export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** Severity and title of each kind among a package's medium+ findings: "🟧 Runs programs, 🟨 Network ×2". */
function findingTitles(view: PackageView): string {
  const groups = new Map<string, { severity: Severity; kind: FindingKind; count: number }>();
  for (const finding of view.open.filter((f) => isNotable(f.severity))) {
    const id = `${finding.severity}:${finding.kind}`;
    const group = groups.get(id) ?? { severity: finding.severity, kind: finding.kind, count: 0 };
    group.count++;
    groups.set(id, group);
  }
  return [...groups.values()]
    .map((group) => `${SEVERITY_EMOJI[group.severity]} ${KIND_TITLES[group.kind] ?? 'Finding'}${group.count > 1 ? ` ×${group.count}` : ''}`)
    .join(', ');
}

/** The one table at the top: every package with medium+ findings, worst first. */
export function findingsTable(views: PackageView[]): ListSection {
  return {
    head: '| Package | Version | Findings |\n| --- | --- | --- |\n',
    items: views.map((view) => `| ${inlineCode(view.change.name, 214, IN_TABLE)} | ${versionChange(view.change, IN_TABLE)} | ${findingTitles(view)} |`),
    more: (omitted) => `\n…and ${plural(omitted, 'more package')} with findings, listed in the full report.`,
    tail: '',
  };
}

/** Packages whose findings are all low or info: one line each, folded. */
export function lowPackagesList(views: PackageView[]): ListSection {
  return {
    head: `<details><summary>${plural(views.length, 'package')} with low findings only</summary>\n\n`,
    items: views.map(
      (view) => `- ${severityEmoji(view.worst)} ${inlineCode(view.change.name, 214)} ${versionChange(view.change)}${viaText(view.change)}: ${lowFindingsText(view.open)}`,
    ),
    more: (omitted) => `- …and ${plural(omitted, 'more package')}, listed in the full report.`,
    tail: '\n\n</details>',
  };
}

export function changesTable(changes: ChangeReport[]): ListSection {
  const rows = [...changes].sort(byWorstThenName).map((change) => {
    const cells = [
      inlineCode(change.name, 214, IN_TABLE),
      versionChange(change, IN_TABLE),
      change.dev ? `${change.type} (dev)` : change.type,
      change.direct ? 'direct' : 'transitive',
      change.worst === null ? '—' : `${severityEmoji(change.worst)} ${change.worst}`,
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return {
    head: `<details><summary>${plural(changes.length, 'changed package')}</summary>\n\n| Package | Version | Change | Dependency | Worst |\n| --- | --- | --- | --- | --- |\n`,
    items: rows,
    more: (omitted) => `\n…and ${plural(omitted, 'more changed package')}, listed in the full report.`,
    tail: '\n\n</details>',
  };
}

function byWorstThenName(a: ChangeReport, b: ChangeReport): number {
  const rank = (change: ChangeReport) => (change.worst === null ? -1 : severityRank(change.worst));
  return rank(b) - rank(a) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

/** Each kind's rationale, once: the findings above say what happened, this says why it matters. */
export function legend(kinds: FindingKind[]): string | undefined {
  if (kinds.length === 0) return undefined;
  const lines = kinds.map((kind) => `- **${KIND_TITLES[kind]}** (${inlineCode(kind, 40)}): ${escapeProseWithCode(KIND_RATIONALES[kind], 400)}`);
  return details('Why these findings matter', lines.join('\n'));
}

export function acknowledgedList(pairs: Array<{ change: ChangeReport; finding: Finding }>): ListSection {
  const items = pairs.map(({ change, finding }) => {
    const ack = finding.acknowledged!;
    const until = ack.expires === undefined ? '' : ` (until ${escapeMarkdownInline(ack.expires, 20)})`;
    return (
      `- ${severityBadge(finding.severity)} ${inlineCode(finding.kind, 60)} ${inlineCode(change.name, 214)} ${versionChange(change)}: ` +
      `${escapeProseWithCode(finding.message, MESSAGE_CHARS)} — acknowledged: ${escapeMarkdownInline(ack.reason, 300)}${until}`
    );
  });
  return {
    head: `<details><summary>${plural(pairs.length, 'acknowledged finding')}</summary>\n\n`,
    items,
    more: (omitted) => `- …and ${plural(omitted, 'more acknowledged finding')}.`,
    tail: '\n\n</details>',
  };
}

export function errorList(errors: ReviewError[]): ListSection {
  const items = errors.map((error) => {
    const code = error.code === undefined ? '' : ` (${inlineCode(error.code, 40)})`;
    // name@version as one code span: exactly what `npm view` takes.
    return `- ${inlineCode(`${error.name.slice(0, 214)}@${error.version.slice(0, 80)}`, 300)}: ${escapeMarkdownInline(error.message, MESSAGE_CHARS)}${code}`;
  });
  return {
    head: `#### ⚠️ Not reviewed\n\nThese packages could not be fetched or unpacked, so their code was not checked:\n\n`,
    items,
    more: (omitted) => `- …and ${plural(omitted, 'more package')}.`,
    tail: '',
  };
}

export function noteList(notes: string[]): ListSection {
  return {
    head: '',
    items: notes.map((note) => `- ${escapeProseWithCode(note, 400)}`),
    more: (omitted) => `- …and ${plural(omitted, 'more note')}.`,
    tail: '',
  };
}

/** Open findings that fail the check on their own: at or above fail-on. */
export function failingFindings(view: PackageView, failOn: FailOn): Finding[] {
  if (failOn === 'never') return [];
  return view.open.filter((finding) => severityRank(finding.severity) >= severityRank(failOn));
}

/** Copy-paste `ignore:` entries, one per package, covering every failing finding, with a 30-day expiry. */
export function howToAcknowledge(failing: Array<{ view: PackageView; findings: Finding[] }>, configPath: string, generatedAt: string): string {
  const base = Number.isNaN(Date.parse(generatedAt)) ? Date.now() : Date.parse(generatedAt);
  const expires = new Date(base + 30 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  const entries = failing.slice(0, MAX_ACKNOWLEDGE_ENTRIES).flatMap(({ view, findings }) => {
    const version = view.change.to ?? view.change.from;
    const kinds = [...new Set(findings.map((finding) => finding.kind))];
    // JSON strings are valid YAML double-quoted scalars, so the package name cannot break the example.
    return [
      `  - package: ${JSON.stringify(view.change.name.slice(0, 214))}`,
      ...(version === null ? [] : [`    version: ${JSON.stringify(version.slice(0, 80))}`]),
      `    kinds: [${kinds.join(', ')}]`,
      '    reason: "Reviewed: <why this is expected>"',
      `    expires: "${expires}"`,
    ];
  });
  const left = failing.length - Math.min(failing.length, MAX_ACKNOWLEDGE_ENTRIES);
  if (left > 0) entries.push(`  # …and ${plural(left, 'more package')} with failing findings: see the JSON report.`);
  const body = [
    `If these findings are expected, acknowledge them in ${inlineCode(configPath, 200)} so they no longer fail the check:`,
    codeBlock(['ignore:', ...entries].join('\n'), 'yaml', { maxLines: 6 * MAX_ACKNOWLEDGE_ENTRIES + 2, maxChars: 20_000 }),
    'The policy is read from the base branch, so the entries take effect once they are merged there.',
  ].join('\n\n');
  return details(`How to acknowledge ${plural(failing.reduce((sum, entry) => sum + entry.findings.length, 0), 'failing finding')}`, body);
}
