import { SEVERITIES } from '../src/types.js';
import { InputError } from '../src/errors.js';

test('the model lists severities worst first', () => {
  expect(SEVERITIES[0]).toBe('critical');
  expect(new InputError('x', { file: 'a', line: 2 }).line).toBe(2);
});
