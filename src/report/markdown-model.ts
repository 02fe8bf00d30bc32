import { DEFAULT_CONFIG_PATH } from '../options/definitions.js';
import { severityRank } from '../policy/severity.js';
import type { ChangeReport, Finding, Report } from '../model/types.js';
import { inlineCode } from './escape.js';
import type { ListSection } from './markdown-list.js';
import { renderList } from './markdown-list.js';
import {
  acknowledgedList,
  changesTable,
  errorList,
  howToAcknowledge,
  noteList,
  packageBlock,
  type DetailLevel,
  type PackageView,
} from './markdown-sections.js';
import { verdictLine } from './verdict-line.js';

export interface MarkdownOptions {
  /** Size budget; Infinity (the default) renders everything. */
  maxChars?: number;
  /** Hidden HTML comment put on the first line, e.g. '<!-- depdiff -->'. */
  marker?: string;
  title?: string;
  configPath?: string;
  /** The pull request changes the config file: its changes apply only once merged. */
  configChanged?: boolean;
  /** Trusted Markdown sentence added when content is left out, e.g. 'See the [job summary](url) for the full report.' */
  overflowPointer?: string;
}

export interface LockfileView {
  /** `### path`, present only when several lockfiles changed. */
  heading?: string;
  packages: PackageView[];
  table: ListSection;
}

export interface MarkdownModel {
  header: string;
  verdict: string;
  notes: ListSection;
  lockfiles: LockfileView[];
  acknowledged: ListSection;
  errors: ListSection;
  howTo?: string;
  /** Every package with open findings, worst first: the order in which the budget keeps them. */
  ranked: PackageView[];
  pointer: string;
}

/** What a render keeps; anything absent from a selection is left out. */
export interface Selection {
  level: DetailLevel;
  packages: Set<PackageView>;
  tableRows: Map<LockfileView, number>;
  notes: number;
  errors: number;
  acknowledged: number;
  howTo: boolean;
  /** A closing line saying what was left out. */
  overflow?: string;
}

export function buildModel(report: Report, options: MarkdownOptions): MarkdownModel {
  const title = options.title ?? '## depdiff dependency review';
  const marker = options.marker === undefined ? '' : `${options.marker}\n`;
  const configPath = options.configPath ?? DEFAULT_CONFIG_PATH;
  const notes = [...report.notes];
  const configNote = options.configChanged
    ? `This pull request changes ${inlineCode(configPath, 200)}; its changes apply once merged (this review used the base branch's policy).`
    : undefined;

  const paths = [...new Set([...report.lockfiles.map((lockfile) => lockfile.path), ...report.changes.map((change) => change.lockfile)])];
  const withChanges = paths.filter((path) => report.changes.some((change) => change.lockfile === path));
  const lockfiles = withChanges.map((path): LockfileView => {
    const changes = report.changes.filter((change) => change.lockfile === path);
    return {
      heading: withChanges.length > 1 ? `### ${inlineCode(path, 300)}` : undefined,
      packages: rankPackages(changes),
      table: changesTable(changes),
    };
  });
  const ranked = rankPackages(report.changes);
  // The same PackageView objects must appear in `ranked` and in their lockfile's list.
  const byChange = new Map(ranked.map((view) => [view.change, view]));
  for (const lockfile of lockfiles) lockfile.packages = lockfile.packages.map((view) => byChange.get(view.change)!);

  const acknowledgedPairs = report.changes.flatMap((change) =>
    change.findings.filter((finding) => finding.acknowledged !== undefined).map((finding) => ({ change, finding })),
  );
  const notesSection = noteList(notes);
  if (configNote !== undefined) notesSection.items.unshift(`- ${configNote}`);
  return {
    header: `${marker}${title}`,
    verdict: verdictLine(report),
    notes: notesSection,
    lockfiles,
    acknowledged: acknowledgedList(acknowledgedPairs),
    errors: errorList(report.errors),
    howTo: ranked.length === 0 ? undefined : howToAcknowledge(ranked[0]!, configPath, report.generatedAt),
    ranked,
    // The caller's own Markdown (it may link to the job summary), kept to one line.
    pointer: options.overflowPointer === undefined ? '' : ` ${options.overflowPointer.replace(/\s+/g, ' ').trim()}`,
  };
}

function openFindings(change: ChangeReport): Finding[] {
  return change.findings
    .filter((finding) => finding.acknowledged === undefined)
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
}

function rankPackages(changes: ChangeReport[]): PackageView[] {
  const views = changes
    .map((change) => ({ change, open: openFindings(change) }))
    .filter((view) => view.open.length > 0)
    .map((view): PackageView => ({ ...view, worst: view.open[0]!.severity }));
  const severityCount = (view: PackageView) => view.open.filter((finding) => finding.severity === view.worst).length;
  return views.sort(
    (a, b) =>
      severityRank(b.worst) - severityRank(a.worst) ||
      severityCount(b) - severityCount(a) ||
      b.open.length - a.open.length ||
      (a.change.name < b.change.name ? -1 : a.change.name > b.change.name ? 1 : 0),
  );
}

export function selectAll(model: MarkdownModel, level: DetailLevel): Selection {
  return {
    level,
    packages: new Set(model.ranked),
    tableRows: new Map(model.lockfiles.map((lockfile) => [lockfile, lockfile.table.items.length])),
    notes: model.notes.items.length,
    errors: model.errors.items.length,
    acknowledged: model.acknowledged.items.length,
    howTo: model.howTo !== undefined,
    overflow: level >= 2 ? `Some details are left out to fit the size limit.${model.pointer}` : undefined,
  };
}

/** The document's blocks, in reading order, for a selection. Joined with blank lines. */
export function* documentBlocks(model: MarkdownModel, selection: Selection): Generator<string> {
  yield model.header;
  yield model.verdict;
  if (selection.notes > 0) yield renderList(model.notes, selection.notes);
  for (const lockfile of model.lockfiles) {
    const packages = lockfile.packages.filter((view) => selection.packages.has(view));
    const rows = selection.tableRows.get(lockfile) ?? 0;
    if (packages.length === 0 && rows === 0) continue;
    if (lockfile.heading !== undefined) yield lockfile.heading;
    for (const view of packages) yield packageBlock(view, selection.level);
    if (rows > 0) yield renderList(lockfile.table, rows);
  }
  if (selection.overflow !== undefined) yield selection.overflow;
  if (selection.acknowledged > 0) yield renderList(model.acknowledged, selection.acknowledged);
  if (selection.errors > 0) yield renderList(model.errors, selection.errors);
  if (selection.howTo && model.howTo !== undefined) yield model.howTo;
}

/** The rendered document, or undefined as soon as it grows past maxChars. */
export function renderWithin(model: MarkdownModel, selection: Selection, maxChars: number): string | undefined {
  const blocks: string[] = [];
  let length = 1; // the final newline
  for (const block of documentBlocks(model, selection)) {
    length += block.length + (blocks.length === 0 ? 0 : 2);
    if (length > maxChars) return undefined;
    blocks.push(block);
  }
  return `${blocks.join('\n\n')}\n`;
}
