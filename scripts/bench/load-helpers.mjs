// Loads the test registry and the lockfile writer (TypeScript under __tests__/helpers) for the bench:
// esbuild bundles them into node_modules/.cache, where their own imports (semver) still resolve.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function loadHelpers(root = resolve('.')) {
  const outdir = join(root, 'node_modules', '.cache', 'depdiff-bench');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, 'helpers.mjs');
  await build({
    stdin: {
      contents: "export * from './__tests__/helpers/test-registry.ts'; export * from './__tests__/helpers/lockfile-writer.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  return import(pathToFileURL(outfile).href);
}
