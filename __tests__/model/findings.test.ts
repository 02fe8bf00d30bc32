// The table of finding kinds is the one source of truth: complete rows, and the README's tables are generated from
// it and from the severity rules (run with DEPDIFF_WRITE_README=1 to regenerate them after editing either).
import { readFileSync, writeFileSync } from 'node:fs';
import { FINDING_KIND_TABLE, FINDING_KINDS, type FindingKindRow } from '../../src/model/findings.js';
import { SEVERITIES } from '../../src/model/types.js';
import { SEVERITY_RULES } from '../../src/pipeline/severity-model.js';
import { KIND_DESCRIPTIONS } from '../../src/report/kind-descriptions.js';

const cell = (text: string) => text.replace(/\|/g, '\\|');

function kindsTable(): string {
  const rows = (FINDING_KIND_TABLE as readonly FindingKindRow[]).map(
    (row) => `| \`${row.id}\` | ${row.title} | ${row.severity}${row.variesWith ? `; ${cell(row.variesWith)}` : ''} | ${cell(row.description)} ${cell(row.rationale)} |`,
  );
  return ['| kind | title | default severity | what and why |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

function rulesTable(): string {
  const rows = SEVERITY_RULES.map((rule) => `| \`${rule.name}\` | ${rule.severity} | ${cell(rule.rationale)} |`);
  return ['| rule | raises to | why |', '| --- | --- | --- |', ...rows].join('\n');
}

function section(readme: string, name: string): string | undefined {
  const match = new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)\\n<!-- ${name}:end -->`).exec(readme);
  return match?.[1];
}

test('every kind has an id, a title, a default severity, a description and a rationale', () => {
  expect(new Set(FINDING_KINDS).size).toBe(FINDING_KIND_TABLE.length);
  for (const row of FINDING_KIND_TABLE as readonly FindingKindRow[]) {
    expect(row.id).toMatch(/^[a-z-]+$/);
    expect(row.title.length).toBeGreaterThan(3);
    expect(SEVERITIES).toContain(row.severity);
    expect(row.description).toMatch(/^[A-Z].*\.$/);
    expect(row.rationale).toMatch(/^[A-Z].*\.$/);
    expect(KIND_DESCRIPTIONS[row.id as keyof typeof KIND_DESCRIPTIONS]).toBe(row.description);
  }
});

test("the README's kinds and severity-rules tables match the table of kinds and the rules", () => {
  let readme = readFileSync('README.md', 'utf8');
  if (process.env.DEPDIFF_WRITE_README === '1') {
    for (const [name, body] of [['finding-kinds', kindsTable()], ['severity-rules', rulesTable()]] as const) {
      readme = readme.replace(new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(\\n<!-- ${name}:end -->)`), (_, start: string, end: string) => `${start}${body}${end}`);
    }
    writeFileSync('README.md', readme);
  }
  expect(section(readme, 'finding-kinds')).toBe(kindsTable());
  expect(section(readme, 'severity-rules')).toBe(rulesTable());
});
