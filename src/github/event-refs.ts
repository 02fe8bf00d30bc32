import { InputError } from '../model/errors.js';

export interface EventRefs {
  /** The trusted side: the config file and .npmrc are read from this commit only. */
  base: string;
  /** The reviewed side; undefined means the checked-out working tree. */
  head?: string;
  /** The pull request to comment on, when the event has one. */
  pullNumber?: number;
  /**
   * True when the head is someone else's code running with our token (pull_request_target):
   * head files are read as git objects or through the API, never from the working tree.
   */
  untrustedHead: boolean;
}

/** `git push` of a new branch or a deleted one reports this as `before`/`after`. */
const ZERO_SHA = /^0+$/;

type Json = Record<string, unknown>;

function field(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!current || typeof current !== 'object') return undefined;
    current = (current as Json)[key];
  }
  return current;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' && !ZERO_SHA.test(value) ? value.trim() : undefined;
}

function pullNumberOf(payload: Json): number | undefined {
  const number = field(payload, 'pull_request', 'number') ?? payload.number;
  return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : undefined;
}

/**
 * The base and head commits to compare, from the event that started the workflow. The `base-ref` and
 * `head-ref` inputs win over the event, which is how `workflow_dispatch` and other events are reviewed.
 */
export function eventRefs(eventName: string, payload: Json, overrides: { baseRef?: string; headRef?: string } = {}): EventRefs {
  let base: string | undefined;
  let head: string | undefined;
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
      base = text(field(payload, 'pull_request', 'base', 'sha'));
      head = text(field(payload, 'pull_request', 'head', 'sha'));
      break;
    case 'merge_group':
      base = text(field(payload, 'merge_group', 'base_sha'));
      head = text(field(payload, 'merge_group', 'head_sha'));
      break;
    case 'push':
      base = text(payload.before);
      head = text(payload.after);
      break;
    default:
      break;
  }
  base = overrides.baseRef ?? base;
  head = overrides.headRef ?? head;
  if (!base) {
    const hint =
      eventName === 'push'
        ? 'this push has no previous commit (a new branch); set the base-ref input, e.g. to the default branch'
        : `the "${eventName || 'unknown'}" event carries no base commit; set the base-ref input (and head-ref if the checkout is not the head)`;
    throw new InputError(`depdiff needs a base commit to compare against: ${hint}.`, { code: 'ENOBASE' });
  }
  return {
    base,
    head,
    pullNumber: eventName === 'pull_request' || eventName === 'pull_request_target' ? pullNumberOf(payload) : undefined,
    untrustedHead: eventName === 'pull_request_target',
  };
}
