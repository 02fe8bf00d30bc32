import { createHash } from 'node:crypto';
import type { ChangeReport, Finding, FindingKind, Report, Severity } from '../model/types.js';
import { severityRank } from '../policy/severity.js';
import { KIND_DESCRIPTIONS, kindTitle } from './kind-descriptions.js';
import { truncate } from './escape.js';

export const DEPDIFF_INFORMATION_URI = 'https://github.com/depdiff/depdiff';
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const MAX_MESSAGE_CHARS = 1000;

type SarifLevel = 'error' | 'warning' | 'note';

export function sarifLevel(severity: Severity): SarifLevel {
  if (severity === 'critical' || severity === 'high') return 'error';
  return severity === 'medium' ? 'warning' : 'note';
}

// GitHub code scanning reads a 0-10 `security-severity` from each rule's properties.
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.0' };

/** Findings as SARIF 2.1.0: one rule per finding kind present, one result per finding. */
export function renderSarif(report: Report): string {
  const worstByKind = new Map<FindingKind, Severity>();
  const results: unknown[] = [];
  for (const change of report.changes) {
    for (const finding of change.findings) {
      const seen = worstByKind.get(finding.kind);
      if (seen === undefined || severityRank(finding.severity) > severityRank(seen)) worstByKind.set(finding.kind, finding.severity);
      results.push(result(change, finding));
    }
  }
  const rules = [...worstByKind].map(([kind, severity]) => ({
    id: kind,
    name: kindTitle(kind),
    shortDescription: { text: KIND_DESCRIPTIONS[kind] },
    helpUri: `${DEPDIFF_INFORMATION_URI}#${kind}`,
    defaultConfiguration: { level: sarifLevel(severity) },
    properties: { tags: ['security', 'supply-chain'], 'security-severity': SECURITY_SEVERITY[severity] },
  }));
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'depdiff', version: report.tool.version, informationUri: DEPDIFF_INFORMATION_URI, rules } },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: report.errors.map((error) => ({
              level: 'warning',
              message: { text: plain(`${error.name}@${error.version} could not be reviewed: ${error.message}`) },
              ...(error.code === undefined ? {} : { descriptor: { id: error.code } }),
            })),
          },
        ],
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function result(change: ChangeReport, finding: Finding): Record<string, unknown> {
  const version = change.to ?? change.from ?? '';
  const packageId = `${change.name}@${version}`;
  const where = finding.file === undefined ? undefined : `${finding.file}${finding.line === undefined ? '' : `:${finding.line}`}`;
  const key = (finding as Finding & { key?: string }).key ?? `${finding.file ?? ''}\n${finding.message}`;
  return {
    ruleId: finding.kind,
    level: sarifLevel(finding.severity),
    message: { text: plain(`${packageId}: ${finding.message}${where === undefined ? '' : ` (${where})`}`) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: lockfileUri(change.lockfile) },
          region: { startLine: positiveLine(change.after?.line ?? change.before?.line) },
        },
        logicalLocations: [{ name: plain(packageId), fullyQualifiedName: plain(where === undefined ? packageId : `${packageId}/${where}`), kind: 'module' }],
      },
    ],
    partialFingerprints: { 'depdiffFinding/v1': fingerprint(finding.kind, change.name, key) },
    properties: {
      package: plain(change.name),
      version: plain(version),
      change: change.type,
      severity: finding.severity,
      ...(where === undefined ? {} : { file: plain(where) }),
      ...(finding.url === undefined ? {} : { url: finding.url }),
    },
    ...(finding.acknowledged === undefined
      ? {}
      : { suppressions: [{ kind: 'external', justification: plain(finding.acknowledged.reason) }] }),
  };
}

function positiveLine(line: number | undefined): number {
  return line !== undefined && Number.isInteger(line) && line > 0 ? line : 1;
}

/** A repository-relative path as a URI reference: '/'-separated, each segment percent-encoded. */
function lockfileUri(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '').split('/').map(encodeURIComponent).join('/');
}

function fingerprint(kind: string, name: string, key: string): string {
  return createHash('sha256').update(`${kind}\0${name}\0${key}`).digest('hex');
}

/** SARIF text is shown as plain text; still drop control characters and bound the size. */
function plain(text: string): string {
  return truncate(text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, ''), MAX_MESSAGE_CHARS);
}
