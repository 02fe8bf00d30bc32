import { renderMarkdown } from '../../src/report/markdown.js';
import type { ChangeReport, Finding, Report, Severity } from '../../src/model/types.js';
import { SEVERITIES } from '../../src/model/types.js';
import { changeReport, sampleReport } from '../helpers/report-fixtures.js';
import { markdownProblems } from '../helpers/markdown-check.js';

const POINTER = 'See the [job summary](https://github.com/o/r/actions/runs/1) for the full report.';
const PACKAGE_HEADING = /^#### (?!⚠️)/gm;

function finding(severity: Severity, i: number, evidence = `fetch("https://x${i}.example")`): Finding {
  return { kind: 'network', severity, message: `lib/file${i}.js newly contacts host ${i}.`, file: `lib/file${i}.js`, line: i + 1, evidence };
}

function bigReport(packages: number, findingsPerPackage: number): Report {
  const report = sampleReport();
  report.changes = Array.from({ length: packages }, (_, p): ChangeReport => {
    const findings = Array.from({ length: findingsPerPackage }, (_, i) => finding(SEVERITIES[(p + i) % SEVERITIES.length]!, i));
    return changeReport(`pkg-${String(p).padStart(5, '0')}`, '1.0.0', '1.1.0', findings, {
      worst: 'critical',
      lockfile: p % 2 === 0 ? 'package-lock.json' : 'apps/web/package-lock.json',
      packageJsonDiff: '--- a/package.json\n+++ b/package.json\n+  "postinstall": "node x.js"',
    });
  });
  report.lockfiles = [
    { path: 'package-lock.json', format: 'npm', changes: Math.ceil(packages / 2) },
    { path: 'apps/web/package-lock.json', format: 'npm', changes: Math.floor(packages / 2) },
  ];
  return report;
}

function expectWellFormed(markdown: string, maxChars: number): void {
  expect(markdown.length).toBeLessThanOrEqual(maxChars);
  expect(markdownProblems(markdown)).toEqual([]);
}

describe('renderMarkdown size budget', () => {
  test('without a budget, nothing is left out', () => {
    const markdown = renderMarkdown(bigReport(30, 10));
    expect(markdown.match(PACKAGE_HEADING)).toHaveLength(30);
    expect(markdown).not.toContain('left out');
  });

  // About 900 packages fit the job summary's 1,000,000 characters: 2,000 overflow both budgets.
  test('2,000 packages × 10 findings fit a comment and the job summary', () => {
    const report = bigReport(2000, 10);
    for (const maxChars of [65_000, 1_000_000]) {
      const markdown = renderMarkdown(report, { maxChars, marker: '<!-- depdiff -->', overflowPointer: POINTER });
      expectWellFormed(markdown, maxChars);
      expect(markdown.startsWith('<!-- depdiff -->\n## depdiff dependency review\n\n❌ **Fail**')).toBe(true);
      expect(markdown).toMatch(/…and \d+ more packages with findings\./);
      expect(markdown).toContain(POINTER);
      // The budget is used, not wasted: the comment is close to its limit.
      expect(markdown.length).toBeGreaterThan(maxChars * 0.8);
      const shown = markdown.match(PACKAGE_HEADING)!.length;
      expect(shown).toBeGreaterThan(10);
      expect(shown).toBeLessThan(2000);
    }
  });

  test('a single 1 MB evidence string is capped, not cut mid-fence', () => {
    const report = sampleReport();
    report.changes[0]!.findings[1]!.evidence = '```\n'.repeat(10) + 'A'.repeat(1_000_000);
    for (const maxChars of [Infinity, 65_000, 5_000]) {
      const markdown = renderMarkdown(report, { maxChars, overflowPointer: POINTER });
      expect(markdown.length).toBeLessThan(20_000);
      expectWellFormed(markdown, maxChars);
    }
  });

  test('one package with 10,000 findings still fits', () => {
    const report = sampleReport();
    report.changes[0]!.findings = Array.from({ length: 10_000 }, (_, i) => finding('high', i));
    const markdown = renderMarkdown(report, { maxChars: 65_000, overflowPointer: POINTER });
    expectWellFormed(markdown, 65_000);
    expect(markdown).toMatch(/…and 99\d\d more findings \(99\d\d high\), listed in the full report\./);
  });

  test('thousands of errors, notes and acknowledged findings are cut with a count', () => {
    const report = sampleReport();
    report.errors = Array.from({ length: 3000 }, (_, i) => ({ name: `broken-${i}`, version: '1.0.0', message: 'The registry answered 500.', code: 'EFETCH' }));
    report.notes = Array.from({ length: 3000 }, (_, i) => `Note number ${i} about something that could not run.`);
    report.changes[1]!.findings = Array.from({ length: 3000 }, (_, i) => ({ ...finding('low', i), acknowledged: { reason: 'fine' } }));
    const markdown = renderMarkdown(report, { maxChars: 20_000, overflowPointer: POINTER });
    expectWellFormed(markdown, 20_000);
    expect(markdown).toMatch(/- …and \d+ more packages\./);
    expect(markdown).toMatch(/- …and \d+ more notes\./);
    expect(markdown).toContain('❌ incomplete: 3000 packages could not be reviewed');
    expect(markdown).toMatch(/- …and 2990 more packages\./);
    expect(markdown).toMatch(/- …and 2990 more notes\./);
    expect(markdown).toContain('#### 🟥 `event-stream-helper`');
  });

  test('shrinks step by step: evidence of medium findings, then all evidence, then whole packages', () => {
    const report = bigReport(4, 5);
    const evidenceBlocks = (markdown: string) => (markdown.match(/```js/g) ?? []).length;
    const full = renderMarkdown(report);
    // Critical, high and medium evidence for each package; low and info are one line per package.
    expect(evidenceBlocks(full)).toBe(12);
    expect(full.match(/^Also 🟦 /gm)).toHaveLength(4);
    expect(full).not.toContain('left out');

    const highEvidenceOnly = renderMarkdown(report, { maxChars: full.length - 1, overflowPointer: POINTER });
    expectWellFormed(highEvidenceOnly, full.length - 1);
    expect(evidenceBlocks(highEvidenceOnly)).toBe(8);
    expect(highEvidenceOnly).toContain(`Some details are left out to fit the size limit. ${POINTER}`);

    const noEvidence = renderMarkdown(report, { maxChars: highEvidenceOnly.length - 1, overflowPointer: POINTER });
    expectWellFormed(noEvidence, highEvidenceOnly.length - 1);
    expect(evidenceBlocks(noEvidence)).toBe(0);
    expect(noEvidence.match(PACKAGE_HEADING)).toHaveLength(4);

    // Less important sections (legend, lists of changes) go before any package's findings do.
    const withoutTable = renderMarkdown(report, { maxChars: noEvidence.length - 1, overflowPointer: POINTER });
    expectWellFormed(withoutTable, noEvidence.length - 1);
    expect(withoutTable.match(PACKAGE_HEADING)).toHaveLength(4);

    const budget = Math.floor(noEvidence.length * 0.5);
    const truncated = renderMarkdown(report, { maxChars: budget, overflowPointer: POINTER });
    expectWellFormed(truncated, budget);
    expect(truncated.match(PACKAGE_HEADING)!.length).toBeLessThan(4);
    expect(truncated).toMatch(/…and \d more packages? with findings\./);
    // The findings table still names every package whose details were left out.
    expect(truncated.match(/^\| `pkg-\d+` \|/gm)).toHaveLength(4);
  });

  test('the budget left after the package details names more packages in the findings table', () => {
    const report = sampleReport();
    // The worst package's details are too large to fit, so none are shown and the rows get the rest of the budget.
    const worst = changeReport('pkg-00000', '1.0.0', '1.1.0', Array.from({ length: 40 }, (_, i) => finding('critical', i, 'x'.repeat(2000))), { worst: 'critical' });
    const others = Array.from({ length: 300 }, (_, p): ChangeReport => changeReport(`pkg-${String(p + 1).padStart(5, '0')}`, '1.0.0', '1.1.0', [finding('high', p)], { worst: 'high' }));
    report.changes = [worst, ...others];
    const markdown = renderMarkdown(report, { maxChars: 8_000, overflowPointer: POINTER });
    expectWellFormed(markdown, 8_000);
    expect(markdown).not.toContain('#### 🟥 `pkg-00000`');
    // The table's first 100 rows are paid for before any details; the rest come from what the details left.
    expect(markdown.match(/^\| `pkg-/gm)!.length).toBeGreaterThan(100);
  });

  test('absurdly small budgets give the header or nothing, never a cut line', () => {
    const report = sampleReport();
    const options = { marker: '<!-- depdiff -->', overflowPointer: POINTER };
    expect(renderMarkdown(report, { ...options, maxChars: 60 })).toBe('<!-- depdiff -->\n## depdiff dependency review\n');
    expect(renderMarkdown(report, { ...options, maxChars: 10 })).toBe('');
    const small = renderMarkdown(report, { ...options, maxChars: 400 });
    expectWellFormed(small, 400);
    expect(small).toContain('❌ **Fail**');
  });

  test('every budget from tiny to full stays within bounds and well-formed', () => {
    const report = bigReport(6, 4);
    const full = renderMarkdown(report, { overflowPointer: POINTER }).length;
    for (let maxChars = 50; maxChars < full + 100; maxChars += 97) {
      expectWellFormed(renderMarkdown(report, { maxChars, overflowPointer: POINTER }), maxChars);
    }
  });
});
