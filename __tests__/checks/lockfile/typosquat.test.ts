import { HIGH_IMPACT_PACKAGES, POPULAR_PACKAGES, POPULAR_SOURCE } from '../../../src/checks/lockfile/popular-packages.js';
import { editDistance, typosquatOf } from '../../../src/checks/lockfile/typosquat.js';

describe('typosquatOf', () => {
  test.each([
    ['lodahs', 'lodash'], // swapped neighbours
    ['loadash', 'lodash'], // an extra letter
    ['expres', 'express'], // a missing letter
    ['chalkk', 'chalk'], // a doubled letter
    ['electorn', 'electron'],
    ['mongose', 'mongoose'],
    ['crossenv', 'cross-env'], // the 2017 crossenv campaign: separators dropped
    ['cross_env', 'cross-env'],
    ['cross-env.js', 'cross-env'], // ... and a `.js` suffix
    ['lodash-js', 'lodash'],
    ['nodesass', 'node-sass'],
    ['Lodash', 'lodash'], // legacy mixed-case names
    ['@typse/node', '@types/node'], // a look-alike scope
    ['@type/node', '@types/node'],
    ['@typescript_eslint/parser', '@typescript-eslint/parser'],
    ['typesnode', '@types/node'], // a collapsed scope
    ['types-node', '@types/node'],
    ['@types-node', '@types/node'],
  ])('%s imitates %s', (name, popular) => {
    expect(typosquatOf(name)).toBe(popular);
  });

  test.each([
    'lodash', 'react-dom', 'preact', 'axios-retry', 'debug', 'ms', 'ws', 'co', 'cs', // brief's negatives
    'colors', 'color', 'uuid', 'guid', // real near-pairs
    'eslint', 'tslint', 'jsdom', 'jsdoc', 'mysql', 'mysql2', 'mssql', // popular pairs that look alike
    'safer-buffer', 'object.assign', 'socks', 'rambda', 'prompt', 'types-react', 'camel-case', // established look-alikes
    'eslint-plugin-import-x', 'babel-preset-es2016', 'lodash.mergewith', // siblings by naming convention
    'dargs', 'rsync', 'gaxios', // a changed first letter is a different word, not a typo
    'node', 'babel-core', 'core', // an unscoped copy of a scoped name's part is not a squat
    '@acme/lodash', '@types/nodee', '@babel/cor', // another scope's fork; inside a popular scope only its owner publishes
    'some-internal-thing', '',
  ])('%s is not reported', (name) => {
    expect(typosquatOf(name)).toBeNull();
  });

  test.each(['ansicolors', 'asn1.js', 'callsite', 'dedent-js', 'date-format', 'binaryextensions'])(
    '%s is high-impact itself (one edit from a more popular name): not reported',
    (name) => {
      expect(HIGH_IMPACT_PACKAGES.has(name)).toBe(true);
      expect(POPULAR_PACKAGES).not.toContain(name);
      expect(typosquatOf(name)).toBeNull();
    },
  );

  test.each(['isnumber', 'lrucache'])('%s, an established package below the high-impact bar, is not reported', (name) => {
    expect(typosquatOf(name)).toBeNull();
  });

  test('the lists come from npm-high-impact with the date they were generated', () => {
    expect(POPULAR_SOURCE.package).toBe('npm-high-impact');
    expect(POPULAR_SOURCE.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(POPULAR_PACKAGES.length).toBeGreaterThanOrEqual(2_000);
    expect(HIGH_IMPACT_PACKAGES.size).toBeGreaterThan(10_000);
    for (const name of ['lodash', 'react', 'express', '@types/node', 'cross-env', 'electron']) expect(POPULAR_PACKAGES).toContain(name);
  });

  test('no popular name is reported as a squat of another', () => {
    expect(POPULAR_PACKAGES.filter((name) => typosquatOf(name) !== null)).toEqual([]);
  });

  // How long it takes belongs to the benchmark; a hang still ends at jest's test timeout.
  test('checks a lockfile of thousands of new names', () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `generated-package-name-${i}`);
    expect(names.filter((name) => typosquatOf(name) !== null)).toEqual([]);
  });

  test('absurdly long names are skipped, not compared', () => {
    expect(typosquatOf(`lodash${'x'.repeat(300)}`)).toBeNull();
  });
});

describe('editDistance', () => {
  test('counts a swap of neighbours as one edit and stops above the limit', () => {
    expect(editDistance('lodahs', 'lodash', 2)).toBe(1);
    expect(editDistance('expres', 'express', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2);
    expect(editDistance('a', 'abcd', 1)).toBe(2);
  });
});
