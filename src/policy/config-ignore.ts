import semver from 'semver';
import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import { FINDING_KINDS, type FindingKind } from '../model/types.js';
import { quote, type ConfigReader } from './config-reader.js';
import type { IgnoreRule } from './types.js';

const IGNORE_KEYS = ['package', 'advisories', 'version', 'kinds', 'reason', 'expires'] as const;
// GitHub's GHSA-xxxx-xxxx-xxxx, a CVE id, or the registry's numeric advisory id.
const ADVISORY_ID = /^(GHSA(-[23456789cfghjmpqrvwx]{4}){3}|CVE-\d{4}-\d{4,}|\d{1,12})$/i;
const MAX_ADVISORIES = 100;
const MAX_IGNORES = 2000;
const MAX_NAME = 214; // npm's own limit on package names
const MAX_REASON = 1000;

export function readIgnoreRules(reader: ConfigReader, node: Node | null): IgnoreRule[] {
  const items = reader.seq(node, 'ignore');
  if (items.length > MAX_IGNORES) throw reader.error(node, `ignore has more than ${MAX_IGNORES} entries`);
  return items.map((item, index) => readIgnoreRule(reader, item, index));
}

function readIgnoreRule(reader: ConfigReader, node: Node, index: number): IgnoreRule {
  const what = `ignore entry ${index + 1}`;
  if (!isMap(node)) throw reader.error(node, `${what} must be a mapping with package (or advisories) and reason`);
  const entries = reader.entries(node as YAMLMap, IGNORE_KEYS, what);
  const line = reader.lineOf(node);
  const required = (key: 'package' | 'reason'): Node | null => {
    const pair = entries.get(key);
    if (pair === undefined) throw reader.errorAt(line, `${what} needs a "${key}"${key === 'package' ? ' or "advisories"' : ''}`);
    return pair.value;
  };

  const reason = reader.string(required('reason'), `${what}: reason`);
  if (reason.length > MAX_REASON) throw reader.error(required('reason'), `${what}: reason is longer than ${MAX_REASON} characters`);
  const rule: IgnoreRule = { reason, line };
  const advisories = entries.get('advisories');
  if (advisories !== undefined) rule.advisories = readAdvisories(reader, advisories.value, what);
  if (entries.has('package') || advisories === undefined) {
    const name = reader.string(required('package'), `${what}: package`);
    if (name.length > MAX_NAME || /\s/.test(name)) {
      throw reader.error(required('package'), `${what}: ${quote(name)} is not a package name`);
    }
    rule.package = name;
  }
  const version = entries.get('version');
  if (version !== undefined) rule.version = readRange(reader, version.value, what);
  const kinds = entries.get('kinds');
  if (kinds !== undefined && advisories !== undefined) {
    throw reader.error(kinds.key as Node, `${what}: advisories already limit the entry to vulnerability findings; leave kinds out`);
  }
  if (kinds !== undefined) rule.kinds = readKinds(reader, kinds.value, what);
  const expires = entries.get('expires');
  if (expires !== undefined) rule.expires = readDate(reader, expires.value, what);
  return rule;
}

/** Advisory ids, upper-case; a list, or one id as a plain string. */
function readAdvisories(reader: ConfigReader, node: Node | null, what: string): string[] {
  const items = isScalar(node) ? [node] : reader.seq(node, `${what}: advisories`);
  if (items.length === 0) throw reader.error(node, `${what}: advisories must name at least one advisory id`);
  if (items.length > MAX_ADVISORIES) throw reader.error(node, `${what}: advisories lists more than ${MAX_ADVISORIES} ids`);
  const ids = items.map((item) => {
    const id = reader.stringLike(item, `${what}: each advisory`);
    if (!ADVISORY_ID.test(id)) {
      throw reader.error(item, `${what}: ${quote(id)} is not an advisory id (GHSA-xxxx-xxxx-xxxx, CVE-YYYY-NNNN or the registry's number)`);
    }
    return id.toUpperCase();
  });
  return [...new Set(ids)];
}

function readRange(reader: ConfigReader, node: Node | null, what: string): string {
  const range = reader.stringLike(node, `${what}: version`);
  if (range.length > 256 || semver.validRange(range) === null) {
    throw reader.error(node, `${what}: version ${quote(range)} is not a semver range (e.g. "2.1.0" or "^2.1.0")`);
  }
  return range;
}

function readKinds(reader: ConfigReader, node: Node | null, what: string): FindingKind[] {
  const items = reader.seq(node, `${what}: kinds`);
  if (items.length === 0) throw reader.error(node, `${what}: kinds must not be empty (leave it out to match every kind)`);
  const kinds = items.map((item) => reader.oneOf(item, FINDING_KINDS, `${what}: each kind`));
  return [...new Set(kinds)];
}

function readDate(reader: ConfigReader, node: Node | null, what: string): string {
  const text = reader.string(node, `${what}: expires`);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match === null ? undefined : new Date(`${text}T00:00:00Z`);
  // Date.parse rolls 2026-02-30 over to March; a round trip catches it.
  if (date === undefined || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    throw reader.error(node, `${what}: expires ${quote(text)} is not a date in the form YYYY-MM-DD`);
  }
  return text;
}
