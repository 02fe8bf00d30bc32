import { atLeast, severityRank, worstOf } from '../../src/policy/severity.js';
import { SEVERITIES } from '../../src/model/types.js';

test('severities rank critical > high > medium > low > info', () => {
  const ranks = SEVERITIES.map(severityRank);
  expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
  expect(new Set(ranks).size).toBe(SEVERITIES.length);
});

test('atLeast compares against the fail-on threshold', () => {
  expect(atLeast('critical', 'high')).toBe(true);
  expect(atLeast('high', 'high')).toBe(true);
  expect(atLeast('medium', 'high')).toBe(false);
  expect(atLeast('low', 'low')).toBe(true);
  expect(atLeast('info', 'low')).toBe(false);
  expect(atLeast('critical', 'never')).toBe(false);
});

test('worstOf picks the worst or null', () => {
  expect(worstOf(['low', 'high', 'medium'])).toBe('high');
  expect(worstOf([])).toBeNull();
});
