// What the Action writes for one review: report.json and report.sarif (outputs and artifacts), the comment
// body, and the job summary, each within GitHub's size limits.
import type { Report } from '../model/types.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderSarif } from '../report/sarif.js';
import { verdictLine } from '../report/verdict-line.js';
import { COMMENT_MARKER } from './comment.js';
import { writeRunFile } from './outputs.js';
import { fitToBytes, SUMMARY_LIMIT_BYTES } from './summary.js';

/** GitHub rejects comment bodies over 65,536 characters; the margin covers the marker and line endings. */
export const COMMENT_MAX_CHARS = 65_000;

export interface RunFiles {
  reportPath: string;
  sarifPath: string;
  commentPath: string;
  commentBody: string;
  summary: string;
}

export interface RunFileOptions {
  configPath: string;
  configChanged: boolean;
  /** The run's page, where the job summary is: the comment points there when it had to leave things out. */
  runUrl?: string;
}

// The comment is found again only by a marker at the very start of its body.
function withMarker(body: string): string {
  return body.startsWith(COMMENT_MARKER) ? body : `${COMMENT_MARKER}\n${body}`;
}

function commentBody(report: Report, changed: boolean, options: RunFileOptions): string {
  if (!changed) return `${COMMENT_MARKER}\n### depdiff\n\nThis pull request no longer changes any dependency: nothing to review.\n`;
  const overflowPointer = options.runUrl ? `See the [job summary](${options.runUrl}) for the full report.` : 'See the job summary for the full report.';
  const { configPath, configChanged } = options;
  return withMarker(renderMarkdown(report, { configPath, configChanged, maxChars: COMMENT_MAX_CHARS, marker: COMMENT_MARKER, overflowPointer }));
}

function summaryMarkdown(report: Report, changed: boolean, options: RunFileOptions): string {
  if (!changed) return '### depdiff\n\nNo dependency changes between the base and the head: nothing to review.\n';
  const { configPath, configChanged } = options;
  return fitToBytes(
    (maxChars) => renderMarkdown(report, { configPath, configChanged, full: true, maxChars, overflowPointer: 'The full report is in the JSON file of the `report-path` output.' }),
    SUMMARY_LIMIT_BYTES,
    `### depdiff\n\n${verdictLine(report)}\n\nThe full report did not fit in the job summary; see the JSON report (the report-path output).\n`,
  );
}

/** Writes the run's files into `runDir` and returns their paths, the comment body and the summary. */
export async function writeRunFiles(runDir: string, report: Report, changed: boolean, options: RunFileOptions): Promise<RunFiles> {
  const body = commentBody(report, changed, options);
  return {
    reportPath: await writeRunFile(runDir, 'report.json', renderJson(report)),
    sarifPath: await writeRunFile(runDir, 'report.sarif', renderSarif(report)),
    commentPath: await writeRunFile(runDir, 'comment.md', body),
    commentBody: body,
    summary: summaryMarkdown(report, changed, options),
  };
}
