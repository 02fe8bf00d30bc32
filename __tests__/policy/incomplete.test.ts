import { couldNotReview, incompleteAdvice, incompletePackages, incompleteReason, verdictWithIncomplete } from '../../src/policy/incomplete.js';
import type { ReviewErrorCode } from '../../src/model/codes.js';
import type { ReviewError } from '../../src/model/types.js';

const error = (code: string | undefined, name = 'pkg', version = '1.0.0'): ReviewError => ({ name, version, message: 'm', ...(code === undefined ? {} : { code: code as ReviewErrorCode }) });

describe('couldNotReview: one decision per error code', () => {
  test.each([
    ['EFETCH', 'registry'], // registry 5xx / timeouts / resets after retries, or a refused token
    ['EOFFLINE', 'registry'], // offline mode without a cached copy
    ['E404', 'missing'], // not on the registry depdiff asked (resolved elsewhere), or a version it no longer serves
    ['EUNTAR', 'unreadable'],
    ['ELIMIT', 'unreadable'], // over a size bound: only part of the package, or none of it, was read
    ['EINTEGRITY', 'unreadable'],
    ['EANALYZE', 'analysis'],
    ['ETIMEOUT', 'analysis'],
  ])('%s leaves the package unreviewed (%s)', (code, reason) => {
    expect(incompleteReason(error(code))).toBe(reason);
    expect(couldNotReview(error(code))).toBe(true);
  });

  test('ESOURCE (git and tarball-URL sources, never fetched by design) is not an incomplete review', () => {
    expect(incompleteReason(error('ESOURCE'))).toBeNull();
    expect(couldNotReview(error('ESOURCE'))).toBe(false);
  });

  test('an unknown code, or none, fails closed', () => {
    expect(incompleteReason(error('ESOMETHINGNEW'))).toBe('unknown');
    expect(incompleteReason(error(undefined))).toBe('registry');
    // An inherited property name is not a known code.
    expect(incompleteReason(error('constructor'))).toBe('unknown');
  });
});

test('packages are counted once, whichever of their versions failed', () => {
  expect(incompletePackages([error('EFETCH', 'a', '1.0.0'), error('EFETCH', 'a', '2.0.0'), error('ELIMIT', 'b'), error('ESOURCE', 'c')])).toBe(2);
  expect(incompletePackages([])).toBe(0);
});

test('an incomplete review fails the verdict unless allowed; it never turns a fail into a pass', () => {
  expect(verdictWithIncomplete('pass', [error('EFETCH')], false)).toBe('fail');
  expect(verdictWithIncomplete('pass', [error('EFETCH')], true)).toBe('pass');
  expect(verdictWithIncomplete('fail', [error('EFETCH')], true)).toBe('fail');
  expect(verdictWithIncomplete('pass', [error('ESOURCE')], false)).toBe('pass');
  expect(verdictWithIncomplete('pass', [], false)).toBe('pass');
});

test('the advice names what happened and what to do, once per reason', () => {
  const advice = incompleteAdvice([error('EFETCH', 'a'), error('EOFFLINE', 'b'), error('E404', 'c')]);
  expect(advice).toHaveLength(2);
  expect(advice[0]).toMatch(/^The registry failed after retries or refused access: re-run the job, and for a private registry set the registry .*\.npmrc/);
  expect(advice[1]).toMatch(/^Not found on the registry depdiff used: set the registry/);
  expect(incompleteAdvice([error('ESOURCE')])).toEqual([]);
});
