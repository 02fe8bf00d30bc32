// Renders a depdiff JSON report as the PR comment (or, with --full, the job summary) Markdown, from the
// current sources: for looking at the comment of a real review without running one.
// Usage: node scripts/render-report.mjs report.json [--full] [--max-chars N] > comment.md
import { build } from 'esbuild';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith('--') && !/^\d+$/.test(arg));
if (file === undefined) {
  console.error('usage: node scripts/render-report.mjs report.json [--full] [--max-chars N]');
  process.exit(2);
}
const maxIndex = args.indexOf('--max-chars');
const maxChars = maxIndex === -1 ? undefined : Number(args[maxIndex + 1]);

const dir = mkdtempSync(join(tmpdir(), 'depdiff-render-'));
try {
  const out = join(dir, 'markdown.mjs');
  await build({ entryPoints: [new URL('../src/report/markdown.ts', import.meta.url).pathname], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error' });
  const { renderMarkdown } = await import(pathToFileURL(out).href);
  const report = JSON.parse(readFileSync(file, 'utf8'));
  process.stdout.write(renderMarkdown(report, { marker: '<!-- depdiff -->', full: args.includes('--full'), maxChars, overflowPointer: 'See the job summary for the full report.' }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
