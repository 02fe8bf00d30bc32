import { pulledInBy } from '../../src/report/pulled-in-by.js';

test('a nested npm or bun path names the package that needs it, scoped names included', () => {
  expect(pulledInBy(['node_modules/a/node_modules/b'])).toEqual(['a']);
  expect(pulledInBy(['node_modules/@s/a/node_modules/@t/b', 'node_modules/c/node_modules/d/node_modules/@t/b'])).toEqual(['@s/a', 'c']);
  expect(pulledInBy(['packages/web/node_modules/x/node_modules/b'])).toEqual(['x']);
});

test('hoisted copies and pnpm or yarn entries say nothing', () => {
  expect(pulledInBy(['node_modules/b', 'node_modules/@s/b'])).toEqual([]);
  expect(pulledInBy(['/@vitest/expect/0.29.3', '@eslint/js@9.19.0', '.', 'packages/web', '@esbuild/aix-ppc64@npm:0.21.5'])).toEqual([]);
});

test('at most a few, each once', () => {
  const paths = ['a', 'b', 'c', 'd', 'a'].map((name) => `node_modules/${name}/node_modules/z`);
  expect(pulledInBy(paths)).toEqual(['a', 'b', 'c']);
});
