import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fitToBytes, SUMMARY_LIMIT_BYTES, writeSummary } from '../../src/github/summary.js';

test('the limit stays under GitHub’s 1 MiB per step', () => {
  expect(SUMMARY_LIMIT_BYTES).toBeLessThan(1024 * 1024);
});

test('returns the first render when it fits', () => {
  const budgets: number[] = [];
  const text = fitToBytes((max) => (budgets.push(max), 'small'), 1000, 'fallback');
  expect(text).toBe('small');
  expect(budgets).toEqual([1000]);
});

test('shrinks the character budget when multi-byte text overflows the byte limit', () => {
  // Each "€" is 3 bytes: a renderer honouring maxChars in characters overflows a byte limit.
  const render = (max: number) => '€'.repeat(Math.min(max, 50_000));
  const text = fitToBytes(render, 30_000, 'fallback');
  expect(Buffer.byteLength(text)).toBeLessThanOrEqual(30_000);
  expect(text.length).toBeGreaterThan(5_000);
});

test('a renderer that ignores the budget ends in the fallback', () => {
  expect(fitToBytes(() => 'x'.repeat(5000), 2000, 'see the JSON report')).toBe('see the JSON report');
});

test('writes to GITHUB_STEP_SUMMARY, and skips quietly without it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'depdiff-summary-'));
  const file = join(dir, 'summary.md');
  writeFileSync(file, '');
  // @actions/core's summary writer takes the file from the environment itself.
  const saved = process.env.GITHUB_STEP_SUMMARY;
  try {
    process.env.GITHUB_STEP_SUMMARY = file;
    expect(await writeSummary('## depdiff\nok', file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('## depdiff\nok\n');
    const said: string[] = [];
    expect(await writeSummary('x', undefined, (message) => said.push(message))).toBe(false);
    expect(said).toEqual(['No GITHUB_STEP_SUMMARY file: skipping the job summary.']);
  } finally {
    if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY;
    else process.env.GITHUB_STEP_SUMMARY = saved;
    rmSync(dir, { recursive: true, force: true });
  }
});
