#!/usr/bin/env node
// How much parsing a text pre-filter could save without losing a fact (issue 10): scans every JavaScript file of
// node_modules and the test fixtures with the real analysis (src/checks/code/source-facts.ts, bundled on the fly) and
// counts the files that yield no fact and no local import, and those a token filter would skip; a skipped file that
// does yield something is a miss. The README's Performance section quotes its output.
//   node scripts/prefilter-headroom.mjs [DIR ...]
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// A file passes when it holds any token through which the analysis can find a fact or a local import.
const FILTERS = {
  sound:
    /require|import|export|eval|Function|constructor|_compile|process|env|global|window|self|this|fetch|XMLHttpRequest|WebSocket|sendBeacon|ethereum|Buffer|String|atob|CharCode|decode|unescape|inflate|gunzip|Decipher|_0x|\\|:\/\/|setTimeout|setInterval|\+|`|concat|join|replace|npmrc|yarnrc|ssh|id_|aws|gcloud|credential|azure|gitconfig|docker|kube|\.env|\/etc\/|exodus|electrum|wallet|solana|nkbihf|chrome|brave|login data|local state|mozilla|cookies|[A-Za-z0-9+/=]{200}/,
  keywords: /require|import|eval|Function|constructor|_compile|process|global|window|self|this\s*\[|fetch|XMLHttpRequest|WebSocket|sendBeacon|ethereum|Buffer|atob|CharCode|decodeURI|unescape|_0x|\\x|\\u|:\/\/|setTimeout|setInterval/,
};
const MAX_AST_BYTES = 1024 * 1024;

const out = mkdtempSync(join(tmpdir(), 'depdiff-prefilter-'));
await build({ entryPoints: [resolve('src/checks/code/source-facts.ts')], bundle: true, platform: 'node', format: 'esm', outfile: join(out, 'source-facts.mjs'), logLevel: 'warning' });
const { scanSource } = await import(pathToFileURL(join(out, 'source-facts.mjs')).href);

function* jsFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat?.isDirectory()) yield* jsFiles(path);
    else if (stat?.isFile() && /\.(js|cjs|mjs)$/.test(name) && stat.size <= MAX_AST_BYTES) yield path;
  }
}

const dirs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['node_modules', '__tests__/fixtures'];
const totals = { files: 0, bytes: 0, silentFiles: 0, silentBytes: 0 };
const skipped = Object.fromEntries(Object.keys(FILTERS).map((name) => [name, { files: 0, bytes: 0, misses: 0 }]));
for (const dir of dirs) {
  for (const path of jsFiles(dir)) {
    const text = readFileSync(path, 'utf8');
    const scan = scanSource(path, text);
    const silent = scan.facts.length === 0 && scan.localImports.length === 0;
    totals.files++;
    totals.bytes += text.length;
    if (silent) (totals.silentFiles++, (totals.silentBytes += text.length));
    for (const [name, filter] of Object.entries(FILTERS)) {
      if (filter.test(text)) continue;
      skipped[name].files++;
      skipped[name].bytes += text.length;
      if (!silent) skipped[name].misses++;
    }
  }
}
rmSync(out, { recursive: true, force: true });
console.log(JSON.stringify({ ...totals, skipped }, null, 2));
