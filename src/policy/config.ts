import { isScalar, LineCounter, parseDocument, visit, type Node, type YAMLMap } from 'yaml';
import { FINDING_KINDS, SEVERITIES, type FindingKind, type Severity } from '../model/types.js';
import { CONFIG_OPTION_KEYS, DEPENDENCY_SCOPES, FAIL_ON_VALUES, optionSpec } from '../options/definitions.js';
import { rangeProblem } from '../options/parse-value.js';
import { readDenyRules } from './config-deny.js';
import { ConfigReader } from './config-reader.js';
import { readIgnoreRules } from './config-ignore.js';
import { readLicenseList } from './config-licenses.js';
import { DEFAULT_POLICY, type Policy } from './types.js';

export { DEFAULT_POLICY, type IgnoreRule, type Policy } from './types.js';

/** A policy file is a few dozen lines; anything far larger is a mistake or an attack on the parser. */
const MAX_CONFIG_CHARS = 256 * 1024;
const MAX_HOSTS = 200;
// The keys that are options too come from options/; the rest is structure only the file can hold.
const TOP_LEVEL_KEYS = [...CONFIG_OPTION_KEYS, 'severity', 'allowed-hosts', 'ignore', 'deny'] as const;

/** Parses and validates a depdiff config file (YAML), merged over DEFAULT_POLICY. Throws InputError. */
export function parseConfig(text: string, file: string): Policy {
  const lineCounter = new LineCounter();
  const reader = new ConfigReader(file, lineCounter);
  const root = parseConfigDocument(text, reader, lineCounter);
  if (root === null || (isScalar(root) && root.value === null)) return clonePolicy(DEFAULT_POLICY);
  const map = reader.map(root, 'the config file');
  const entries = reader.entries(map, TOP_LEVEL_KEYS, '');
  const policy = clonePolicy(DEFAULT_POLICY);
  for (const [key, pair] of entries) setTopLevelKey(policy, reader, key, pair.value);
  if (entries.has('allow-licenses') && entries.has('deny-licenses')) {
    throw reader.error(entries.get('deny-licenses')!.key, 'use either allow-licenses or deny-licenses, not both');
  }
  return policy;
}

/** The config file's YAML root node, refused when too large, invalid or using aliases. */
function parseConfigDocument(text: string, reader: ConfigReader, lineCounter: LineCounter): Node | null {
  if (text.length > MAX_CONFIG_CHARS) {
    throw reader.errorAt(undefined, `the config file is larger than ${MAX_CONFIG_CHARS / 1024} KB`);
  }
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const [firstError] = doc.errors;
  if (firstError !== undefined) {
    const message = firstError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw reader.errorAt(firstError.linePos?.[0].line, `invalid YAML: ${message}`);
  }
  // Aliases let a small file expand into a huge structure; a policy never needs them.
  visit(doc, {
    Alias(_key, node) {
      throw reader.error(node, 'YAML aliases (*name) are not allowed in the config file');
    },
  });
  return doc.contents as Node | null;
}

/** Reads one top-level key's value into `policy`; `reader.entries` has already refused unknown keys. */
function setTopLevelKey(policy: Policy, reader: ConfigReader, key: string, value: Node | null): void {
  switch (key) {
    case 'fail-on':
      policy.failOn = reader.oneOf(value, FAIL_ON_VALUES, 'fail-on');
      break;
    case 'fail-on-scopes':
      policy.failOnScopes = readScopes(reader, value);
      break;
    case 'deny':
      policy.deny = readDenyRules(reader, value);
      break;
    case 'severity':
      policy.severity = readSeverities(reader, value);
      break;
    case 'cooldown-hours':
      policy.cooldownHours = readCooldown(reader, value);
      break;
    case 'allowed-hosts':
      policy.allowedHosts = readHosts(reader, value);
      break;
    case 'allow-licenses':
      policy.allowLicenses = readLicenseList(reader, value, key);
      break;
    case 'deny-licenses':
      policy.denyLicenses = readLicenseList(reader, value, key);
      break;
    case 'ignore':
      policy.ignore = readIgnoreRules(reader, value);
      break;
    case 'allow-incomplete':
      policy.allowIncomplete = reader.boolean(value, 'allow-incomplete');
      break;
  }
}

function clonePolicy(policy: Policy): Policy {
  return {
    ...policy,
    failOnScopes: [...policy.failOnScopes],
    severity: { ...policy.severity },
    allowedHosts: [...policy.allowedHosts],
    ignore: [...policy.ignore],
    deny: [...policy.deny],
  };
}

function readSeverities(reader: ConfigReader, node: Node | null): Partial<Record<FindingKind, Severity>> {
  const map: YAMLMap = reader.map(node, 'severity (a mapping of finding kind to severity)');
  const entries = reader.entries(map, FINDING_KINDS, 'severity');
  const result: Partial<Record<FindingKind, Severity>> = {};
  for (const [kind, pair] of entries) {
    result[kind as FindingKind] = reader.oneOf(pair.value, SEVERITIES, `severity of ${kind}`);
  }
  return result;
}

function readCooldown(reader: ConfigReader, node: Node | null): number {
  const hours = reader.number(node, 'cooldown-hours');
  const problem = rangeProblem(optionSpec('cooldown-hours'), hours);
  if (problem !== undefined) throw reader.error(node, `cooldown-hours ${problem}`);
  return hours;
}

function readScopes(reader: ConfigReader, node: Node | null): Policy['failOnScopes'] {
  const items = isScalar(node) ? [node] : reader.seq(node, 'fail-on-scopes');
  if (items.length === 0) throw reader.error(node, 'fail-on-scopes must name runtime, development or both');
  return [...new Set(items.map((item) => reader.oneOf(item, DEPENDENCY_SCOPES, 'each entry of fail-on-scopes')))];
}

/** Accepts `registry.example.com`, `host:8080` or a URL, and keeps the lower-case host[:port]. */
function readHosts(reader: ConfigReader, node: Node | null): string[] {
  const items = reader.seq(node, 'allowed-hosts');
  if (items.length > MAX_HOSTS) throw reader.error(node, `allowed-hosts lists more than ${MAX_HOSTS} hosts`);
  const hosts = items.map((item) => {
    const text = reader.string(item, 'each entry of allowed-hosts');
    const host = hostOf(text);
    if (host === undefined) throw reader.error(item, `allowed-hosts: "${text.slice(0, 80)}" is not a host name or URL`);
    return host;
  });
  return [...new Set(hosts)];
}

function hostOf(text: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    try {
      const url = new URL(text);
      return url.host === '' ? undefined : url.host.toLowerCase();
    } catch {
      return undefined;
    }
  }
  return /^[a-z0-9]([a-z0-9.-]{0,252})(:\d{1,5})?$/i.test(text) ? text.toLowerCase() : undefined;
}
