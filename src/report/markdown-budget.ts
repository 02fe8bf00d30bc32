import { listFixedCost, listItemCost, type ListSection } from './markdown-list.js';
import type { LockfileView, MarkdownModel, Selection } from './markdown-model.js';
import { packageBlock } from './markdown-sections.js';

/** A blank line separates blocks. */
const BLOCK_GAP = 2;
const MAX_LEADING_ITEMS = 10;

class Budget {
  constructor(public remaining: number) {}

  take(cost: number): boolean {
    if (cost > this.remaining) return false;
    this.remaining -= cost;
    return true;
  }
}

function overflowLine(model: MarkdownModel, omittedPackages: number): string {
  return omittedPackages > 0
    ? `…and ${omittedPackages} more ${omittedPackages === 1 ? 'package' : 'packages'} with findings.${model.pointer}`
    : `Some details are left out to fit the size limit.${model.pointer}`;
}

/** How many items of `section` fit; charges the section's fixed cost (and `extra`) only when one does. */
function fitList(section: ListSection, budget: Budget, extra = 0, maxItems = Infinity): number {
  if (section.items.length === 0 || maxItems < 1) return 0;
  if (!budget.take(listFixedCost(section) + BLOCK_GAP + extra + listItemCost(section.items[0]!))) return 0;
  let shown = 1;
  const limit = Math.min(maxItems, section.items.length);
  while (shown < limit && budget.take(listItemCost(section.items[shown]!))) shown++;
  return shown;
}

/** Table rows the budget gives before any package details: the table is the comment's summary. */
const MAX_LEADING_TABLE_ROWS = 100;

/** The lockfile headings paid for so far: a heading is charged once, with the first block under it. */
class Headings {
  private readonly paid = new Set<LockfileView>();

  cost(lockfile: LockfileView): number {
    return lockfile.heading === undefined || this.paid.has(lockfile) ? 0 : lockfile.heading.length + BLOCK_GAP;
  }

  pay(lockfile: LockfileView): void {
    this.paid.add(lockfile);
  }
}

/**
 * The most of the report that fits in maxChars at the tightest level of detail, chosen whole
 * section by whole section in order of importance: the findings table, the worst packages' findings,
 * then the how-to, the legend, the low findings, acknowledged findings and the table of all changes.
 * Costs are upper bounds, so the rendered document never exceeds the budget. Undefined when not even
 * the verdict fits.
 */
export function selectWithinBudget(model: MarkdownModel, maxChars: number): Selection | undefined {
  const budget = new Budget(maxChars - 1);
  const headings = new Headings();
  const mandatory =
    model.header.length + BLOCK_GAP + model.verdict.length + BLOCK_GAP + overflowLine(model, model.ranked.length).length + omittedListsCost(model, headings);
  if (!budget.take(mandatory)) return undefined;

  const selection: Selection = {
    level: 3,
    packages: new Set(),
    findingsRows: 0,
    lowRows: new Map(),
    tableRows: new Map(),
    notes: 0,
    errors: 0,
    acknowledged: 0,
    howTo: false,
    legend: false,
  };

  // A few notes and errors say what the review could not check; hundreds would crowd out the findings.
  selection.notes = fitList(model.notes, budget, 0, MAX_LEADING_ITEMS);
  selection.errors = fitList(model.errors, budget, 0, MAX_LEADING_ITEMS);
  selection.findingsRows = fitList(model.findingsTable, budget, 0, MAX_LEADING_TABLE_ROWS);
  fitPackages(model, budget, headings, selection);

  if (model.howTo !== undefined && selection.packages.size > 0) selection.howTo = budget.take(model.howTo.length + BLOCK_GAP);
  if (model.legend !== undefined) selection.legend = budget.take(model.legend.length + BLOCK_GAP);
  fitPerLockfile(model, (lockfile) => lockfile.lows, budget, headings, selection.lowRows);
  selection.acknowledged = fitList(model.acknowledged, budget);
  fitPerLockfile(model, (lockfile) => lockfile.table, budget, headings, selection.tableRows);

  selection.overflow = overflowLine(model, model.ranked.length - selection.packages.size);
  return selection;
}

/** A lockfile whose list of changes is left out says so whatever else is dropped: the cost of saying it, headings paid. */
function omittedListsCost(model: MarkdownModel, headings: Headings): number {
  let cost = 0;
  for (const lockfile of model.lockfiles) {
    if (lockfile.omitted === undefined) continue;
    cost += headings.cost(lockfile) + lockfile.omitted.length + BLOCK_GAP;
    headings.pay(lockfile);
  }
  return cost;
}

/** The worst packages' details, in rank order while they fit; then more findings-table rows. */
function fitPackages(model: MarkdownModel, budget: Budget, headings: Headings, selection: Selection): void {
  const lockfileOf = new Map(model.lockfiles.flatMap((lockfile) => lockfile.packages.map((view) => [view, lockfile] as const)));
  for (const view of model.ranked) {
    const lockfile = lockfileOf.get(view)!;
    const cost = packageBlock(view, 3, model.full).length + BLOCK_GAP + headings.cost(lockfile);
    if (!budget.take(cost)) break;
    selection.packages.add(view);
    headings.pay(lockfile);
  }
  // Rows for packages whose details did not fit still name them, as far as the budget goes.
  if (selection.findingsRows > 0) {
    while (selection.findingsRows < model.findingsTable.items.length && budget.take(listItemCost(model.findingsTable.items[selection.findingsRows]!))) {
      selection.findingsRows++;
    }
  }
}

/** How many items of each lockfile's `section` fit, in lockfile order, into `rowsOf`. */
function fitPerLockfile(
  model: MarkdownModel,
  section: (lockfile: LockfileView) => ListSection,
  budget: Budget,
  headings: Headings,
  rowsOf: Map<LockfileView, number>,
): void {
  for (const lockfile of model.lockfiles) {
    const rows = fitList(section(lockfile), budget, headings.cost(lockfile));
    if (rows > 0) headings.pay(lockfile);
    rowsOf.set(lockfile, rows);
  }
}
