import type { ChangeReport, Finding, Report, Severity } from '../../src/model/types.js';

export function change(name: string, worst: Severity | null, findings: Finding[], line?: number): ChangeReport {
  const entry = (version: string) => ({
    name,
    version,
    source: 'registry' as const,
    direct: true,
    dev: false,
    optional: false,
    paths: [`node_modules/${name}`],
    ...(line ? { line } : {}),
  });
  return {
    name,
    from: '1.0.0',
    to: '1.1.0',
    type: 'updated',
    direct: true,
    dev: false,
    lockfile: 'package-lock.json',
    before: entry('1.0.0'),
    after: entry('1.1.0'),
    findings,
    worst,
  };
}

export function finding(severity: Severity, kind: Finding['kind'] = 'network', message = `does ${kind} things`): Finding {
  return { kind, severity, message };
}

export function sampleReport(changes: ChangeReport[], failOn: Report['failOn'] = 'high'): Report {
  const counts = { critical: 0, high: 0, medium: 0, low: 0, info: 0, acknowledged: 0 };
  for (const c of changes) for (const f of c.findings) f.acknowledged ? counts.acknowledged++ : counts[f.severity]++;
  const fails = changes.some((c) => c.findings.some((f) => !f.acknowledged && failOn !== 'never' && ['critical', 'high'].includes(f.severity)));
  return {
    schemaVersion: 1,
    tool: { name: 'depdiff', version: '0.0.0-test' },
    verdict: fails ? 'fail' : 'pass',
    failOn,
    generatedAt: '2025-01-01T00:00:00.000Z',
    lockfiles: [{ path: 'package-lock.json', format: 'npm', changes: changes.length }],
    changes,
    errors: [],
    notes: [],
    counts,
  };
}
