import * as core from '@actions/core';
import { InputError } from '../model/errors.js';
import type { FailOn } from '../model/types.js';

export const COMMENT_MODES = ['always', 'on-findings', 'never'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];
const FAIL_ON = ['critical', 'high', 'medium', 'low', 'never'] as const;

export interface ActionInputs {
  githubToken: string;
  /** Undefined when the input is empty: the config file's `fail-on` (or its default) applies. */
  failOn?: FailOn;
  warnOnly: boolean;
  comment: CommentMode;
  configFile: string;
  baseRef?: string;
  headRef?: string;
  /** Glob patterns; empty means every supported lockfile. */
  lockfiles: string[];
  registry?: string;
  cacheDir?: string;
  concurrency: number;
  /** Undefined when the input is empty: the config file's cooldown (or its default) applies. */
  cooldownHours?: number;
}

export type InputReader = (name: string) => string;

const readCoreInput: InputReader = (name) => core.getInput(name);

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`Input "${name}" must be one of ${allowed.join(', ')}; got "${value}".`, { code: 'EINPUT' });
}

function booleanInput(name: string, value: string): boolean {
  if (value === '' || /^false$/i.test(value)) return false;
  if (/^true$/i.test(value)) return true;
  throw new InputError(`Input "${name}" must be true or false; got "${value}".`);
}

function numberInput(name: string, value: string, options: { integer: boolean; min: number; max?: number }): number {
  const number = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || (options.integer && !Number.isInteger(number)) || number < options.min || number > (options.max ?? Infinity)) {
    const what = options.integer ? 'a whole number' : 'a number';
    const range = options.max === undefined ? `of at least ${options.min}` : `from ${options.min} to ${options.max}`;
    throw new InputError(`Input "${name}" must be ${what} ${range}; got "${value}".`);
  }
  return number;
}

/** Reads every input as the runner sets it (INPUT_<NAME>); an empty input means "not given". */
export function readInputs(read: InputReader = readCoreInput): ActionInputs {
  const get = (name: string) => read(name).trim();
  const optional = (name: string) => get(name) || undefined;
  const failOn = optional('fail-on');
  const cooldown = optional('cooldown-hours');
  const concurrency = optional('concurrency');
  return {
    githubToken: get('github-token'),
    failOn: failOn === undefined ? undefined : oneOf('fail-on', failOn, FAIL_ON),
    warnOnly: booleanInput('warn-only', get('warn-only')),
    comment: oneOf('comment', get('comment') || 'always', COMMENT_MODES),
    configFile: (optional('config-file') ?? '.github/depdiff.yml').replace(/^\.\//, ''),
    baseRef: optional('base-ref'),
    headRef: optional('head-ref'),
    lockfiles: get('lockfiles')
      .split(/[\n,]/)
      .map((pattern) => pattern.trim())
      .filter(Boolean),
    registry: optional('registry'),
    cacheDir: optional('cache-dir'),
    concurrency: concurrency === undefined ? 8 : numberInput('concurrency', concurrency, { integer: true, min: 1, max: 64 }),
    cooldownHours: cooldown === undefined ? undefined : numberInput('cooldown-hours', cooldown, { integer: false, min: 0 }),
  };
}
