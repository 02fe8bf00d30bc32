// All facts of one package version: its code file by file (cached by content hash), shipped binaries and scripts,
// install scripts, and anomalies of the tarball itself.
import type { ExtractedPackage, Fact, FileEntry, Severity, SourceType, TarballAnomaly } from '../../model/types.js';
import { binaryFacts, isShellScript } from './binaries.js';
import { installScriptFacts, lifecycleScripts, scriptFiles } from './install-scripts.js';
import { isSourceFile, scanSource } from './source-facts.js';
import { shellScriptFacts } from './token-scan.js';

/** A fact of package code; `installTime` marks facts of files an install script runs. */
export interface CodeFact extends Fact {
  installTime?: boolean;
}

// Tests, examples, docs and benchmarks do not run when the package is used: a test that spawns a process is not a
// capability of the package. Files there still count when an install script runs them or shipped code loads them.
const NOT_SHIPPED_CODE = /(^|\/)(test|tests|__tests__|__mocks__|spec|specs|example|examples|docs|doc|benchmark|benchmarks|fixtures)\//i;
const NOT_CODE = /(\.d\.[cm]?ts|\.map|\.md|\.markdown|\.txt)$|(^|\/)(LICEN[CS]E|CHANGELOG|README)[^/]*$/i;
const MAX_FOLLOWED_IMPORTS = 200;

/** Relative imports by content hash: content-addressed, so safe to share across packages and reviews. */
const importsByHash = new Map<string, string[]>();
const MAX_IMPORT_ENTRIES = 20000;

function readManifest(files: Map<string, FileEntry>): Record<string, unknown> | null {
  const text = files.get('package.json')?.text;
  if (!text) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

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

const ANOMALY_SEVERITY: Record<string, Severity> = {
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
const SIZE_BOUNDS = new Set(['too-large', 'too-many-files']);

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

export function packageFacts(pkg: ExtractedPackage, source: SourceType, cache: Map<string, Fact[]> = new Map()): CodeFact[] {
  const { files } = pkg;
  const manifest = readManifest(files);
  const installFiles = new Set(lifecycleScripts(manifest, source).flatMap(([, script]) => scriptFiles(script, files)));
  const perFile = new Map<string, Fact[]>();

  const factsOfFile = (path: string): Fact[] => {
    const known = perFile.get(path);
    if (known) return known;
    const file = files.get(path);
    let facts: Fact[] = [];
    if (file?.type === 'file' && file.text !== undefined) {
      const shell = isShellScript(file);
      const js = !shell && (isSourceFile(path, file.text) || installFiles.has(path));
      if (shell || js) {
        const cacheKey = `${shell ? 'sh' : 'js'}:${file.sha256}`;
        const cached = cache.get(cacheKey);
        if (cached) {
          facts = restamp(cached, path);
        } else if (shell) {
          facts = shellScriptFacts(path, file.text);
          cache.set(cacheKey, facts);
        } else {
          const scan = scanSource(path, file.text);
          facts = scan.facts;
          cache.set(cacheKey, facts);
          if (importsByHash.size >= MAX_IMPORT_ENTRIES) importsByHash.clear();
          importsByHash.set(file.sha256, scan.localImports);
        }
      }
    }
    perFile.set(path, facts);
    return facts;
  };

  const facts: CodeFact[] = [];
  const paths = [...files.keys()].sort();
  const queue: string[] = [];
  for (const path of paths) {
    const file = files.get(path)!;
    const shipped = !NOT_SHIPPED_CODE.test(path) || installFiles.has(path);
    // A native binary counts wherever it is; a test helper script does not.
    if (shipped || file.magic !== undefined) facts.push(...binaryFacts(file).map((fact) => platformPrebuilt(fact, manifest)));
    if (file.text === undefined || NOT_CODE.test(path) || !shipped) continue;
    if (isShellScript(file) || isSourceFile(path, file.text) || installFiles.has(path)) queue.push(path);
  }
  // Code in a skipped folder that shipped code or an install script loads is part of the package after all.
  const analyzed = new Set<string>();
  let followed = 0;
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (analyzed.has(path)) continue;
    analyzed.add(path);
    const installTime = installFiles.has(path);
    for (const fact of factsOfFile(path)) {
      facts.push(installTime ? raiseForInstall(fact) : fact);
    }
    const sha = files.get(path)?.sha256;
    for (const specifier of (sha && importsByHash.get(sha)) || []) {
      const target = resolveImport(path, specifier, files);
      if (target && !analyzed.has(target) && NOT_SHIPPED_CODE.test(target) && followed++ < MAX_FOLLOWED_IMPORTS) queue.push(target);
    }
  }
  facts.push(...installScriptFacts(manifest, files, source, factsOfFile).map((fact) => ({ ...fact, installTime: true })));
  facts.push(...pkg.anomalies.map(anomalyFact));
  return withoutStrayHosts(facts);
}

/**
 * A URL in a package that never reaches the network (a docs link in an error message, font credits)
 * is text, not behaviour: host facts count only when some code in the package can make a request.
 */
function withoutStrayHosts(facts: CodeFact[]): CodeFact[] {
  const isHost = (fact: Fact) => fact.key.startsWith('network:host:');
  const reachesNetwork = facts.some((fact) => fact.kind === 'network' && !isHost(fact));
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
