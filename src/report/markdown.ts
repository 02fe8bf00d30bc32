import type { Report } from '../model/types.js';
import { selectWithinBudget } from './markdown-budget.js';
import { buildModel, renderWithin, selectAll, type MarkdownOptions } from './markdown-model.js';
import { renderList } from './markdown-list.js';
import type { DetailLevel } from './markdown-sections.js';

export type { MarkdownOptions } from './markdown-model.js';
export { severityBadge, severityEmoji, SEVERITY_EMOJI } from './markdown-format.js';

/**
 * The review as GitHub-flavoured Markdown (PR comment or job summary). With a finite maxChars the
 * report shrinks step by step (evidence of medium findings, then all evidence, then findings past the
 * first few per package, then keep only the worst packages) and is always rendered from whole
 * sections, so the Markdown stays well-formed.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxChars = options.maxChars ?? Infinity;
  const model = buildModel(report, options);

  if (report.changes.length === 0) {
    const blocks = [model.header, 'No dependency changes.'];
    if (model.notes.items.length > 0) blocks.push(renderList(model.notes));
    if (model.errors.items.length > 0) blocks.push(renderList(model.errors));
    return fitPlain(`${blocks.join('\n\n')}\n`, model.header, maxChars);
  }

  const levels: DetailLevel[] = [0, 1, 2, 3];
  for (const level of levels) {
    const rendered = renderWithin(model, selectAll(model, level), maxChars);
    if (rendered !== undefined) return rendered;
  }
  const selection = selectWithinBudget(model, maxChars);
  const rendered = selection === undefined ? undefined : renderWithin(model, selection, maxChars);
  return rendered ?? fitPlain(`${model.header}\n\n${model.verdict}\n`, model.header, maxChars);
}

/** Last resort for absurdly small budgets: fewer whole lines, never a cut one. */
function fitPlain(text: string, header: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const headerOnly = `${header}\n`;
  if (headerOnly.length <= maxChars) return headerOnly;
  return '';
}
