// Jest transform for the TypeScript sources and tests: esbuild strips the types (the same compiler that builds
// dist/), keeping ES modules as they are. Type checking is `tsc --noEmit`'s job, run by .ci/run; doing it
// again per test file made ts-jest the slowest part of `npm test`.
const { transformSync } = require('esbuild');
const { createHash } = require('node:crypto');
const { version } = require('esbuild/package.json');

// 20.10: the first Node 20 with import attributes (`with { type: 'json' }`), which a lower target strips.
const TARGET = 'node20.10';

module.exports = {
  process(source, path) {
    const { code, map } = transformSync(source, {
      loader: 'ts',
      format: 'esm',
      target: TARGET,
      sourcemap: 'external',
      sourcefile: path,
    });
    return { code, map };
  },
  getCacheKey(source, path) {
    return createHash('sha256').update(version).update('\0').update(TARGET).update('\0').update(path).update('\0').update(source).digest('hex');
  },
};
