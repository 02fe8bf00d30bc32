// The comment of a real review of a large PR (366 changed packages, eslint 10 and friends; the JSON is
// what the bundled CLI wrote for shared/corpus/real-lockfiles/large-npm-v3-eslint10, trimmed of fields
// the comment does not read): it has to stay a few screens with every medium+ finding in view.
import { readFileSync } from 'node:fs';
import { renderMarkdown } from '../../src/report/markdown.js';
import { KIND_RATIONALES } from '../../src/report/kind-descriptions.js';
import { escapeProseWithCode } from '../../src/report/escape.js';
import type { Report } from '../../src/model/types.js';
import { markdownProblems, outsideCode } from '../helpers/markdown-check.js';

const report = JSON.parse(readFileSync(new URL('../fixtures/reports/large-npm-v3-eslint10.json', import.meta.url), 'utf8')) as Report;
const markdown = renderMarkdown(report, { marker: '<!-- depdiff -->', overflowPointer: 'See the job summary for the full report.' });
const notable = report.changes.flatMap((change) => change.findings.filter((f) => ['critical', 'high', 'medium'].includes(f.severity)).map((f) => ({ change, finding: f })));

test('fits in a few screens: under 20,000 characters and well-formed', () => {
  expect(markdown.length).toBeLessThan(20_000);
  expect(markdownProblems(markdown)).toEqual([]);
});

test('the verdict line comes first, then the one table of packages with medium+ findings', () => {
  const blocks = markdown.split('\n\n');
  expect(blocks[0]).toBe('<!-- depdiff -->\n## depdiff dependency review');
  expect(blocks[1]).toMatch(/^❌ \*\*Fail\*\*: 0 critical, 2 high, 11 medium, 22 low, 0 info in 366 changed packages/);
  expect(blocks[2]!.startsWith('| Package | Version | Findings |\n| --- | --- | --- |\n')).toBe(true);
  expect(markdown.match(/^\| --- \|/gm)).toHaveLength(1);
  const packages = new Set(notable.map(({ change }) => change.name));
  expect(blocks[2]!.split('\n').slice(2)).toHaveLength(packages.size);
  for (const name of packages) expect(blocks[2]).toContain(`| \`${name}\` |`);
});

test('every medium+ finding is visible, outside any folded block', () => {
  const unfolded = markdown.replace(/<details>[\s\S]*?<\/details>/g, '');
  for (const { finding } of notable) expect(unfolded).toContain(escapeProseWithCode(finding.message, 500));
  expect(notable).toHaveLength(13);
});

test('packages with low findings only are folded, one line each, new dependencies by name', () => {
  const folded = /<details><summary>13 packages with low findings only<\/summary>\n\n([\s\S]*?)\n\n<\/details>/.exec(markdown);
  expect(folded).not.toBeNull();
  expect(folded![1]!.split('\n')).toHaveLength(13);
  expect(folded![1]).toContain('- 🟦 `eslint-scope` `8.4.0` → `9.1.0`: 2 new dependencies: `@types/esrecurse`, `@types/estree`');
  // A transitive package nested under the packages that need it says so.
  expect(folded![1]).toMatch(/- 🟦 `minimatch` `9\.0\.3` → `10\.2\.1` via `@eslint\/config-array`, `eslint`: License change: /);
});

test("each kind's rationale appears once, in the legend", () => {
  expect(markdown.match(/<summary>Why these findings matter<\/summary>/g)).toHaveLength(1);
  for (const kind of ['install-script', 'network', 'shell', 'obfuscation', 'binary', 'new-dependency'] as const) {
    expect(markdown.split(escapeProseWithCode(KIND_RATIONALES[kind], 400))).toHaveLength(2);
  }
  // The rationale that 21 new-dependency findings used to repeat is said once.
  expect(markdown.match(/New dependencies are code the project never reviewed/g)).toHaveLength(1);
});

test('prose has real code spans, never an escaped backtick', () => {
  expect(outsideCode(markdown)).not.toContain('\\`');
  expect(markdown).not.toContain('\\`');
  expect(markdown).toContain('starts other programs through `child_process.execFileSync`');
});

test('the acknowledge snippet covers every failing finding', () => {
  expect(markdown).toContain('<summary>How to acknowledge 2 failing findings</summary>');
  expect(markdown).toContain('  - package: "unrs-resolver"\n    version: "1.11.1"\n    kinds: [install-script]');
  expect(markdown).toContain('  - package: "napi-postinstall"\n    version: "0.3.4"\n    kinds: [shell]');
});

test('notes are sentences, and the long list of changes is left to the job summary', () => {
  expect(markdown).toContain("- Not checked: publisher changes — this registry's metadata omits `_npmUser`\\.");
  expect(markdown).toContain('366 changed packages in all: the full list is left out of this comment. See the job summary for the full report.');
  const summary = renderMarkdown(report, { full: true });
  expect(summary).toContain('<details><summary>366 changed packages</summary>');
});
