import * as core from '@actions/core';
import { atLeast, severityRank } from '../policy/severity.js';
import type { ChangeReport, Report } from '../model/types.js';

export interface Annotator {
  error(message: string, properties: core.AnnotationProperties): void;
  warning(message: string, properties: core.AnnotationProperties): void;
}

/** GitHub shows at most 10 annotations of each level per step; more would only be dropped. */
const PER_LEVEL_LIMIT = 10;
const FINDINGS_PER_ANNOTATION = 5;
const MAX_TEXT = 200;

function plain(text: string): string {
  const clean = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return clean.length > MAX_TEXT ? `${clean.slice(0, MAX_TEXT - 1)}…` : clean;
}

function annotationMessage(change: ChangeReport): string {
  const findings = change.findings
    .filter((finding) => !finding.acknowledged)
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  const lines = findings.slice(0, FINDINGS_PER_ANNOTATION).map((f) => `${f.severity} ${f.kind}: ${plain(f.message)}`);
  if (findings.length > FINDINGS_PER_ANNOTATION) lines.push(`…and ${findings.length - FINDINGS_PER_ANNOTATION} more (see the job summary)`);
  return lines.join('\n');
}

/**
 * One annotation at the lockfile line of each change whose worst finding is high or critical: an error
 * when it fails the verdict, a warning otherwise (e.g. `fail-on: critical` and a high finding).
 */
export function annotateChanges(report: Report, annotator: Annotator = core): { emitted: number; dropped: number } {
  const changes = report.changes
    .filter((change) => change.worst === 'critical' || change.worst === 'high')
    .sort((a, b) => severityRank(b.worst!) - severityRank(a.worst!));
  const used = { error: 0, warning: 0 };
  let emitted = 0;
  let dropped = 0;
  for (const change of changes) {
    const level = atLeast(change.worst!, report.failOn) ? 'error' : 'warning';
    if (used[level] >= PER_LEVEL_LIMIT) {
      dropped++;
      continue;
    }
    used[level]++;
    emitted++;
    const line = change.after?.line ?? change.before?.line;
    const title = plain(`depdiff: ${change.name} ${change.from ?? '(new)'} → ${change.to ?? '(removed)'}`);
    annotator[level](annotationMessage(change), {
      title,
      file: change.lockfile,
      ...(line ? { startLine: line } : {}),
    });
  }
  return { emitted, dropped };
}
