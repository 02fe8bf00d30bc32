// action.yml's inputs and the README's inputs table are generated from src/options/definitions.ts;
// after changing an option, run `npm run options:docs`.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { OPTIONS, type OptionSpec } from '../../src/options/definitions.js';
import {
  actionInputsYaml,
  README_CLI_END,
  README_CLI_START,
  README_TABLE_END,
  README_TABLE_START,
  readmeCliTable,
  readmeInputsTable,
  replaceBetween,
  withGeneratedInputs,
} from '../../src/options/docs.js';
import { USAGE } from '../../src/cli/args.js';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

test('action.yml inputs are exactly the ones options/ generates (run npm run options:docs)', () => {
  const actionYml = read('action.yml');
  expect(actionYml).toBe(withGeneratedInputs(actionYml));
  expect(actionYml).toContain(actionInputsYaml());
});

test('the README inputs and CLI tables are the ones options/ generates (run npm run options:docs)', () => {
  const readme = read('README.md');
  expect(readme).toBe(replaceBetween(readme, README_TABLE_START, README_TABLE_END, readmeInputsTable()));
  expect(readme).toBe(replaceBetween(readme, README_CLI_START, README_CLI_END, readmeCliTable()));
});

test('--help lists every CLI flag of options/', () => {
  for (const spec of OPTIONS as readonly OptionSpec[]) {
    if (spec.cli !== undefined) expect(USAGE).toContain(`--${spec.cli.flag ?? spec.name}`);
  }
});

test('action.yml carries no default but the token, and names every Action option and alias', () => {
  const action = parseYaml(read('action.yml')) as { inputs: Record<string, { default?: string }> };
  const withDefault = Object.entries(action.inputs).filter(([, input]) => input.default !== undefined).map(([name]) => name);
  expect(withDefault).toEqual(['github-token']);
  const expected = (OPTIONS as readonly OptionSpec[]).flatMap((spec) =>
    spec.action === undefined ? [] : [spec.name, ...(spec.action.aliases ?? []).map((alias) => alias.name)],
  );
  expect(Object.keys(action.inputs)).toEqual(expected);
});

test('names are unique across inputs, aliases, flags and config keys', () => {
  const specs = OPTIONS as readonly OptionSpec[];
  const inputs = specs.flatMap((spec) => (spec.action ? [spec.name, ...(spec.action.aliases ?? []).map((a) => a.name)] : []));
  const flags = specs.flatMap((spec) => (spec.cli ? [spec.cli.flag ?? spec.name] : []));
  const shorts = specs.flatMap((spec) => (spec.cli?.short ? [spec.cli.short] : []));
  for (const list of [inputs, flags, shorts]) expect(new Set(list).size).toBe(list.length);
});
