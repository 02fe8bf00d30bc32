// Names that imitate a popular package: one typo away (`lodahs`), the same once separators are
// dropped (`cross_env`, `crossenv`), a `.js` suffix (`lodash-js`), or a look-alike scope (`@typse/node`).
import { HIGH_IMPACT_PACKAGES, POPULAR_PACKAGES } from './popular-packages.js';

/**
 * Established, unrelated packages that the rules below would report: checked by hand against the
 * registry's most-downloaded names. Keep this to projects with their own identity, not to names
 * that only get traffic from people mistyping (`loadash` and `expres` stay reported).
 */
const LEGIT_LOOKALIKES: ReadonlySet<string> = new Set([
  'safer-buffer', 'object.assign', 'socks', 'stylis', 'postcss-js', 'trough', 'isstream', 'colord', 'xml-js',
  'rambda', 'aws-cdk', 'flatten', 'csv-parser', 'yamljs', 'uglify-es', 'css-parse', 'prompt', 'graphiql', 'jsonp',
  'cli-spinner', 'is-blob', 'has-own', 'ansistyles', 'findup', 'react-selecto', 'grant', 'yaml-js', 'cline',
  'servie', 'semiver', 'colour', 'jsonc', 'ttypescript', 'koa-route', 'react-vis', 'fs.extra', 'crypto-es',
  'it-glob', '@storyblok/react', 'telegram', 'react-if', 'validatorjs', 'accept', 'storyblok', 'jsona', 'extendr',
  // The React 19 upgrade guide installs `types-react` under the `@types/react` alias.
  'types-react', 'types-react-dom',
  'lite-server', 'eclint', 'color-js', 'accounting-js', 'prettierx', 'jssip', 'csv-loader', 'reqwest',
  'color-namer', 'p-tap', 'bcrypto', 'csp-parse', 'sass.js', 'cordova-js', 'uuidjs', 'kea-router', 'standardx',
  'clones', 'tslab', 'esplint', 'cose-js', 'expresso', 'requests', 'inherit', 'uglifyjs', 'dotenvx', 'reactn',
  'server', 'buffers', 'camel-case', 'punycode.js', 'cookies', 'is-array', 'highlightjs', 'it-buffer', 'openapi',
  // Published since 2012-2013, below the high-impact bar, and still common in old dependency trees.
  'isnumber', 'lrucache',
]);

const MAX_NAME_LENGTH = 214; // npm's own limit; longer names are not installable, so not worth a squat
const CACHE_LIMIT = 10_000;
const SUFFIX_BASE_MIN = 4;

interface ScopedName {
  name: string;
  scope: string;
  base: string;
}

const popularSet = new Set(POPULAR_PACKAGES);
const unscopedPopular = [...popularSet].filter((name) => !name.startsWith('@'));
const scopedPopular: ScopedName[] = [...popularSet]
  .filter((name) => name.startsWith('@') && name.includes('/'))
  .map((name) => ({ name, scope: name.slice(1, name.indexOf('/')), base: name.slice(name.indexOf('/') + 1) }));

const byNormalized = new Map(unscopedPopular.map((name) => [normalize(name), name]));
const scopedByBase = groupBy(scopedPopular, (entry) => entry.base);
const scopedByCollapsed = new Map(scopedPopular.map((entry) => [normalize(entry.scope + entry.base), entry.name]));
const byLength = groupBy(unscopedPopular, (name) => name.length);
const cache = new Map<string, string | null>();

/** The popular package `name` imitates, or null. Popular names and known look-alikes are never squats. */
export function typosquatOf(name: string): string | null {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const result = name.length > MAX_NAME_LENGTH ? null : findImitated(name);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(name, result);
  return result;
}

function findImitated(name: string): string | null {
  const lower = name.toLowerCase();
  // A high-impact name is popular in its own right: `eslint`/`tslint`, `mysql`/`mysql2` imitate nothing.
  if (popularSet.has(name) || HIGH_IMPACT_PACKAGES.has(name) || LEGIT_LOOKALIKES.has(lower)) return null;
  if (lower.startsWith('@')) {
    const slash = lower.indexOf('/');
    // `@types-node` is not a valid scoped name but shows up in hand-written specs.
    if (slash < 0) return scopedByCollapsed.get(normalize(lower)) ?? unscopedImitation(lower.slice(1), name);
    return scopeConfusion(lower.slice(1, slash), lower.slice(slash + 1));
  }
  return unscopedImitation(lower, name);
}

/**
 * A scoped name is a squat only when its scope imitates a popular scope for the same package:
 * a popular scope's owner alone can publish in it, and `@acme/lodash` is an ordinary fork.
 */
function scopeConfusion(scope: string, base: string): string | null {
  for (const entry of scopedByBase.get(base) ?? []) {
    if (entry.scope === scope) continue;
    if (normalize(entry.scope) === normalize(scope)) return entry.name;
    if (entry.scope.length >= 5 && editDistance(entry.scope, scope, 1) <= 1) return entry.name;
  }
  return null;
}

function unscopedImitation(lower: string, original: string): string | null {
  const normalized = normalize(lower);
  const sameLetters = byNormalized.get(normalized);
  if (sameLetters !== undefined && sameLetters !== original) return sameLetters;

  // `typesnode` / `types-node` for `@types/node`. Only @types: `babel-core` and the like are the
  // real pre-scope packages, so collapsing other scopes would report legitimate names.
  const collapsed = scopedByCollapsed.get(normalized);
  if (collapsed?.startsWith('@types/')) return collapsed;

  if (/[-_.]?js$/.test(lower) && normalized.endsWith('js')) {
    const base = byNormalized.get(normalized.slice(0, -2));
    if (base !== undefined && base.length >= SUFFIX_BASE_MIN && !base.endsWith('js')) return base;
  }
  return nearestByEdits(lower);
}

function nearestByEdits(lower: string): string | null {
  if (lower.length < 5) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (let length = lower.length - 2; length <= lower.length + 2; length++) {
    for (const popular of byLength.get(length) ?? []) {
      const allowed = allowedEdits(popular);
      if (allowed === 0 || Math.abs(popular.length - lower.length) > allowed) continue;
      if (isSibling(lower, popular)) continue;
      const distance = editDistance(lower, popular, allowed);
      if (distance <= allowed && distance < bestDistance) {
        best = popular;
        bestDistance = distance;
      }
    }
  }
  return best;
}

function allowedEdits(popular: string): number {
  return popular.length >= 5 ? 1 : 0;
}

/**
 * Names that are related by convention, not by typo: `axios-retry` extends `axios`,
 * `babel-preset-es2016` and `es2015` differ only in a number.
 */
function isSibling(candidate: string, popular: string): boolean {
  // A changed first letter is rarely a slip of the finger, and often a different word (`dargs`, `rsync`).
  if (candidate[0] !== popular[0]) return true;
  if (candidate.startsWith(`${popular}-`) || popular.startsWith(`${candidate}-`)) return true;
  return candidate.replace(/\d+/g, '') === popular.replace(/\d+/g, '');
}

function normalize(name: string): string {
  return name.toLowerCase().replace(/[-_.@/]/g, '');
}

/** Optimal-string-alignment distance (a swap of neighbours is one edit), giving up above `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, previousPrevious[j - 2] + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length];
}

function groupBy<T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
