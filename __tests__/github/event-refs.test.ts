import { InputError } from '../../src/model/errors.js';
import { eventRefs } from '../../src/github/event-refs.js';

const pr = { number: 12, pull_request: { number: 12, base: { sha: 'b'.repeat(40) }, head: { sha: 'h'.repeat(40) } } };

test('pull_request: base and head SHAs and the PR number; the head is the trusted checkout', () => {
  expect(eventRefs('pull_request', pr)).toEqual({ base: 'b'.repeat(40), head: 'h'.repeat(40), pullNumber: 12, untrustedHead: false });
});

test('pull_request_target: the same refs, but the head is marked untrusted', () => {
  expect(eventRefs('pull_request_target', pr)).toMatchObject({ pullNumber: 12, untrustedHead: true });
});

test('merge_group: base_sha and head_sha, no pull request to comment on', () => {
  const refs = eventRefs('merge_group', { merge_group: { base_sha: 'a1', head_sha: 'c3', head_ref: 'gh-readonly-queue/main/pr-1' } });
  expect(refs).toEqual({ base: 'a1', head: 'c3', pullNumber: undefined, untrustedHead: false });
});

test('push: before and after', () => {
  expect(eventRefs('push', { before: 'f00', after: 'ba4' })).toMatchObject({ base: 'f00', head: 'ba4' });
});

test('push of a new branch (before is all zeros) asks for base-ref', () => {
  expect(() => eventRefs('push', { before: '0'.repeat(40), after: 'ba4' })).toThrow(/new branch.*base-ref/);
  expect(eventRefs('push', { before: '0'.repeat(40), after: 'ba4' }, { baseRef: 'origin/main' }).base).toBe('origin/main');
});

test('workflow_dispatch uses the base-ref / head-ref inputs; without them it explains what to set', () => {
  expect(eventRefs('workflow_dispatch', { inputs: {} }, { baseRef: 'v1.0.0', headRef: 'v1.1.0' })).toEqual({
    base: 'v1.0.0',
    head: 'v1.1.0',
    pullNumber: undefined,
    untrustedHead: false,
  });
  expect(eventRefs('workflow_dispatch', {}, { baseRef: 'main' }).head).toBeUndefined();
  let error: unknown;
  try {
    eventRefs('workflow_dispatch', {});
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).code).toBe('ENOBASE');
  expect((error as Error).message).toMatch(/"workflow_dispatch" event carries no base commit; set the base-ref input/);
});

test('inputs win over the event', () => {
  expect(eventRefs('pull_request', pr, { baseRef: 'main' })).toMatchObject({ base: 'main', head: 'h'.repeat(40) });
});

test('a malformed payload is not trusted for refs', () => {
  expect(() => eventRefs('pull_request', { pull_request: { base: { sha: 42 } } })).toThrow(InputError);
  expect(eventRefs('pull_request', { pull_request: { base: { sha: 'abc' }, number: -1 } }).pullNumber).toBeUndefined();
});
