import { renderJson } from '../../src/report/json.js';
import type { Report } from '../../src/model/types.js';
import { sampleReport } from '../helpers/report-fixtures.js';

function shuffledKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(shuffledKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, inner]) => [key, shuffledKeys(inner)])) as T;
}

describe('renderJson', () => {
  test('round-trips the report', () => {
    const report = sampleReport();
    expect(JSON.parse(renderJson(report))).toEqual(report);
  });

  test('key order follows the data model, whatever order the object was built in', () => {
    const report = sampleReport();
    const json = renderJson(shuffledKeys(report));
    expect(json).toBe(renderJson(report));
    expect(Object.keys(JSON.parse(json))).toEqual(['schemaVersion', 'tool', 'verdict', 'failOn', 'generatedAt', 'lockfiles', 'changes', 'errors', 'notes', 'counts']);
    const change = JSON.parse(json).changes[0];
    expect(Object.keys(change)).toEqual(['name', 'from', 'to', 'type', 'direct', 'dev', 'lockfile', 'before', 'after', 'findings', 'packageJsonDiff', 'worst']);
    expect(Object.keys(change.findings[0])).toEqual(['kind', 'severity', 'message', 'file', 'line', 'evidence', 'url']);
    expect(Object.keys(change.after)).toEqual(['name', 'version', 'resolved', 'integrity', 'source', 'direct', 'dev', 'optional', 'paths', 'hasInstallScript', 'line']);
    expect(Object.keys(JSON.parse(json).counts)).toEqual(['critical', 'high', 'medium', 'low', 'info', 'acknowledged']);
  });

  test('is pretty-printed with a final newline and keeps nulls', () => {
    const json = renderJson(sampleReport());
    expect(json.startsWith('{\n  "schemaVersion": 1,\n  "tool": {\n    "name": "depdiff",')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).toContain('"from": null');
  });

  test('unknown extra keys follow the known ones, sorted', () => {
    const report = sampleReport() as Report & { zeta?: number; alpha?: number };
    report.zeta = 1;
    report.alpha = 2;
    expect(Object.keys(JSON.parse(renderJson(report))).slice(-2)).toEqual(['alpha', 'zeta']);
  });
});
