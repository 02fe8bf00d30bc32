// Bundles the Action entry and the CLI into single ESM files that run with no node_modules, for Node 22 and later
// (the CLI's supported versions, `engines` in package.json; the Action runs on node24).
// pacote and its dependencies are CommonJS and use require/__dirname/__filename, which an ESM
// bundle does not define: the banner defines them from import.meta.url.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

const banner = [
  "import { createRequire as __depdiffCreateRequire } from 'node:module';",
  "import { fileURLToPath as __depdiffFileURLToPath } from 'node:url';",
  "import { dirname as __depdiffDirname } from 'node:path';",
  'const require = __depdiffCreateRequire(import.meta.url);',
  'const __filename = __depdiffFileURLToPath(import.meta.url);',
  'const __dirname = __depdiffDirname(__filename);',
].join('\n');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  banner: { js: banner },
  // jsonc-parser's "main" is a UMD build whose require() calls a bundler cannot follow; its ESM build bundles cleanly.
  // @yarnpkg/parsers' entry also pulls in its shell and resolution grammars (~115 KB); depdiff uses only parseSyml.
  // iconv-lite: see scripts/bundle-stubs/iconv-lite.cjs.
  alias: {
    'jsonc-parser': 'jsonc-parser/lib/esm/main.js',
    '@yarnpkg/parsers': './node_modules/@yarnpkg/parsers/lib/syml.js',
    'iconv-lite': './scripts/bundle-stubs/iconv-lite.cjs',
  },
};

await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' });
// Both entries start their analysis workers from this file, beside them in dist/.
await build({ ...common, entryPoints: ['src/checks/code/worker.ts'], outfile: 'dist/analyze-worker.js' });
await build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node\n' + banner },
});
chmodSync('dist/cli.js', 0o755);
