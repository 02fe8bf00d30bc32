import type { AnnotationProperties } from '@actions/core';
import { annotateChanges } from '../../src/github/annotations.js';
import { change, finding, sampleReport } from '../helpers/sample-report.js';

function recorder() {
  const calls: Array<{ level: 'error' | 'warning'; message: string; properties: AnnotationProperties }> = [];
  return {
    calls,
    error: (message: string, properties: AnnotationProperties) => calls.push({ level: 'error', message, properties }),
    warning: (message: string, properties: AnnotationProperties) => calls.push({ level: 'warning', message, properties }),
  };
}

test('annotates the lockfile line of each high or critical change, worst first', () => {
  const report = sampleReport([
    change('quiet', 'medium', [finding('medium')], 5),
    change('loud', 'high', [finding('high', 'install-script', 'adds a postinstall'), finding('low', 'deprecated')], 40),
    change('worse', 'critical', [finding('critical', 'shell')], 12),
  ]);
  const annotator = recorder();
  expect(annotateChanges(report, annotator)).toEqual({ emitted: 2, dropped: 0 });
  expect(annotator.calls.map((c) => [c.level, c.properties.file, c.properties.startLine])).toEqual([
    ['error', 'package-lock.json', 12],
    ['error', 'package-lock.json', 40],
  ]);
  expect(annotator.calls[1].message).toBe('high install-script: adds a postinstall\nlow deprecated: does deprecated things');
  expect(annotator.calls[1].properties.title).toBe('depdiff: loud 1.0.0 → 1.1.0');
});

test('a high change below the fail-on threshold is a warning, not an error', () => {
  const annotator = recorder();
  annotateChanges(sampleReport([change('loud', 'high', [finding('high')], 3)], 'critical'), annotator);
  expect(annotator.calls.map((c) => c.level)).toEqual(['warning']);
});

test('a removed package is annotated at its old line; no line means a file-level annotation', () => {
  const removed = { ...change('gone', 'high', [finding('high')], 9), after: undefined, to: null, type: 'removed' as const };
  const noLine = change('unknown-line', 'critical', [finding('critical')]);
  const annotator = recorder();
  annotateChanges(sampleReport([removed, noLine]), annotator);
  expect(annotator.calls.map((c) => c.properties.startLine)).toEqual([undefined, 9]);
  expect(annotator.calls[1].properties.title).toBe('depdiff: gone 1.0.0 → (removed)');
});

test('acknowledged findings and lower severities are not annotated', () => {
  const acked = { ...finding('critical'), acknowledged: { reason: 'vetted' } };
  const annotator = recorder();
  annotateChanges(sampleReport([change('ok', null, [acked], 2), change('meh', 'low', [finding('low')], 3)]), annotator);
  expect(annotator.calls).toEqual([]);
});

test('package text cannot add lines or run past the length bound', () => {
  const hostile = finding('high', 'network', `line1\n::error::forged\r${'x'.repeat(500)}`);
  const annotator = recorder();
  annotateChanges(sampleReport([change('evil', 'high', [hostile], 1)]), annotator);
  expect(annotator.calls[0].message).not.toMatch(/[\r\n]/);
  expect(annotator.calls[0].message.length).toBeLessThan(230);
});

test('stops at 10 annotations per level and counts the rest', () => {
  const changes = Array.from({ length: 14 }, (_, i) => change(`p${i}`, 'critical', [finding('critical')], i + 1));
  const annotator = recorder();
  expect(annotateChanges(sampleReport(changes), annotator)).toEqual({ emitted: 10, dropped: 4 });
});
