import { readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRunDir, reportCounts, setOutputs, writeRunFile } from '../../src/github/outputs.js';
import { change, finding, sampleReport } from '../helpers/sample-report.js';

test('counts exclude info and acknowledged findings', () => {
  const acked = { ...finding('critical'), acknowledged: { reason: 'vetted' } };
  const report = sampleReport([change('a', 'high', [finding('high'), finding('info'), finding('low'), acked])]);
  expect(reportCounts(report)).toEqual({ verdict: 'fail', findings: 2, critical: 0, high: 1, medium: 0, low: 1 });
});

test('sets every output as a string', () => {
  const set: Array<[string, string]> = [];
  setOutputs(
    { verdict: 'pass', findings: 0, critical: 0, high: 0, medium: 0, low: 0, 'report-path': '/r.json', 'sarif-path': '/r.sarif', 'comment-path': '', 'comment-url': '' },
    (name, value) => set.push([name, value]),
  );
  expect(Object.fromEntries(set)).toEqual({
    verdict: 'pass',
    findings: '0',
    critical: '0',
    high: '0',
    medium: '0',
    low: '0',
    'report-path': '/r.json',
    'sarif-path': '/r.sarif',
    'comment-path': '',
    'comment-url': '',
  });
});

test('run files go to a fresh private directory', async () => {
  const one = await createRunDir(tmpdir());
  const two = await createRunDir(tmpdir());
  try {
    expect(one).not.toBe(two);
    const path = await writeRunFile(one, 'comment.md', 'body');
    expect(readFileSync(path, 'utf8')).toBe('body');
    expect(statSync(path).mode & 0o077).toBe(0);
  } finally {
    rmSync(one, { recursive: true, force: true });
    rmSync(two, { recursive: true, force: true });
  }
});
