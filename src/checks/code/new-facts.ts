// What a version newly does: facts of the new version whose key the old version lacks, one per key.
import type { ExtractedPackage, Fact, FileEntry, SourceType } from '../../model/types.js';
import { capabilityOf, refinedCapability } from './capabilities.js';
import { minifiedTailFact } from './minified-tail.js';
import { maskingFacts, packageFacts, scanIntoCache, type CodeFact, type FactCache } from './package-facts.js';

/**
 * For an added package there is no old version to compare with, and nearly every library "newly" loads `https` or
 * `child_process` (an added `axios` would always be a network finding). So only facts that are rare in honest packages
 * are kept: install scripts, decoded-payload and data-URL eval, secret-file access, env harvesting (serializing,
 * secret-name lists, or enumeration next to network access), obfuscation,
 * binaries, tarball anomalies, request/wallet hooks, and network access from files that run at install time.
 */
function highSignal(fact: CodeFact): boolean {
  switch (fact.kind) {
    case 'env':
      // Enumerating variables is common in config loaders; it is harvesting when the same file can send them off.
      return fact.key !== 'env:enumerate' || fact.severity === 'critical';
    case 'install-script':
    case 'fs-sensitive':
    case 'obfuscation':
    case 'binary':
    case 'tarball-anomaly':
      return true;
    case 'eval':
      return fact.key.endsWith(':decoded') || fact.key === 'eval:data-url-import';
    case 'network':
      return fact.installTime === true || fact.key.startsWith('network:hook:');
    default:
      return false;
  }
}

const byPlace = (a: Fact, b: Fact) =>
  (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0);

/** One fact per key: the first by file path, saying how many other places do the same. */
function onePerKey(facts: Fact[]): Fact[] {
  const groups = new Map<string, Fact[]>();
  for (const fact of facts) {
    const group = groups.get(fact.key);
    if (group) group.push(fact);
    else groups.set(fact.key, [fact]);
  }
  const unique: Fact[] = [];
  for (const group of groups.values()) {
    const [first, ...rest] = group.sort(byPlace);
    // Whether any place runs at install time is evidence for the severity model (src/pipeline/severity-model.ts).
    const { installTime: _installTime, script: _script, ...placed } = first as CodeFact;
    const fact: Fact = group.some((f) => (f as CodeFact).installTime) ? { ...placed, installTime: true } : placed;
    const others = new Set(rest.map((f) => `${f.file}:${f.line}`)).size;
    unique.push(others > 0 ? { ...fact, detail: `${fact.detail.replace(/\.$/, '')} (and ${others} other place${others > 1 ? 's' : ''}).` } : fact);
  }
  return unique;
}

const JS_FILE = /\.(js|cjs|mjs)$/i;
const READABLE_LINE = 200;
const MINIFIED_LINE = 1000;
const MINIFIED_MIN_BYTES = 10 * 1024;

function averageLineLength(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return text.length / lines;
}

function jsFiles(pkg: ExtractedPackage): FileEntry[] {
  return [...pkg.files.values()].filter((f) => f.type === 'file' && f.text !== undefined && JS_FILE.test(f.path));
}

/**
 * A package whose code was readable and that now ships a new or changed minified file: review of the source no longer
 * covers what runs, the way the 2025 chalk/debug payload hid inside otherwise ordinary files.
 */
function newlyMinified(before: ExtractedPackage, after: ExtractedPackage): Fact[] {
  const old = jsFiles(before);
  const total = old.reduce((sum, f) => sum + f.text!.length, 0);
  const readable = old.filter((f) => averageLineLength(f.text!) < READABLE_LINE).reduce((sum, f) => sum + f.text!.length, 0);
  if (total === 0 || readable * 2 <= total) return [];
  const oldHashes = new Set(old.map((f) => f.sha256));
  const facts: Fact[] = [];
  for (const file of jsFiles(after)) {
    const tail = oldHashes.has(file.sha256) ? undefined : minifiedTailFact(file.path, before.files.get(file.path)?.text, file.text!);
    if (tail) facts.push(tail);
    if (oldHashes.has(file.sha256) || file.text!.length <= MINIFIED_MIN_BYTES) continue;
    const average = averageLineLength(file.text!);
    if (average <= MINIFIED_LINE) continue;
    const previous = before.files.get(file.path)?.text;
    if (previous !== undefined && averageLineLength(previous) > MINIFIED_LINE) continue;
    facts.push({
      key: 'obfuscation:newly-minified',
      kind: 'obfuscation',
      severity: 'medium',
      detail: `${file.path} is ${previous === undefined ? 'a new' : 'now a'} minified file (${Math.round(file.text!.length / 1024)} KB, lines of ${Math.round(average)} characters on average) in a package whose code was readable before, so what it does can no longer be checked by reading it.`,
      file: file.path,
      line: 1,
    });
  }
  return facts;
}

/** A new install-script command where the old version had the same script: say what it changed from. */
function withOldCommand(fact: CodeFact, before: Fact[] | null): CodeFact {
  if (!fact.script || before === null) return fact;
  const old = (before as CodeFact[]).find((f) => f.script?.name === fact.script!.name);
  if (!old?.script) return fact;
  const name = fact.script.name.split(':').pop();
  return {
    ...fact,
    detail: fact.detail.replace(`The \`${name}\` script runs \``, `The \`${name}\` script changed from \`${old.script.command}\` and now runs \``),
  };
}

export function newFacts(
  before: Fact[] | null,
  after: Fact[],
  beforePkg?: ExtractedPackage | null,
  afterPkg?: ExtractedPackage,
): Fact[] {
  // Compared by capability, package-wide: the same power under another API name or in another file is not news.
  const known = new Set((before ?? []).flatMap((f) => [f.key, capabilityOf(f.key)]));
  const isNew = (f: Fact) => !known.has(f.key) && !known.has(capabilityOf(f.key));
  const fresh = (after as CodeFact[]).filter((f) => {
    if (!isNew(f) || (before === null && !highSignal(f))) return false;
    // A refinement (the program a package starts) only matters where its capability was there before; where the
    // capability itself is new, its own fact says so.
    const refines = refinedCapability(f.key);
    return refines === undefined || known.has(refines);
  });
  if (before !== null && beforePkg && afterPkg) fresh.push(...newlyMinified(beforePkg, afterPkg).filter(isNew));
  return onePerKey(fresh.map((fact) => withOldCommand(fact, before)));
}

/**
 * Facts the new version has and the old one lacks. The new version is analyzed first; the old one only as far as
 * needed: its files shared with the new one are in the cache already (by content hash), and its other files are parsed
 * only until every new fact is masked (a fact of the same capability is sure to be there), the old file at the place of
 * a fact still unmasked first. A changed old file that cannot mask anything is never parsed.
 */
export function analyzeCodeChange(
  before: ExtractedPackage | null,
  after: ExtractedPackage,
  source: SourceType,
  cache: FactCache = new Map(),
): Fact[] {
  const afterFacts = packageFacts(after, source, cache);
  if (!before) return newFacts(null, afterFacts, before, after);
  const candidates: Fact[] = [...afterFacts, ...newlyMinified(before, after)];
  for (let batch = 1; ; batch *= 2) {
    const sure = maskingFacts(before, source, cache);
    if (sure.complete) return newFacts(sure.facts, afterFacts, before, after);
    if (sure.unscanned.length === 0) break;
    // The sure facts are a subset of the full ones (by key), so what they mask the full set masks too.
    const known = new Set(sure.facts.flatMap((f) => [f.key, capabilityOf(f.key)]));
    const unmasked = candidates.filter((f) => !known.has(f.key) && !known.has(capabilityOf(f.key)));
    if (unmasked.length === 0) return [];
    const places = new Set(unmasked.map((f) => f.file));
    const next = [...sure.unscanned.filter((f) => places.has(f.path)), ...sure.unscanned.filter((f) => !places.has(f.path))];
    for (const file of next.slice(0, batch)) scanIntoCache(file, cache);
  }
  return newFacts(packageFacts(before, source, cache), afterFacts, before, after);
}
