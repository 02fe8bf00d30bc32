import { slimPackument } from '../../src/registry/slim-packument.js';
import type { Packument } from '../../src/model/types.js';

test("keeps each version's description, cut to 200 characters, and drops the readme", () => {
  const doc = {
    name: 'a',
    readme: 'x'.repeat(10_000),
    description: 'top level',
    versions: {
      '1.0.0': { name: 'a', version: '1.0.0', description: 'Parses things.', readme: 'long' },
      '2.0.0': { name: 'a', version: '2.0.0', description: 'y'.repeat(5000) },
      '3.0.0': { name: 'a', version: '3.0.0', description: { not: 'a string' } },
    },
  } as unknown as Packument;
  const slim = slimPackument(doc) as unknown as Record<string, unknown> & Packument;
  expect(slim.readme).toBeUndefined();
  expect(slim.versions['1.0.0']).toEqual({ name: 'a', version: '1.0.0', description: 'Parses things.' });
  expect(slim.versions['2.0.0']!.description).toBe('y'.repeat(200));
  expect(slim.versions['3.0.0']).not.toHaveProperty('description');
});
