import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, lstatSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyzeCodeChange } from '../../src/analyze/new-facts.js';
import type { ExtractedPackage, FileEntry } from '../../src/types.js';

function load(root: string): ExtractedPackage {
  const files = new Map<string, FileEntry>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      const st = lstatSync(full);
      if (st.isSymbolicLink()) continue;
      if (st.isDirectory()) { if (name !== 'node_modules') walk(full); continue; }
      const data = readFileSync(full);
      const path = relative(root, full);
      const text = data.length < 4 * 1024 * 1024 && !data.subarray(0, 8000).includes(0) ? data.toString('utf8') : undefined;
      files.set(path, { path, size: data.length, sha256: createHash('sha256').update(data).digest('hex'), mode: st.mode, type: 'file', ...(text !== undefined ? { text } : {}) });
    }
  };
  walk(root);
  return { files, anomalies: [], truncated: false };
}

test('bench', () => {
  const nm = '/work/main/node_modules';
  const names: string[] = [];
  for (const n of readdirSync(nm)) {
    if (n.startsWith('.')) continue;
    if (n.startsWith('@')) for (const m of readdirSync(join(nm, n))) names.push(`${n}/${m}`);
    else names.push(n);
  }
  const lines: string[] = [];
  const t0 = Date.now();
  let slow: Array<[string, number]> = [];
  for (const name of names) {
    const s = Date.now();
    const pkg = load(join(nm, name));
    const facts = analyzeCodeChange(null, pkg, 'registry');
    slow.push([name, Date.now() - s]);
    for (const f of facts) lines.push(`${name}: ${f.key} [${f.severity}] ${f.file}:${f.line} ${f.evidence?.slice(0, 100)}`);
  }
  slow.sort((a, b) => b[1] - a[1]);
  console.log(`${names.length} packages in ${Date.now() - t0} ms; slowest ${JSON.stringify(slow.slice(0, 8))}\n${lines.join('\n')}`);
});
