import { groupNewDependencies } from '../../src/pipeline/group-new-dependencies.js';
import type { Change, Fact } from '../../src/model/types.js';

const change: Change = { name: 'typescript', from: '6.0.3', to: '7.0.2', type: 'updated', direct: true, dev: true, lockfile: 'package-lock.json' };
const dependency = (name: string): Fact => ({
  key: `new-dependency:${name}`,
  kind: 'new-dependency',
  severity: 'low',
  detail: `typescript@7.0.2 now depends on \`${name}\`.`,
  evidence: `${name}@7.0.2`,
  file: 'package.json',
});
const shell: Fact = { key: 'shell:child_process.spawn', kind: 'shell', severity: 'high', detail: 'spawns.' };

test('a few new dependencies stay one finding each', () => {
  const facts = [shell, dependency('a'), dependency('b'), dependency('c')];
  expect(groupNewDependencies(facts, change)).toEqual(facts);
});

test('a family of new dependencies becomes one finding that lists them all', () => {
  const names = ['@typescript/typescript-linux-x64', '@typescript/typescript-darwin-arm64', '@typescript/typescript-win32-x64', '@typescript/typescript-linux-arm64', '@typescript/typescript-sunos-x64'];
  const grouped = groupNewDependencies([shell, ...names.map(dependency)], change);
  expect(grouped).toHaveLength(2);
  expect(grouped[0]).toBe(shell);
  expect(grouped[1]).toMatchObject({
    kind: 'new-dependency',
    severity: 'low',
    key: 'new-dependency:5-packages',
    file: 'package.json',
    detail: expect.stringContaining('now depends on 5 packages that 6.0.3 did not (`@typescript/typescript-linux-x64`, `@typescript/typescript-darwin-arm64`, `@typescript/typescript-win32-x64` and 2 more)'),
  });
  expect(grouped[1]!.evidence!.split('\n')).toEqual(names.map((name) => `${name}@7.0.2`));
});
