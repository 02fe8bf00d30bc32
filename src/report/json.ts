import type { ChangeReport, Finding, LockedPackage, Report, ReviewError } from '../model/types.js';

// Key order follows src/model/types.ts so the JSON output is stable and diffable between runs.
const REPORT_KEYS = ['schemaVersion', 'tool', 'verdict', 'failOn', 'generatedAt', 'lockfiles', 'changes', 'errors', 'notes', 'counts', 'incomplete', 'allowIncomplete'] as const;
const CHANGE_KEYS = [
  'name', 'from', 'to', 'type', 'direct', 'dev', 'lockfile', 'before', 'after', 'findings', 'packageJsonDiff', 'worst', 'licenses', 'description',
] as const;
const PACKAGE_KEYS = [
  'name', 'version', 'alias', 'resolved', 'integrity', 'source', 'direct', 'dev', 'optional', 'paths', 'dependencies', 'hasInstallScript', 'line',
] as const;
const FINDING_KEYS = ['kind', 'key', 'severity', 'message', 'file', 'line', 'evidence', 'url', 'acknowledged'] as const;
const ERROR_KEYS = ['name', 'version', 'message', 'code'] as const;
const COUNT_KEYS = ['critical', 'high', 'medium', 'low', 'info', 'acknowledged'] as const;

/** The report as pretty JSON with a fixed key order (unknown extra keys follow, sorted). */
export function renderJson(report: Report): string {
  const ordered = pick(report, REPORT_KEYS, {
    tool: (tool) => pick(tool as Report['tool'], ['name', 'version']),
    lockfiles: (list) => (list as Report['lockfiles']).map((entry) => pick(entry, ['path', 'format', 'changes'])),
    changes: (list) => (list as ChangeReport[]).map(orderChange),
    errors: (list) => (list as ReviewError[]).map((error) => pick(error, ERROR_KEYS)),
    counts: (counts) => pick(counts as Report['counts'], COUNT_KEYS),
  });
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

function orderChange(change: ChangeReport): Record<string, unknown> {
  const lockedPackage = (value: unknown) => pick(value as LockedPackage, PACKAGE_KEYS, { dependencies: sortedRecord });
  return pick(change, CHANGE_KEYS, {
    before: lockedPackage,
    after: lockedPackage,
    findings: (list) => (list as Finding[]).map(orderFinding),
    licenses: (value) => pick(value as NonNullable<ChangeReport['licenses']>, ['before', 'after']),
  });
}

function orderFinding(finding: Finding): Record<string, unknown> {
  return pick(finding, FINDING_KEYS, {
    acknowledged: (value) => pick(value as NonNullable<Finding['acknowledged']>, ['reason', 'expires']),
  });
}

function sortedRecord(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

type Transform = (value: unknown) => unknown;

function pick<T extends object>(source: T, keys: readonly string[], transforms: Record<string, Transform> = {}): Record<string, unknown> {
  const record = source as Record<string, unknown>;
  const extras = Object.keys(record)
    .filter((key) => !keys.includes(key))
    .sort();
  // fromEntries keeps a "__proto__" key as data instead of setting the prototype.
  return Object.fromEntries(
    [...keys, ...extras]
      .filter((key) => Object.hasOwn(record, key) && record[key] !== undefined)
      .map((key) => {
        const value = record[key];
        const transform = transforms[key];
        return [key, transform === undefined || value === null ? value : transform(value)];
      }),
  );
}
