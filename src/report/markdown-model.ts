import { DEFAULT_CONFIG_PATH } from '../options/definitions.js';
import { severityRank } from '../policy/severity.js';
import type { ChangeReport, Finding, FindingKind, Report } from '../model/types.js';
import { FINDING_KINDS } from '../model/types.js';
import { inlineCode } from './escape.js';
import type { ListSection } from './markdown-list.js';
import { renderList } from './markdown-list.js';
import { plural } from './markdown-format.js';
import {
  acknowledgedList,
  changesTable,
  errorList,
  failingFindings,
  findingsTable,
  howToAcknowledge,
  isNotable,
  legend,
  lowPackagesList,
  noteList,
  packageBlock,
  type DetailLevel,
  type PackageView,
} from './markdown-sections.js';
import { verdictLine } from './verdict-line.js';

/** Up to this many changes, the comment lists them all (folded); beyond, the list is for the job summary and the JSON. */
const CHANGES_LISTED_IN_A_COMMENT = 30;

export interface MarkdownOptions {
  /** Size budget; Infinity (the default) renders everything the layout holds. */
  maxChars?: number;
  /** Hidden HTML comment put on the first line, e.g. '<!-- depdiff -->'. */
  marker?: string;
  title?: string;
  configPath?: string;
  /** The pull request changes the config file: its changes apply only once merged. */
  configChanged?: boolean;
  /** Trusted Markdown sentence added when content is left out, e.g. 'See the [job summary](url) for the full report.' */
  overflowPointer?: string;
  /**
   * The job summary's layout: every changed package in a table and the package.json diffs. Without it
   * (the PR comment) a long list of changes is left out and said so.
   */
  full?: boolean;
}

export interface LockfileView {
  /** `### path`, present only when several lockfiles changed. */
  heading?: string;
  /** Packages with medium+ findings, worst first. */
  packages: PackageView[];
  /** Packages with low and info findings only. */
  lows: ListSection;
  /** Every change of this lockfile; empty when the comment leaves the list out (see `omitted`). */
  table: ListSection;
  /** Said instead of the table when the comment leaves the list of changes out. */
  omitted?: string;
}

export interface MarkdownModel {
  header: string;
  verdict: string;
  findingsTable: ListSection;
  notes: ListSection;
  lockfiles: LockfileView[];
  legend?: string;
  acknowledged: ListSection;
  errors: ListSection;
  howTo?: string;
  /** Every package with medium+ findings, worst first: the order in which the budget keeps them. */
  ranked: PackageView[];
  pointer: string;
  full: boolean;
}

/** What a render keeps; anything absent from a selection is left out. */
export interface Selection {
  level: DetailLevel;
  packages: Set<PackageView>;
  findingsRows: number;
  lowRows: Map<LockfileView, number>;
  tableRows: Map<LockfileView, number>;
  notes: number;
  errors: number;
  acknowledged: number;
  howTo: boolean;
  legend: boolean;
  /** A closing line saying what was left out. */
  overflow?: string;
}

export function buildModel(report: Report, options: MarkdownOptions): MarkdownModel {
  const title = options.title ?? '## depdiff dependency review';
  const marker = options.marker === undefined ? '' : `${options.marker}\n`;
  const configPath = options.configPath ?? DEFAULT_CONFIG_PATH;
  const full = options.full ?? false;
  // The caller's own Markdown (it may link to the job summary), kept to one line.
  const pointer = options.overflowPointer === undefined ? '' : ` ${options.overflowPointer.replace(/\s+/g, ' ').trim()}`;
  const configNote = options.configChanged
    ? `This pull request changes ${inlineCode(configPath, 200)}; its changes apply once merged (this review used the base branch's policy).`
    : undefined;

  const views = new Map(rankPackages(report.changes).map((view) => [view.change, view]));
  const ranked = [...views.values()].filter((view) => isNotable(view.worst));
  const paths = [...new Set([...report.lockfiles.map((lockfile) => lockfile.path), ...report.changes.map((change) => change.lockfile)])];
  const withChanges = paths.filter((path) => report.changes.some((change) => change.lockfile === path));
  const lockfiles = withChanges.map((path): LockfileView => {
    const changes = report.changes.filter((change) => change.lockfile === path);
    const listed = full || changes.length <= CHANGES_LISTED_IN_A_COMMENT;
    return {
      heading: withChanges.length > 1 ? `### ${inlineCode(path, 300)}` : undefined,
      packages: ranked.filter((view) => view.change.lockfile === path),
      lows: lowPackagesList([...views.values()].filter((view) => view.change.lockfile === path && !isNotable(view.worst))),
      table: changesTable(listed ? changes : []),
      omitted: listed ? undefined : `${plural(changes.length, 'changed package')} in all: the full list is left out of this comment.${pointer}`,
    };
  });

  const acknowledgedPairs = report.changes.flatMap((change) =>
    change.findings.filter((finding) => finding.acknowledged !== undefined).map((finding) => ({ change, finding })),
  );
  const failing = [...views.values()].map((view) => ({ view, findings: failingFindings(view, report.failOn) })).filter((entry) => entry.findings.length > 0);
  const notesSection = noteList(report.notes);
  if (configNote !== undefined) notesSection.items.unshift(`- ${configNote}`);
  return {
    header: `${marker}${title}`,
    verdict: verdictLine(report),
    findingsTable: findingsTable(ranked),
    notes: notesSection,
    lockfiles,
    legend: legend(kindsShown([...views.values()])),
    acknowledged: acknowledgedList(acknowledgedPairs),
    errors: errorList(report.errors),
    howTo: failing.length === 0 ? undefined : howToAcknowledge(failing, configPath, report.generatedAt),
    ranked,
    pointer,
    full,
  };
}

function kindsShown(views: PackageView[]): FindingKind[] {
  const kinds = new Set(views.flatMap((view) => view.open.map((finding) => finding.kind)));
  return FINDING_KINDS.filter((kind) => kinds.has(kind));
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
    findingsRows: model.findingsTable.items.length,
    lowRows: new Map(model.lockfiles.map((lockfile) => [lockfile, lockfile.lows.items.length])),
    tableRows: new Map(model.lockfiles.map((lockfile) => [lockfile, lockfile.table.items.length])),
    notes: model.notes.items.length,
    errors: model.errors.items.length,
    acknowledged: model.acknowledged.items.length,
    howTo: model.howTo !== undefined,
    legend: model.legend !== undefined,
    overflow: level >= 1 ? `Some details are left out to fit the size limit.${model.pointer}` : undefined,
  };
}

/** The document's blocks, in reading order, for a selection. Joined with blank lines. */
export function* documentBlocks(model: MarkdownModel, selection: Selection): Generator<string> {
  yield model.header;
  yield model.verdict;
  if (selection.findingsRows > 0) yield renderList(model.findingsTable, selection.findingsRows);
  for (const lockfile of model.lockfiles) {
    const packages = lockfile.packages.filter((view) => selection.packages.has(view));
    const lows = selection.lowRows.get(lockfile) ?? 0;
    const rows = selection.tableRows.get(lockfile) ?? 0;
    if (packages.length === 0 && lows === 0 && rows === 0 && lockfile.omitted === undefined) continue;
    if (lockfile.heading !== undefined) yield lockfile.heading;
    for (const view of packages) yield packageBlock(view, selection.level, model.full);
    if (lows > 0) yield renderList(lockfile.lows, lows);
    if (rows > 0) yield renderList(lockfile.table, rows);
    else if (lockfile.omitted !== undefined) yield lockfile.omitted;
  }
  if (selection.overflow !== undefined) yield selection.overflow;
  // Notes before the errors' heading: two lists in a row would run together into one.
  if (selection.notes > 0) yield renderList(model.notes, selection.notes);
  if (selection.errors > 0) yield renderList(model.errors, selection.errors);
  if (selection.acknowledged > 0) yield renderList(model.acknowledged, selection.acknowledged);
  if (selection.legend && model.legend !== undefined) yield model.legend;
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
