// All facts of one package version: its code file by file (cached by content hash), shipped binaries and scripts,
// install scripts, and anomalies of the tarball itself.
import type { TarballAnomalyCode } from '../../model/codes.js';
import type { ExtractedPackage, Fact, FileEntry, Severity, SourceType, TarballAnomaly } from '../../model/types.js';
import { DOWNLOADERS } from './ast/programs.js';
import { binaryFacts, isShellScript } from './binaries.js';
import { npmRuns, type NpmRuns } from './entry-points.js';
import { installScriptFacts } from './install-scripts.js';
import { malformedManifestFacts, readManifest } from './manifest-facts.js';
import { isSourceFile, scanSource } from './source-facts.js';
import { shellScriptFacts } from './token-scan.js';

/** A fact of package code; `installTime` marks facts of files an install script runs (or that those load). */
export interface CodeFact extends Fact {
  installTime?: boolean;
  /** For install-script facts: the script's name and command, to say what a changed command was before. */
  script?: { name: string; command: string };
}

/** What one file's analysis found: its facts, and the relative modules it loads (to follow what npm runs). */
export interface FileScan {
  facts: Fact[];
  localImports: string[];
}

/**
 * Scans by content hash (`js:<sha256>` or `sh:<sha256>`): content-addressed, so safe to share across packages and
 * reviews. Facts and imports live in the same entry, so whoever clears the cache clears both.
 */
export type FactCache = Map<string, FileScan>;

// Tests, examples, docs and benchmarks do not run when the package is used: a test that spawns a process is not a
// capability of the package. Files there still count when npm runs them (entry points, install scripts) or shipped
// code loads them.
const NOT_SHIPPED_CODE = /(^|\/)(test|tests|__tests__|__mocks__|spec|specs|example|examples|docs|doc|benchmark|benchmarks|fixtures)\//i;
const NOT_CODE = /(\.d\.[cm]?ts|\.map|\.md|\.markdown|\.txt)$|(^|\/)(LICEN[CS]E|CHANGELOG|README)[^/]*$/i;
/** Files node loads without running them as code (`require('./data.json')`) or that binaryFacts covers. */
const NOT_SCRIPT = /\.(json|node)$/i;
/** Assets `exports` and `browser` also name (styles, types, images): not code unless node runs them as `main`/`bin`. */
const ASSET = /\.(json|node|css|scss|sass|less|html?|svg|png|jpe?g|gif|webp|avif|ico|woff2?|ttf|otf|eot|wasm|map|md|markdown|txt|d\.[cm]?ts)$/i;
const CODE_EXTENSION = /\.(js|cjs|mjs|jsx|ts|cts|mts|tsx|sh|bash|zsh|bat|cmd|ps1)$/i;
/** Files reached by following imports, beyond the ones analyzed anyway: a bound against import graphs built to exhaust us. */
const MAX_FOLLOWED_IMPORTS = 20000;

function restamp(facts: Fact[], path: string): Fact[] {
  return facts.map((fact) => {
    if (fact.file === path) return { ...fact };
    const detail = fact.file && fact.detail.startsWith(fact.file) ? path + fact.detail.slice(fact.file.length) : fact.detail;
    return { ...fact, file: path, detail };
  });
}

function resolveImport(from: string, specifier: string, files: Map<string, FileEntry>): string | undefined {
  const parts = from.split('/').slice(0, -1);
  for (const segment of specifier.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  const base = parts.join('/');
  for (const path of [base, `${base}.js`, `${base}.cjs`, `${base}.mjs`, `${base}.ts`, `${base}/index.js`, `${base}/index.cjs`, `${base}/index.mjs`]) {
    if (files.get(path)?.type === 'file') return path;
  }
  return undefined;
}

const ANOMALY_SEVERITY: Partial<Record<TarballAnomalyCode, Severity>> = {
  'gzip-bomb': 'critical',
  'path-traversal': 'critical',
  'absolute-path': 'critical',
  symlink: 'high',
  hardlink: 'high',
  'duplicate-path': 'high',
};

/**
 * Bounds on what is reviewed. Like every fact, these count only when the old version did not hit them
 * too, so they fire on a package that suddenly outgrows the review: a way to hide code past the limit.
 */
const SIZE_BOUNDS = new Set<TarballAnomalyCode>(['too-large', 'too-many-files']);

function anomalyFact(anomaly: TarballAnomaly): Fact {
  const text = anomaly.message.replace(/\.$/, '');
  const message = /^the /.test(text) ? `The${text.slice(3)}` : text;
  const handmade = ANOMALY_SEVERITY[anomaly.code] !== undefined;
  const sizeBound = SIZE_BOUNDS.has(anomaly.code);
  return {
    key: `tarball-anomaly:${anomaly.code}`,
    kind: 'tarball-anomaly',
    severity: ANOMALY_SEVERITY[anomaly.code] ?? (sizeBound ? 'high' : 'medium'),
    detail: handmade
      ? `${message}: \`npm publish\` never produces this, so the archive was built by hand, possibly to attack the machines that unpack it.`
      : sizeBound
        ? `${message}: code past the limit was not reviewed, and outgrowing the review's limits is one way to hide it.`
        : `${message}.`,
    ...(anomaly.path ? { file: anomaly.path } : {}),
  };
}

/** How a file is reached: run by an install script, loaded when the package is used, or merely shipped. */
type Reach = 'install' | 'entry' | 'shipped';

/**
 * `cachedOnly`: read file scans from the cache and treat every other file as if it had no facts and no imports, to learn
 * cheaply what a version surely does (see maskingFacts).
 */
export interface PackageFactsOptions {
  cachedOnly?: boolean;
}

/** A code file a cachedOnly run skipped: what scanning it into the cache takes. */
export interface UnscannedFile {
  path: string;
  text: string;
  cacheKey: string;
  shell: boolean;
}

export function packageFacts(pkg: ExtractedPackage, source: SourceType, cache: FactCache = new Map(), options: PackageFactsOptions = {}): CodeFact[] {
  return collectPackageFacts(pkg, source, cache, options).facts;
}

/** What packageFacts would find for a file and put in the cache; a pure function of the file's content and kind. */
function scanFile(path: string, text: string, shell: boolean): FileScan {
  return shell ? { facts: shellScriptFacts(path, text), localImports: [] } : scanSource(path, text);
}

export function scanIntoCache(file: UnscannedFile, cache: FactCache): void {
  const { facts, localImports } = scanFile(file.path, file.text, file.shell);
  cache.set(file.cacheKey, { facts, localImports });
}

export interface MaskingFacts {
  facts: CodeFact[];
  /** True when no file was skipped: `facts` is then exactly packageFacts. */
  complete: boolean;
  /** The skipped files, in the order the run reached them; scanning them into the cache makes the next run surer. */
  unscanned: UnscannedFile[];
}

/**
 * Facts the version surely has, parsing nothing: the facts of files already in the cache (for the old version of a
 * change, the files it shares with the new one, and any scanned since), and those of its manifest and archive. Every
 * key here is also a key of the full packageFacts (skipped files only shrink what is followed and what scripts are
 * seen to run), except for unread-code facts, whose presence depends on how a file is reached; those are left out
 * unless nothing was skipped.
 */
export function maskingFacts(pkg: ExtractedPackage, source: SourceType, cache: FactCache): MaskingFacts {
  const { facts, unscanned } = collectPackageFacts(pkg, source, cache, { cachedOnly: true });
  if (unscanned.length === 0) return { facts, complete: true, unscanned };
  // More files than imports can be followed: the bound could stop the full run earlier, so nothing is sure.
  if (pkg.files.size >= MAX_FOLLOWED_IMPORTS) return { facts: [], complete: false, unscanned: [] };
  return { facts: facts.filter((fact) => !fact.key.startsWith(UNREVIEWED_KEY)), complete: false, unscanned };
}

const UNREVIEWED_KEY = 'tarball-anomaly:unreviewed:';

/** One collectPackageFacts run: the package, what npm runs of it, and what has been scanned and reached so far. */
interface CollectRun {
  files: Map<string, FileEntry>;
  runs: NpmRuns;
  cache: FactCache;
  cachedOnly: boolean;
  /** Each file's scan in this run: cached, fresh, or empty (not code, or skipped by cachedOnly). */
  perFile: Map<string, FileScan>;
  /** The code files cachedOnly skipped, by cache key. */
  unscanned: Map<string, UnscannedFile>;
  /** How each file is reached: the first closure to reach it decides. */
  reachOf: Map<string, Reach>;
  /** Imports followed so far, against MAX_FOLLOWED_IMPORTS. */
  followed: number;
}

function collectPackageFacts(pkg: ExtractedPackage, source: SourceType, cache: FactCache, options: PackageFactsOptions): { facts: CodeFact[]; unscanned: UnscannedFile[] } {
  const { files } = pkg;
  const { manifest, facts: archiveFacts } = readManifest(files);
  const runs = npmRuns(manifest, files, source);
  const run: CollectRun = { files, runs, cache, cachedOnly: Boolean(options.cachedOnly), perFile: new Map(), unscanned: new Map(), reachOf: new Map(), followed: 0 };

  // Three closures over local imports, strongest first: what install scripts run, what using the package loads,
  // then the rest of the shipped code (which may load files from folders otherwise skipped).
  const paths = [...files.keys()].sort();
  followImports(run, runs.installFiles.keys(), 'install');
  followImports(run, runs.entries.keys(), 'entry');
  followImports(run, shippedCodeOf(files, paths), 'shipped');

  const facts = fileFacts(run, paths, manifest);
  const factsOfFile = (path: string) => scanOf(run, path, 'install').facts;
  facts.push(...installScriptFacts(manifest, files, source, factsOfFile).map((fact) => ({ ...fact, installTime: true })));
  for (const { root, manifest: bundledManifest } of runs.bundled) facts.push(...bundledInstallScriptFacts(root, bundledManifest, files, factsOfFile));
  facts.push(...malformedManifestFacts(manifest));
  facts.push(...archiveFacts);
  facts.push(...pkg.anomalies.map(anomalyFact));
  return { facts: withoutStrayHosts(facts), unscanned: [...run.unscanned.values()] };
}

function runsAsScript(runs: NpmRuns, path: string, reach: Reach | undefined): boolean {
  return reach !== undefined && reach !== 'shipped' && (runs.scripts.has(path) ? !NOT_SCRIPT.test(path) : !ASSET.test(path));
}

/** A file's scan, once per run: empty unless the file is code that was read as text. */
function scanOf(run: CollectRun, path: string, reach: Reach): FileScan {
  const known = run.perFile.get(path);
  if (known) return known;
  const file = run.files.get(path);
  let scan: FileScan = { facts: [], localImports: [] };
  if (file?.type === 'file' && file.text !== undefined && file.magic === undefined) {
    const shell = isShellScript(file);
    // Whatever npm runs is read as code, whatever its name; other files only when they look like code.
    const js = !shell && (isSourceFile(path, file.text) || runsAsScript(run.runs, path, reach));
    if (shell || js) scan = cachedScan(run, path, file.text, `${shell ? 'sh' : 'js'}:${file.sha256}`, shell) ?? scan;
  }
  run.perFile.set(path, scan);
  return scan;
}

/** A code file's scan through the content cache; null when a cachedOnly run skips it (and lists it as unscanned). */
function cachedScan(run: CollectRun, path: string, text: string, cacheKey: string, shell: boolean): FileScan | null {
  const cached = run.cache.get(cacheKey);
  if (cached) return { facts: restamp(cached.facts, path), localImports: cached.localImports };
  if (run.cachedOnly) {
    if (!run.unscanned.has(cacheKey)) run.unscanned.set(cacheKey, { path, text, cacheKey, shell });
    return null;
  }
  const scan = scanFile(path, text, shell);
  run.cache.set(cacheKey, { facts: scan.facts, localImports: scan.localImports });
  return scan;
}

/** Marks `seeds` and every file they load (transitively, within MAX_FOLLOWED_IMPORTS) as reached by `reach`, unless reached before. */
function followImports(run: CollectRun, seeds: Iterable<string>, reach: Reach): void {
  const queue = [...seeds].filter((path) => !run.reachOf.has(path));
  for (const path of queue) run.reachOf.set(path, reach);
  while (queue.length > 0) {
    const path = queue.shift()!;
    for (const specifier of scanOf(run, path, reach).localImports) {
      const target = resolveImport(path, specifier, run.files);
      if (target === undefined || run.reachOf.has(target) || run.followed >= MAX_FOLLOWED_IMPORTS) continue;
      run.followed++;
      run.reachOf.set(target, reach);
      queue.push(target);
    }
  }
}

/** The files that are code the package ships, outside tests, examples and docs. */
function shippedCodeOf(files: Map<string, FileEntry>, paths: string[]): string[] {
  return paths.filter((path) => {
    const file = files.get(path)!;
    if (file.type !== 'file' || NOT_CODE.test(path) || NOT_SHIPPED_CODE.test(path)) return false;
    return file.text === undefined ? CODE_EXTENSION.test(path) : isShellScript(file) || isSourceFile(path, file.text);
  });
}

/** Facts of the files themselves: shipped binaries, and the scans of reached code (or why it could not be read). */
function fileFacts(run: CollectRun, paths: string[], manifest: Record<string, unknown> | null): CodeFact[] {
  const facts: CodeFact[] = [];
  for (const path of paths) {
    const file = run.files.get(path)!;
    const reach = run.reachOf.get(path);
    // A native binary counts wherever it is; a test helper script does not.
    if (reach !== undefined || !NOT_SHIPPED_CODE.test(path) || file.magic !== undefined) {
      facts.push(...binaryFacts(file).map((fact) => platformPrebuilt(fact, manifest)));
    }
    if (reach === undefined) continue;
    if (file.type === 'file' && file.text === undefined && file.magic === undefined && (reach === 'shipped' || runsAsScript(run.runs, path, reach))) {
      facts.push(unreviewedFact(file, reach, run.runs.installFiles.get(path) ?? run.runs.entries.get(path)));
      continue;
    }
    for (const fact of scanOf(run, path, reach).facts) facts.push(reach === 'install' ? raiseForInstall(fact) : fact);
  }
  return facts;
}

/**
 * A code file whose bytes nobody read (over the text bound, not UTF-8, or binary-looking despite its name): what it
 * does is unknown, so it is reported. The key holds its content hash, so the same bytes in the old version (any
 * path) mask it: only code that changed unread is news.
 */
function unreviewedFact(file: FileEntry, reach: Reach, why: string | undefined): CodeFact {
  const reason = file.unread ?? `its ${file.size} bytes were not decoded as text (over the per-file limit, not UTF-8, or binary-looking)`;
  const runs =
    reach === 'install'
      ? `it runs at install time (${why ?? 'loaded by a file an install script runs'})`
      : reach === 'entry'
        ? `npm runs it when the package is used (${why ?? 'loaded by an entry point'})`
        : 'it is shipped code';
  return {
    key: `${UNREVIEWED_KEY}${file.sha256}`,
    kind: 'tarball-anomaly',
    severity: reach === 'shipped' ? 'medium' : 'high',
    detail: `${file.path} was not reviewed: ${reason}; ${runs}. Read it before trusting this version.`,
    file: file.path,
    ...(reach === 'install' ? { installTime: true } : {}),
  };
}

/** Install scripts of a dependency bundled in the tarball: npm runs them like the package's own. */
function bundledInstallScriptFacts(root: string, manifest: Record<string, unknown>, files: Map<string, FileEntry>, factsOfFile: (path: string) => Fact[]): CodeFact[] {
  const prefix = `${root}/`;
  const sub = new Map<string, FileEntry>();
  for (const [path, file] of files) if (path.startsWith(prefix)) sub.set(path.slice(prefix.length), file);
  return installScriptFacts(manifest, sub, 'registry', (path) => factsOfFile(prefix + path)).map((fact) => ({
    ...fact,
    script: { ...fact.script, name: `${root}:${fact.script.name}` },
    key: fact.key.replace(/^install-script:/, `install-script:${root}:`),
    detail: `${root} (bundled in this package): ${fact.detail}`,
    ...(fact.file !== undefined ? { file: prefix + fact.file } : {}),
    installTime: true,
  }));
}

/**
 * A URL in a package that never reaches the network (a docs link in an error message, font credits)
 * is text, not behaviour: host facts count only when some code in the package can make a request.
 */
function withoutStrayHosts(facts: CodeFact[]): CodeFact[] {
  const isHost = (fact: Fact) => fact.key.startsWith('network:host:');
  // Starting `curl` or `wget` reaches the network as much as loading `https` does.
  const startsDownloader = (fact: Fact) => fact.key.startsWith('shell:program:') && DOWNLOADERS.has(fact.key.slice('shell:program:'.length));
  const reachesNetwork = facts.some((fact) => (fact.kind === 'network' && !isHost(fact)) || startsDownloader(fact));
  return reachesNetwork ? facts : facts.filter((fact) => !isHost(fact));
}

/** Network access from a file that runs at install time happens on every developer machine and CI runner. */
function raiseForInstall(fact: Fact): CodeFact {
  if (fact.kind !== 'network' || fact.severity === 'high' || fact.severity === 'critical') return { ...fact, installTime: true };
  return { ...fact, installTime: true, severity: 'high', detail: `${fact.detail.replace(/\.$/, '')}, and it runs at install time.` };
}

/**
 * A package that declares `os`/`cpu` and ships a native binary is the prebuilt-binary pattern of
 * esbuild, rollup, swc and friends: still reported, but at medium, so that a routine new platform
 * package does not fail every review. Scripts and binaries in ordinary packages keep their severity.
 */
function platformPrebuilt(fact: Fact, manifest: Record<string, unknown> | null): Fact {
  const platformSpecific = manifest !== null && (Array.isArray(manifest.os) || Array.isArray(manifest.cpu));
  if (!platformSpecific || fact.severity !== 'high' || fact.key.startsWith('binary:script:')) return fact;
  return {
    ...fact,
    severity: 'medium',
    detail: `${fact.detail.replace(/\.$/, '')}; the package declares \`os\`/\`cpu\`, the usual shape of a platform-specific prebuilt binary.`,
  };
}
