// action.yml's `inputs:` block and the README's inputs table, written from options/ so that nothing about an
// option is written twice by hand. `npm run options:docs` rewrites both; __tests__/options/docs.test.ts fails
// when either differs from what this file produces.
import { OPTIONS, type OptionSpec } from './definitions.js';

const ACTION_OPTIONS = (OPTIONS as readonly OptionSpec[]).filter((spec) => spec.action !== undefined);

/** The runner evaluates this default; it is the only default action.yml carries (options/ holds the others). */
const TOKEN_DEFAULT = '${{ github.token }}';

function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => `${indent}${l}`).join('\n');
}

function yamlInput(name: string, description: string, extra = ''): string {
  return `  ${name}:\n    description: >-\n${wrap(description, 110, '      ')}\n${extra}`;
}

function aliasDescription(spec: OptionSpec, alias: { name: string; values?: Readonly<Record<string, string>> }): string {
  const values = Object.entries(alias.values ?? {}).map(([theirs, ours]) => `\`${theirs}\` means \`${ours}\``);
  return `Alias of \`${spec.name}\` under the name actions/dependency-review-action uses${values.length ? ` (${values.join(', ')})` : ''}. Give only one of the two.`;
}

/** The `inputs:` block of action.yml, up to (not including) `outputs:`. */
export function actionInputsYaml(): string {
  const blocks = ACTION_OPTIONS.flatMap((spec) => [
    yamlInput(spec.name, spec.action!.description, spec.name === 'github-token' ? `    default: ${TOKEN_DEFAULT}\n` : ''),
    ...(spec.action!.aliases ?? []).map((alias) => yamlInput(alias.name, aliasDescription(spec, alias))),
  ]);
  return `inputs:\n${blocks.join('')}`;
}

function defaultCell(spec: OptionSpec): string {
  if (spec.defaultText !== undefined) return spec.defaultText;
  if (spec.default === undefined) return '(empty)';
  const shown = Array.isArray(spec.default) ? spec.default.join(', ') : String(spec.default);
  return `\`${shown}\``;
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|');

/** The README's table of inputs, one row per input and alias. */
export function readmeInputsTable(): string {
  const rows = ACTION_OPTIONS.flatMap((spec) => [
    `| \`${spec.name}\` | ${escapeCell(defaultCell(spec))} | ${escapeCell(spec.action!.description)}${spec.configKey ? ` Config key: \`${spec.configKey}\`.` : ''} |`,
    ...(spec.action!.aliases ?? []).map((alias) => `| \`${alias.name}\` | | ${escapeCell(aliasDescription(spec, alias))} |`),
  ]);
  return ['| Input | Default | Meaning |', '|---|---|---|', ...rows].join('\n');
}

/** The README's table of CLI flags, from the same specs as --help. */
export function readmeCliTable(): string {
  const rows = (OPTIONS as readonly OptionSpec[]).flatMap((spec) => {
    if (spec.cli === undefined) return [];
    const flag = `--${spec.cli.flag ?? spec.name}${spec.cli.arg ? ` ${spec.cli.arg}` : ''}`;
    const name = spec.cli.short ? `-${spec.cli.short}, ${flag}` : flag;
    return [`| \`${name}\` | ${escapeCell(spec.cli.help)}${spec.configKey ? ` (config key \`${spec.configKey}\`)` : ''} |`];
  });
  return ['| option | meaning |', '| --- | --- |', ...rows].join('\n');
}

export const README_CLI_START = '<!-- options:cli:start (generated from src/options/definitions.ts by npm run options:docs) -->';
export const README_CLI_END = '<!-- options:cli:end -->';

export const README_TABLE_START = '<!-- options:inputs:start (generated from src/options/definitions.ts by npm run options:docs) -->';
export const README_TABLE_END = '<!-- options:inputs:end -->';

/** `text` with the generated part between `start` and `end` replaced. */
export function replaceBetween(text: string, start: string, end: string, generated: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to < from) throw new Error(`markers ${start} ... ${end} not found`);
  return `${text.slice(0, from + start.length)}\n${generated}\n${text.slice(to)}`;
}

/** action.yml with its inputs block replaced. */
export function withGeneratedInputs(actionYml: string): string {
  const from = actionYml.indexOf('\ninputs:\n');
  const to = actionYml.indexOf('\noutputs:\n');
  if (from === -1 || to < from) throw new Error('action.yml has no inputs: ... outputs: blocks');
  return `${actionYml.slice(0, from + 1)}${actionInputsYaml()}\n${actionYml.slice(to + 1)}`;
}
