// Bundles the Action entry and the CLI into single ESM files that run with no node_modules.
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
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  banner: { js: banner },
  // jsonc-parser's "main" is a UMD build whose require() calls a bundler cannot follow; its ESM build bundles cleanly.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
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
