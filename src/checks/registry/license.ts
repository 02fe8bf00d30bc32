// SPDX license expressions as npm packages write them (and the older shapes they used before SPDX).
// Used for license-change findings and, by the policy, for allow/deny lists.
import spdxCorrect from 'spdx-correct';
import spdxSatisfies from 'spdx-satisfies';
import type { VersionManifest } from '../../model/types.js';
import {
  KNOWN_EXCEPTION_IDS,
  KNOWN_LICENSE_IDS,
  LICENSE_ALIASES,
  LOOSE_LICENSE_NAMES,
  PERMISSIVE_LICENSE_IDS,
} from './spdx-ids.js';

export type SpdxNode =
  | { type: 'license'; id: string; exception?: string }
  | { type: 'and' | 'or'; children: SpdxNode[] };

export type PolicyResult = 'allowed' | 'denied' | 'unknown';

// A license field is attacker-controlled text: long ones are not licenses and must not cost time.
const MAX_LICENSE_LENGTH = 500;
const MAX_LICENSE_ENTRIES = 10;
const LICENSE_ID = /^[A-Za-z0-9][A-Za-z0-9.-]*\+?$/;
const LICENSE_REF = /^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/;

/**
 * Parses an SPDX expression: ids, `WITH`, `AND`, `OR`, parentheses; operators in any case.
 * Ids get their canonical spelling when depdiff knows them. Throws on anything else.
 */
export function parseSpdx(expr: string): SpdxNode {
  if (expr.length > MAX_LICENSE_LENGTH) throw new Error('license expression too long');
  const tokens = expr.match(/\(|\)|[^\s()]+/g) ?? [];
  let pos = 0;
  const peek = (): string | undefined => tokens[pos];
  const isOp = (token: string | undefined, op: string): boolean => token?.toLowerCase() === op;

  const parseAtom = (): SpdxNode => {
    const token = tokens[pos++];
    if (token === undefined) throw new Error('license expression ends early');
    if (token === '(') {
      const inner = parseOr();
      if (tokens[pos++] !== ')') throw new Error('unbalanced parenthesis in license expression');
      return inner;
    }
    if (token === ')' || isOp(token, 'and') || isOp(token, 'or') || isOp(token, 'with')) {
      throw new Error(`unexpected \`${token}\` in license expression`);
    }
    if (!LICENSE_ID.test(token) && !LICENSE_REF.test(token)) throw new Error(`\`${token}\` is not a license id`);
    const node: SpdxNode = { type: 'license', id: canonicalId(token) };
    if (isOp(peek(), 'with')) {
      pos++;
      const exception = tokens[pos++];
      if (exception === undefined || !LICENSE_ID.test(exception)) throw new Error('`WITH` needs an exception id');
      node.exception = KNOWN_EXCEPTION_IDS.get(exception.toLowerCase()) ?? exception;
    }
    return node;
  };
  const parseList = (op: 'and' | 'or', parseChild: () => SpdxNode): SpdxNode => {
    const children = [parseChild()];
    while (isOp(peek(), op)) {
      pos++;
      children.push(parseChild());
    }
    if (children.length === 1) return children[0];
    // `a AND (b AND c)` is `a AND b AND c`: flatten so equal expressions compare equal.
    return { type: op, children: children.flatMap((c) => (c.type === op ? c.children : [c])) };
  };
  const parseAnd = (): SpdxNode => parseList('and', parseAtom);
  const parseOr = (): SpdxNode => parseList('or', parseAnd);

  const tree = parseOr();
  if (pos !== tokens.length) throw new Error(`unexpected \`${tokens[pos]}\` in license expression`);
  return tree;
}

export function renderSpdx(node: SpdxNode): string {
  if (node.type === 'license') return node.exception ? `${node.id} WITH ${node.exception}` : node.id;
  const parts = node.children.map((child) =>
    child.type === 'or' && node.type === 'and' ? `(${renderSpdx(child)})` : renderSpdx(child),
  );
  return parts.join(node.type === 'and' ? ' AND ' : ' OR ');
}

/**
 * The license of a package.json `license` / `licenses` value as one string: an SPDX expression in
 * canonical spelling when it is one, else the trimmed text (`SEE LICENSE IN ...`, `UNLICENSED`, ...).
 * Old `licenses: [{type}]` arrays listed alternatives, so they become an `OR`.
 */
export function normalizeLicense(value: unknown): string | null {
  if (typeof value === 'string') return normalizeText(value);
  if (Array.isArray(value)) {
    const parts = value
      .slice(0, MAX_LICENSE_ENTRIES)
      .map((entry) => normalizeLicense(entry))
      .filter((entry): entry is string => entry !== null);
    if (parts.length === 0) return null;
    if (parts.length === 1) return parts[0];
    return parts.map((part) => (/\s/.test(part) ? `(${part})` : part)).join(' OR ');
  }
  if (value !== null && typeof value === 'object' && 'type' in value) {
    return normalizeLicense((value as { type: unknown }).type);
  }
  return null;
}

export function licenseOf(manifest: VersionManifest | undefined): string | null {
  if (!manifest) return null;
  return normalizeLicense(manifest.license ?? manifest['licenses']);
}

/** True when the two licenses mean the same thing (deprecated ids, case, and operand order aside). */
export function sameLicense(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return comparisonKey(a) === comparisonKey(b);
}

/** Permissive when every way of taking the code is permissive: an OR needs one branch, an AND all. */
export function isPermissiveLicense(license: string | null): boolean {
  const tree = tryParse(license);
  return tree !== null && evaluate(tree, (leaf) => PERMISSIVE_LICENSE_IDS.has(leaf.id));
}

/**
 * Checks a license against allow/deny lists. `OR` is allowed when any branch is, `AND` needs all.
 * With an allow list, a known license not on it is denied; an id depdiff does not know, a missing
 * license, or text that is not an SPDX expression is 'unknown' for a human to decide.
 */
export function satisfiesPolicy(license: string | null, policy: { allow?: string[]; deny?: string[] }): PolicyResult {
  const tree = tryParse(license);
  if (tree === null) return 'unknown';
  const deny = (policy.deny ?? []).map(policyEntry);
  const allow = policy.allow ? policy.allow.map(policyEntry) : null;
  return decide(tree, (leaf) => {
    // A bare id in the deny list covers its variants with an exception too.
    const bare: Leaf = { type: 'license', id: leaf.id };
    if (deny.some((entry) => covers(entry, leaf) || covers(entry, bare))) return 'denied';
    if (allow === null) return 'allowed';
    if (allow.some((entry) => covers(entry, leaf))) return 'allowed';
    return KNOWN_LICENSE_IDS.has(stripPlus(leaf.id).toLowerCase()) ? 'denied' : 'unknown';
  });
}

/** A policy list entry in canonical spelling (deprecated ids as their current ones), or its trimmed text. */
function policyEntry(entry: string): string {
  const tree = tryParse(entry.trim());
  if (tree === null || tree.type !== 'license') return entry.trim();
  return renderSpdx({ ...tree, id: aliasOf(tree.id) });
}

/**
 * Whether the policy entry covers the license: SPDX semantics through spdx-satisfies, so `GPL-2.0-or-later`
 * covers `GPL-3.0-only` and `GPL-2.0-only` does not cover `GPL-3.0-only`. Names outside the SPDX list
 * (LicenseRef-…, UNLICENSED) are compared by name.
 */
function covers(entry: string, leaf: Leaf): boolean {
  const license = renderSpdx({ ...leaf, id: aliasOf(leaf.id) });
  if (entry.toLowerCase() === license.toLowerCase()) return true;
  try {
    return spdxSatisfies(license, [entry]);
  } catch {
    return false;
  }
}

type Leaf = Extract<SpdxNode, { type: 'license' }>;

function decide(node: SpdxNode, leafResult: (leaf: Leaf) => PolicyResult): PolicyResult {
  if (node.type === 'license') return leafResult(node);
  const results = node.children.map((child) => decide(child, leafResult));
  if (node.type === 'or') {
    if (results.includes('allowed')) return 'allowed';
    return results.includes('unknown') ? 'unknown' : 'denied';
  }
  if (results.includes('denied')) return 'denied';
  return results.includes('unknown') ? 'unknown' : 'allowed';
}

function evaluate(node: SpdxNode, test: (leaf: Leaf) => boolean): boolean {
  if (node.type === 'license') return test(node);
  return node.type === 'or' ? node.children.some((c) => evaluate(c, test)) : node.children.every((c) => evaluate(c, test));
}

function normalizeText(raw: string): string | null {
  const text = raw.trim().replace(/\s+/g, ' ').slice(0, MAX_LICENSE_LENGTH);
  if (text === '') return null;
  const loose = LOOSE_LICENSE_NAMES.get(text.toLowerCase());
  if (loose) return loose;
  if (/^see licen[cs]e in /i.test(text)) return `SEE LICENSE IN ${text.slice('see license in '.length)}`;
  const parsed = tryParse(text);
  if (parsed !== null && allKnown(parsed)) return renderSpdx(parsed);
  // Loose names (`Apache 2`, `GPLv2`, `MIT License`): spdx-correct's reading, else the text as written.
  const corrected = text.length <= 100 ? spdxCorrect(text) : null;
  if (corrected !== null) return corrected;
  return parsed === null ? text : renderSpdx(parsed);
}

function allKnown(node: SpdxNode): boolean {
  if (node.type !== 'license') return node.children.every(allKnown);
  return LICENSE_REF.test(node.id) || KNOWN_LICENSE_IDS.has(stripPlus(node.id).toLowerCase());
}

function tryParse(license: string | null): SpdxNode | null {
  if (license === null) return null;
  try {
    return parseSpdx(license);
  } catch {
    return null;
  }
}

function canonicalId(token: string): string {
  if (LICENSE_REF.test(token)) return token;
  const plus = token.endsWith('+') ? '+' : '';
  const known = KNOWN_LICENSE_IDS.get(stripPlus(token).toLowerCase());
  return known ? known + plus : token;
}

function stripPlus(id: string): string {
  return id.endsWith('+') ? id.slice(0, -1) : id;
}

/** Case- and deprecation-insensitive key of one license, for comparing two versions' licenses. */
function policyKey(entry: string): string {
  const tree = tryParse(entry.trim());
  if (tree === null || tree.type !== 'license') return entry.trim().toLowerCase();
  return (tree.exception ? `${aliasOf(tree.id)} with ${tree.exception}` : aliasOf(tree.id)).toLowerCase();
}

function aliasOf(id: string): string {
  return LICENSE_ALIASES.get(id) ?? id;
}


function comparisonKey(license: string): string {
  const tree = tryParse(license);
  if (tree === null) return license.trim().toLowerCase();
  const key = (node: SpdxNode): string => {
    if (node.type === 'license') return policyKey(renderSpdx(node));
    return `${node.type}(${node.children.map(key).sort().join(',')})`;
  };
  return key(tree);
}
