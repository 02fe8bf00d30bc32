import * as core from '@actions/core';
import { InputError } from '../model/errors.js';
import type { FailOn } from '../model/types.js';
import { DEFAULT_CONCURRENCY, DEFAULT_CONFIG_PATH, optionSpec, type CommentMode, type DependencyScope, type OptionName } from '../options/definitions.js';
import { parseOptionValue } from '../options/parse-value.js';

export { COMMENT_MODES, type CommentMode } from '../options/definitions.js';

export interface ActionInputs {
  githubToken: string;
  /** Undefined when the input is empty: the config file's `fail-on` (or its default) applies. */
  failOn?: FailOn;
  /** Undefined when the input is empty: the config file's `fail-on-scopes` (or both) applies. */
  failOnScopes?: DependencyScope[];
  warnOnly: boolean;
  comment: CommentMode;
  /** Login whose marked comment is ours, overriding the token's identity (e.g. `my-app[bot]`). */
  commentAuthor?: string;
  /** A path in this repository, or `OWNER/REPO/FILE@REF`. */
  configFile: string;
  /** Token for an `OWNER/REPO/FILE@REF` config-file; the github-token when absent. */
  configFileToken?: string;
  baseRef?: string;
  headRef?: string;
  /** Glob patterns (`!` excludes); empty means every supported lockfile. */
  lockfiles: string[];
  registry?: string;
  cacheDir?: string;
  concurrency: number;
  /** Undefined when the input is empty: the config file's cooldown (or its default) applies. */
  cooldownHours?: number;
  /** Undefined when the input is empty: the config file's `allow-incomplete` (or false) applies. */
  allowIncomplete?: boolean;
  /** Undefined when the input is empty: the config file's license lists apply. */
  allowLicenses?: string[];
  denyLicenses?: string[];
}

export type InputReader = (name: string) => string;

const readCoreInput: InputReader = (name) => core.getInput(name);

/**
 * The input's value, or the value of an alias (another Action's name for it); undefined when empty.
 * The runner passes every declared input, so "empty" is the only way to say "not given".
 */
function readOption(read: InputReader, name: OptionName): unknown {
  const spec = optionSpec(name);
  const own = read(name).trim();
  const given = (spec.action?.aliases ?? []).flatMap((alias) => {
    const text = read(alias.name).trim();
    return text === '' ? [] : [{ alias, text: alias.values?.[text] ?? text }];
  });
  if (own !== '' && given.length > 0) {
    throw new InputError(`Inputs "${name}" and "${given[0]!.alias.name}" mean the same thing; give only one of them.`, { code: 'EINPUT' });
  }
  if (own !== '') return parseOptionValue(spec, own, `Input "${name}"`);
  if (given.length > 0) return parseOptionValue(spec, given[0]!.text, `Input "${given[0]!.alias.name}" (an alias of "${name}")`);
  return undefined;
}

/** Reads every input as the runner sets it (INPUT_<NAME>); an empty input means "not given", and options/ holds the defaults. */
export function readInputs(read: InputReader = readCoreInput): ActionInputs {
  const option = <T>(name: OptionName) => readOption(read, name) as T | undefined;
  const text = (name: OptionName) => option<string>(name) || undefined;
  return {
    githubToken: read('github-token').trim(),
    failOn: option<FailOn>('fail-on'),
    failOnScopes: option<DependencyScope[]>('fail-on-scopes'),
    warnOnly: option<boolean>('warn-only') ?? false,
    comment: option<CommentMode>('comment') ?? 'always',
    commentAuthor: text('comment-author'),
    configFile: (text('config-file') ?? DEFAULT_CONFIG_PATH).replace(/^\.\//, ''),
    configFileToken: text('config-file-token'),
    baseRef: text('base-ref'),
    headRef: text('head-ref'),
    lockfiles: option<string[]>('lockfiles') ?? [],
    registry: text('registry'),
    cacheDir: text('cache-dir'),
    concurrency: option<number>('concurrency') ?? DEFAULT_CONCURRENCY,
    cooldownHours: option<number>('cooldown-hours'),
    allowIncomplete: option<boolean>('allow-incomplete'),
    allowLicenses: emptyToUndefined(option<string[]>('allow-licenses')),
    denyLicenses: emptyToUndefined(option<string[]>('deny-licenses')),
  };
}

function emptyToUndefined(list: string[] | undefined): string[] | undefined {
  return list === undefined || list.length === 0 ? undefined : list;
}
