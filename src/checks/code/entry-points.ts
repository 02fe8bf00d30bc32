// The files npm runs or loads for a package: its entry points (`main`, `module`, `browser`, `bin`, `directories.bin`,
// `exports`, `imports`) and the files its install scripts run, for the package and for every dependency bundled in
// its tarball. Folder heuristics (tests, docs) never apply to these: a payload named by `main` runs wherever it lives.
import type { FileEntry, SourceType } from '../../model/types.js';
import { lifecycleScripts, scriptFiles } from './install-scripts.js';

export interface NpmRuns {
  /** Files loaded or run when the package is used, each with the field that names it (`main`, `bin.tool`, ...). */
  entries: Map<string, string>;
  /** Entry points node runs as JavaScript whatever their name: `main` and `bin` targets, and install-script files. */
  scripts: Set<string>;
  /** Files an install script runs, each with the script that runs it. */
  installFiles: Map<string, string>;
  /** Dependencies bundled in the tarball, by folder (`node_modules/dep`), with their parsed manifests. */
  bundled: Array<{ root: string; manifest: Record<string, unknown> }>;
}

/** Bounds against a hostile manifest: wildcard targets that match the whole package, or thousands of bundled folders. */
const MAX_PATTERN_MATCHES = 2000;
const MAX_BUNDLED = 500;
const MAX_MANIFEST_DEPTH = 32;
const BUNDLED_MANIFEST = /(^|\/)node_modules\/(@[^/]+\/)?[^/@][^/]*\/package\.json$/;

/**
 * npm's own path cleaning for `bin` (and `directories.bin`): backslashes and colons become slashes, and the path
 * is resolved against the package root, so `../../x` means `x`. Returns '' for the root itself.
 */
export function securePath(ref: string): string {
  const parts: string[] = [];
  for (const segment of ref.replace(/[\\:]/g, '/').split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/** Node's CommonJS lookup for a path inside the package: the file, with an extension, or its folder's index. */
function resolveModule(path: string, files: Map<string, FileEntry>): string | undefined {
  const base = securePath(path);
  const candidates = base === '' ? ['index.js', 'index.json', 'index.node'] : [base, `${base}.js`, `${base}.json`, `${base}.node`, `${base}/index.js`, `${base}/index.json`, `${base}/index.node`];
  return candidates.find((candidate) => files.get(candidate)?.type === 'file');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Every string target of an `exports`/`imports` value: conditions, nesting and fallback arrays included. */
function targets(value: unknown, depth = 0, out: string[] = []): string[] {
  if (depth > MAX_MANIFEST_DEPTH || out.length > MAX_PATTERN_MATCHES) return out;
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) targets(item, depth + 1, out);
  else if (isRecord(value)) for (const item of Object.values(value)) targets(item, depth + 1, out);
  return out;
}

/**
 * The package files an `exports`/`imports` target can load: the file itself, every file a `*` pattern matches
 * (a `*` stands for any string, slashes included), or every file under a legacy folder mapping (`./lib/`).
 * Targets that name other packages (`imports` may) are not files of this one.
 */
function targetFiles(target: string, files: Map<string, FileEntry>): string[] {
  if (!target.startsWith('./')) return [];
  const clean = target.slice(2);
  const star = clean.indexOf('*');
  if (star < 0 && !clean.endsWith('/')) {
    const path = securePath(clean);
    return files.get(path)?.type === 'file' ? [path] : [];
  }
  // Text before the first and after the last `*`: a superset of what Node matches, checked without a regex that
  // a target full of stars could make slow.
  const prefix = star < 0 ? clean : clean.slice(0, star);
  const suffix = star < 0 ? '' : clean.slice(clean.lastIndexOf('*') + 1);
  return filesWhere(files, (path) => path.length >= prefix.length + suffix.length && path.startsWith(prefix) && path.endsWith(suffix));
}

function filesWhere(files: Map<string, FileEntry>, test: (path: string) => boolean): string[] {
  const matched: string[] = [];
  for (const [path, file] of files) {
    if (file.type !== 'file' || !test(path)) continue;
    matched.push(path);
    if (matched.length >= MAX_PATTERN_MATCHES) break;
  }
  return matched;
}

/** What one manifest makes npm run, with paths relative to its own folder. */
function manifestRuns(manifest: Record<string, unknown> | null, files: Map<string, FileEntry>, source: SourceType): Omit<NpmRuns, 'bundled'> {
  const entries = new Map<string, string>();
  const scripts = new Set<string>();
  const add = (path: string | undefined, why: string, script = false) => {
    if (path === undefined) return;
    if (!entries.has(path)) entries.set(path, why);
    if (script) scripts.add(path);
  };
  const binFile = (path: string) => (files.get(securePath(path))?.type === 'file' ? securePath(path) : undefined);
  const main = manifest?.main;
  // Node loads `index.js` when `main` is absent (or names nothing).
  add(resolveModule(typeof main === 'string' ? main : '', files) ?? resolveModule('', files), typeof main === 'string' ? '`main`' : 'the default `main` (index.js)', true);
  if (typeof manifest?.module === 'string') add(resolveModule(manifest.module, files), '`module`');
  const browser = manifest?.browser;
  if (typeof browser === 'string') add(resolveModule(browser, files), '`browser`');
  else if (isRecord(browser)) {
    for (const [from, to] of Object.entries(browser)) if (typeof to === 'string') add(resolveModule(to, files), `\`browser["${from}"]\``);
  }

  const bin = manifest?.bin;
  if (typeof bin === 'string') add(binFile(bin), '`bin`', true);
  else if (Array.isArray(bin)) {
    for (const path of bin) if (typeof path === 'string') add(binFile(path), '`bin`', true);
  } else if (isRecord(bin)) {
    for (const [name, path] of Object.entries(bin)) if (typeof path === 'string') add(binFile(path), `\`bin.${name}\``, true);
  }
  const directories = manifest?.directories;
  // npm links every file of `directories.bin` when there is no `bin`; reviewing them either way costs little.
  if (isRecord(directories) && typeof directories.bin === 'string') {
    const folder = securePath(directories.bin);
    for (const path of filesWhere(files, (p) => folder === '' || p.startsWith(`${folder}/`))) add(path, '`directories.bin`', true);
  }
  for (const field of ['exports', 'imports'] as const) {
    const value = manifest?.[field];
    if (value === undefined || value === null) continue;
    for (const target of targets(value)) for (const path of targetFiles(target, files)) add(path, `\`${field}\``);
  }

  const installFiles = new Map<string, string>();
  for (const [name, script] of lifecycleScripts(manifest, source)) {
    for (const path of scriptFiles(script, files)) {
      if (!installFiles.has(path)) installFiles.set(path, `the \`${name}\` script`);
      scripts.add(path);
    }
  }
  return { entries, scripts, installFiles };
}

/** The files below `root/`, with paths relative to it. */
function subtree(files: Map<string, FileEntry>, root: string): Map<string, FileEntry> {
  const prefix = `${root}/`;
  const sub = new Map<string, FileEntry>();
  for (const [path, file] of files) if (path.startsWith(prefix)) sub.set(path.slice(prefix.length), file);
  return sub;
}

export function parseManifest(text: string | undefined): Record<string, unknown> | null {
  if (text === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return isRecord(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** The files npm runs for a package, given its root manifest (null when unreadable) and its files. */
export function npmRuns(manifest: Record<string, unknown> | null, files: Map<string, FileEntry>, source: SourceType): NpmRuns {
  const { entries, scripts, installFiles } = manifestRuns(manifest, files, source);
  const bundled: NpmRuns['bundled'] = [];
  for (const path of [...files.keys()].filter((p) => BUNDLED_MANIFEST.test(p)).sort().slice(0, MAX_BUNDLED)) {
    const bundledManifest = parseManifest(files.get(path)?.text);
    if (!bundledManifest) continue;
    const root = path.slice(0, -'/package.json'.length);
    bundled.push({ root, manifest: bundledManifest });
    // A bundled dependency is installed like any other: its install scripts run (prepare never does for it).
    const inner = manifestRuns(bundledManifest, subtree(files, root), 'registry');
    for (const [file, why] of inner.entries) if (!entries.has(`${root}/${file}`)) entries.set(`${root}/${file}`, `${why} of ${root}`);
    for (const [file, why] of inner.installFiles) if (!installFiles.has(`${root}/${file}`)) installFiles.set(`${root}/${file}`, `${why} of ${root}`);
    for (const file of inner.scripts) scripts.add(`${root}/${file}`);
  }
  return { entries, scripts, installFiles, bundled };
}
