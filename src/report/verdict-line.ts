import { incompleteAdvice, incompletePackages } from '../policy/incomplete.js';
import type { Report } from '../model/types.js';
import { plural } from './markdown-format.js';
import { countsText } from './markdown-sections.js';

/** markdown: the comment and the job summary; plain: the job log, the check's failure message and the CLI's stderr. */
export type VerdictLineStyle = 'markdown' | 'plain';

/** The one-line verdict every front door shows: counts, threshold, acknowledged findings, and what was not reviewed. */
export function verdictLine(report: Report, style: VerdictLineStyle = 'markdown'): string {
  const markdown = style === 'markdown';
  const head = markdown ? (report.verdict === 'fail' ? '❌ **Fail**' : '✅ **Pass**') : report.verdict;
  let line = `${head}: ${countsText(report.counts, true)} in ${plural(report.changes.length, 'changed package')} (fail-on: ${report.failOn})`;
  if (report.counts.acknowledged > 0) line += `, ${report.counts.acknowledged} acknowledged`;
  const incomplete = incompletePackages(report.errors);
  if (incomplete > 0) {
    const packages = plural(incomplete, 'package');
    if (report.allowIncomplete) {
      line += `. ${markdown ? '⚠️ ' : 'warning: '}${packages} could not be reviewed (allowed by allow-incomplete)`;
    } else {
      line += `. ${markdown ? '❌ ' : ''}incomplete: ${packages} could not be reviewed. ${incompleteAdvice(report.errors).join('. ')}`;
    }
  }
  return `${line}.`;
}
