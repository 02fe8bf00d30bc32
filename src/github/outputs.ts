import * as core from '@actions/core';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Report } from '../model/types.js';

export interface ActionOutputs {
  verdict: 'pass' | 'fail';
  findings: number;
  critical: number;
  high: number;
  medium: number;
  low: number;
  'report-path': string;
  /** The same report as SARIF 2.1.0, next to report.json, for github/codeql-action/upload-sarif. */
  'sarif-path': string;
  'comment-path': string;
  'comment-url': string;
}

/** `findings` counts unacknowledged findings of severity low and above; `info` is reported but not counted. */
export function reportCounts(report: Report): Pick<ActionOutputs, 'verdict' | 'findings' | 'critical' | 'high' | 'medium' | 'low'> {
  const { critical, high, medium, low } = report.counts;
  return { verdict: report.verdict, findings: critical + high + medium + low, critical, high, medium, low };
}

export function setOutputs(outputs: ActionOutputs, set: (name: string, value: string) => void = core.setOutput): void {
  for (const [name, value] of Object.entries(outputs)) set(name, String(value));
}

/** A fresh directory per run under RUNNER_TEMP, so two depdiff steps in one job never overwrite each other. */
export async function createRunDir(root: string): Promise<string> {
  return mkdtemp(join(root, 'depdiff-'));
}

export async function writeRunFile(dir: string, name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content, { encoding: 'utf8', mode: 0o600 });
  return path;
}
