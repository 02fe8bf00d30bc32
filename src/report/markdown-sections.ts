import { severityRank } from '../policy/severity.js';
import type { ChangeReport, Finding, Report, ReviewError, Severity } from '../model/types.js';
import { SEVERITIES } from '../model/types.js';
import { codeBlock, escapeMarkdownInline, inlineCode } from './escape.js';
import type { ListSection } from './markdown-list.js';
import { fenceLanguage, findingUrl, plural, severityBadge, severityEmoji, versionChange } from './markdown-format.js';

/**
 * How much each package shows: 0 everything; 1 findings collapsed, no package.json diff;
 * 2 low/info findings only counted; 3 no evidence; 4 as 3 with at most a few findings per package.
 */
export type DetailLevel = 0 | 1 | 2 | 3 | 4;

export interface PackageView {
  change: ChangeReport;
  /** Unacknowledged findings, worst first. */
  open: Finding[];
  worst: Severity;
}

const MAX_FINDINGS_WHEN_TRUNCATING = 10;
const MESSAGE_CHARS = 500;

export function countsText(counts: Partial<Record<Severity, number>>, includeZero: boolean): string {
  return SEVERITIES.filter((severity) => includeZero || (counts[severity] ?? 0) > 0)
    .map((severity) => `${counts[severity] ?? 0} ${severity}`)
    .join(', ');
}

export function verdictLine(report: Report): string {
  const icon = report.verdict === 'fail' ? '❌ **Fail**' : '✅ **Pass**';
  let line = `${icon}: ${countsText(report.counts, true)} in ${plural(report.changes.length, 'changed package')} (fail-on: ${report.failOn})`;
  if (report.counts.acknowledged > 0) line += `, ${report.counts.acknowledged} acknowledged`;
  if (report.errors.length > 0) line += `. ⚠️ ${plural(report.errors.length, 'package')} could not be reviewed`;
  return `${line}.`;
}

function changeMeta(change: ChangeReport): string {
  const parts: string[] = [change.type, change.direct ? 'direct' : 'transitive'];
  if (change.dev) parts.push('dev');
  return parts.join(' · ');
}

function findingLine(finding: Finding): string {
  let line = `${severityBadge(finding.severity)} \`${finding.kind}\` ${escapeMarkdownInline(finding.message, MESSAGE_CHARS)}`;
  if (finding.file !== undefined) {
    const where = finding.line === undefined ? finding.file : `${finding.file}:${finding.line}`;
    const url = findingUrl(finding);
    // Code locations link to the version's code on the npm website; lockfile locations are in the PR itself.
    line += url === undefined ? ` in ${escapeMarkdownInline(where, 200)}` : ` in [${escapeMarkdownInline(where, 200)}](${url})`;
  }
  return line;
}

function findingParagraphs(finding: Finding, withEvidence: boolean): string[] {
  const paragraphs = [findingLine(finding)];
  if (withEvidence && finding.evidence !== undefined && finding.evidence.trim() !== '') {
    paragraphs.push(codeBlock(finding.evidence, fenceLanguage(finding.file)));
  }
  return paragraphs;
}

/** One package's findings: a heading, what changed, and its findings at the given level of detail. */
export function packageBlock(view: PackageView, level: DetailLevel): string {
  const { change } = view;
  const heading = `#### ${severityEmoji(view.worst)} ${escapeMarkdownInline(change.name, 214)} ${versionChange(change)}`;
  const summarizeLow = level >= 2;
  const shownFindings = summarizeLow ? view.open.filter((finding) => severityRank(finding.severity) >= severityRank('medium')) : view.open;
  const limit = level >= 4 ? MAX_FINDINGS_WHEN_TRUNCATING : Infinity;
  const listed = shownFindings.slice(0, limit);
  const body = listed.flatMap((finding) => findingParagraphs(finding, level < 3));

  const notListed = view.open.filter((finding) => !listed.includes(finding));
  if (notListed.length > 0) {
    const counts: Partial<Record<Severity, number>> = {};
    for (const finding of notListed) counts[finding.severity] = (counts[finding.severity] ?? 0) + 1;
    body.push(`…and ${plural(notListed.length, 'more finding')} (${countsText(counts, false)}), listed in the full report.`);
  }

  const parts = [heading, changeMeta(change)];
  if (level === 0) {
    parts.push(...body);
    if (change.packageJsonDiff !== undefined) parts.push(packageJsonDiffBlock(change.packageJsonDiff));
  } else {
    const counts: Partial<Record<Severity, number>> = {};
    for (const finding of view.open) counts[finding.severity] = (counts[finding.severity] ?? 0) + 1;
    parts.push(details(`${plural(view.open.length, 'finding')}: ${countsText(counts, false)}`, body.join('\n\n')));
  }
  return parts.join('\n\n');
}

function packageJsonDiffBlock(diff: string): string {
  return details('package.json changes', codeBlock(diff, 'diff', { maxLines: 210, maxChars: 20_000 }));
}

/** A collapsed block. `summary` must be depdiff's own text: Markdown is not rendered inside it. */
export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

export function changesTable(changes: ChangeReport[]): ListSection {
  const rows = [...changes].sort(byWorstThenName).map((change) => {
    const cells = [
      escapeMarkdownInline(change.name, 214),
      versionChange(change),
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

export function acknowledgedList(pairs: Array<{ change: ChangeReport; finding: Finding }>): ListSection {
  const items = pairs.map(({ change, finding }) => {
    const ack = finding.acknowledged!;
    const until = ack.expires === undefined ? '' : ` (until ${escapeMarkdownInline(ack.expires, 20)})`;
    return (
      `- ${severityBadge(finding.severity)} \`${finding.kind}\` ${escapeMarkdownInline(change.name, 214)} ${versionChange(change)}: ` +
      `${escapeMarkdownInline(finding.message, MESSAGE_CHARS)} — acknowledged: ${escapeMarkdownInline(ack.reason, 300)}${until}`
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
    return `- ${escapeMarkdownInline(`${error.name.slice(0, 214)}@${error.version.slice(0, 80)}`, 300)}: ${escapeMarkdownInline(error.message, MESSAGE_CHARS)}${code}`;
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
    items: notes.map((note) => `- ${escapeMarkdownInline(note, 400)}`),
    more: (omitted) => `- …and ${plural(omitted, 'more note')}.`,
    tail: '',
  };
}

/** A copy-paste `ignore:` entry for the first finding, with a 30-day expiry. */
export function howToAcknowledge(view: PackageView, configPath: string, generatedAt: string): string {
  const finding = view.open[0]!;
  const version = view.change.to ?? view.change.from;
  const base = Number.isNaN(Date.parse(generatedAt)) ? Date.now() : Date.parse(generatedAt);
  const expires = new Date(base + 30 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  // JSON strings are valid YAML double-quoted scalars, so the package name cannot break the example.
  const yaml = [
    'ignore:',
    `  - package: ${JSON.stringify(view.change.name.slice(0, 214))}`,
    ...(version === null ? [] : [`    version: ${JSON.stringify(version.slice(0, 80))}`]),
    `    kinds: [${finding.kind}]`,
    '    reason: "Reviewed: <why this is expected>"',
    `    expires: "${expires}"`,
  ].join('\n');
  const body = [
    `If a finding is expected, acknowledge it in ${inlineCode(configPath, 200)} so it no longer fails the check:`,
    codeBlock(yaml, 'yaml'),
    'The policy is read from the base branch, so the entry takes effect once it is merged there.',
  ].join('\n\n');
  return details('How to acknowledge a finding', body);
}
