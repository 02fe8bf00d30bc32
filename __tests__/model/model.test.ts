import { readFileSync } from 'node:fs';
import { FINDING_KINDS, SEVERITIES } from '../../src/model/types.js';
import { VERSION } from '../../src/model/version.js';

test('the model lists severities worst first and kinds are unique', () => {
  expect(SEVERITIES[0]).toBe('critical');
  expect(new Set(FINDING_KINDS).size).toBe(FINDING_KINDS.length);
});

test('the version reported by depdiff is the package version', () => {
  expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
});
