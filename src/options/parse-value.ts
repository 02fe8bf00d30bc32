// The one validator of option values given as text (Action inputs, CLI flags). The config file's YAML reader
// checks its typed nodes against the same specs through `choiceProblem` and `rangeProblem`.
import { InputError } from '../model/errors.js';
import { didYouMean } from './did-you-mean.js';
import type { OptionSpec } from './definitions.js';

/** Why `value` is not one of `allowed`, with a suggestion; undefined when it is. */
export function choiceProblem(value: string, allowed: readonly string[]): string | undefined {
  if (allowed.includes(value)) return undefined;
  const suggestion = didYouMean(value, allowed);
  const hint = suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`;
  return `must be one of ${allowed.join(', ')}, not ${JSON.stringify(value.slice(0, 80))}${hint}`;
}

/** Why `value` is outside the spec's range or not whole when it must be; undefined when it fits. */
export function rangeProblem(spec: Pick<OptionSpec, 'type' | 'min' | 'max'>, value: number): string | undefined {
  const whole = spec.type === 'integer';
  const fits = Number.isFinite(value) && (!whole || Number.isInteger(value)) && value >= (spec.min ?? -Infinity) && value <= (spec.max ?? Infinity);
  if (fits) return undefined;
  const what = whole ? 'a whole number' : 'a number';
  if (spec.min !== undefined && spec.max !== undefined) return `must be ${what} from ${spec.min} to ${spec.max}`;
  if (spec.min !== undefined) return `must be ${what} of at least ${spec.min}`;
  return `must be ${what}`;
}

/** Items of a list option: separated by newlines or commas, trimmed, empty ones dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * The typed value of `raw` for `spec`. `label` names the option as the user wrote it (`input "fail-on"`,
 * `--fail-on`), so the error points at it. Throws InputError.
 */
export function parseOptionValue(spec: OptionSpec, raw: string, label: string): string | number | boolean | string[] {
  const fail = (problem: string, got = raw) => new InputError(`${label} ${problem}; got ${JSON.stringify(got.slice(0, 80))}`, { code: 'EINPUT' });
  const text = raw.trim();
  switch (spec.type) {
    case 'string':
      return text;
    case 'boolean':
      if (/^true$/i.test(text)) return true;
      if (/^false$/i.test(text)) return false;
      throw fail('must be true or false');
    case 'integer':
    case 'number': {
      const number = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
      const problem = rangeProblem(spec, number);
      if (problem !== undefined) throw fail(problem);
      return number;
    }
    case 'choice': {
      const problem = choiceProblem(text, spec.values ?? []);
      if (problem !== undefined) throw new InputError(`${label} ${problem}`, { code: 'EINPUT' });
      return text;
    }
    case 'list': {
      const items = splitList(text);
      if (spec.values !== undefined) {
        for (const item of items) {
          const problem = choiceProblem(item, spec.values);
          if (problem !== undefined) throw new InputError(`${label}: each item ${problem}`, { code: 'EINPUT' });
        }
      }
      return items;
    }
  }
}
