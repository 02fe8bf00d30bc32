// Rewrites action.yml's inputs and the README's inputs and CLI tables from src/options/definitions.ts.
// Run after changing an option: npm run options:docs
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'depdiff-options-docs-'));
try {
  const outfile = join(dir, 'docs.mjs');
  await build({ entryPoints: [join(root, 'src/options/docs.ts')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning' });
  const docs = await import(pathToFileURL(outfile).href);
  const actionPath = join(root, 'action.yml');
  writeFileSync(actionPath, docs.withGeneratedInputs(readFileSync(actionPath, 'utf8')));
  const readmePath = join(root, 'README.md');
  let readme = readFileSync(readmePath, 'utf8');
  readme = docs.replaceBetween(readme, docs.README_TABLE_START, docs.README_TABLE_END, docs.readmeInputsTable());
  readme = docs.replaceBetween(readme, docs.README_CLI_START, docs.README_CLI_END, docs.readmeCliTable());
  writeFileSync(readmePath, readme);
  console.log('action.yml inputs and README inputs table written from src/options/definitions.ts');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
