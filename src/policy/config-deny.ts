import semver from 'semver';
import { isMap, type Node, type YAMLMap } from 'yaml';
import { quote, type ConfigReader } from './config-reader.js';
import type { DenyRule } from './types.js';

const DENY_KEYS = ['package', 'version', 'reason'] as const;
const MAX_DENY = 2000;
const MAX_REASON = 1000;
// npm's name rules, loosely: a name, or a scope; `@scope/*` denies the whole scope.
const PACKAGE = /^(?:@[a-z0-9][\w.-]*\/(?:\*|[a-z0-9][\w.-]*)|[a-z0-9][\w.-]*)$/i;

/** `deny`: packages refused outright, `name`, `name@range` or `@scope/*`, each with the reason the finding shows. */
export function readDenyRules(reader: ConfigReader, node: Node | null): DenyRule[] {
  const items = reader.seq(node, 'deny');
  if (items.length > MAX_DENY) throw reader.error(node, `deny has more than ${MAX_DENY} entries`);
  return items.map((item, index) => readDenyRule(reader, item, index));
}

function readDenyRule(reader: ConfigReader, node: Node, index: number): DenyRule {
  const what = `deny entry ${index + 1}`;
  if (!isMap(node)) throw reader.error(node, `${what} must be a mapping with package and reason`);
  const entries = reader.entries(node as YAMLMap, DENY_KEYS, what);
  const line = reader.lineOf(node);
  const packagePair = entries.get('package');
  const reasonPair = entries.get('reason');
  if (packagePair === undefined) throw reader.errorAt(line, `${what} needs a "package"`);
  if (reasonPair === undefined) throw reader.errorAt(line, `${what} needs a "reason" (it is shown in the finding)`);

  const spec = reader.string(packagePair.value, `${what}: package`);
  // `name@range` in one string; a leading @ is the scope's, not a separator.
  const at = spec.indexOf('@', 1);
  const name = at === -1 ? spec : spec.slice(0, at);
  const inlineRange = at === -1 ? undefined : spec.slice(at + 1);
  if (name.length > 214 || !PACKAGE.test(name)) {
    throw reader.error(packagePair.value, `${what}: ${quote(name)} is not a package name or @scope/*`);
  }
  const versionPair = entries.get('version');
  if (inlineRange !== undefined && versionPair !== undefined) {
    throw reader.error(versionPair.key as Node, `${what}: give the version range either in package or in version, not both`);
  }
  const rule: DenyRule = { package: name, reason: reader.string(reasonPair.value, `${what}: reason`), line };
  if (rule.reason.length > MAX_REASON) throw reader.error(reasonPair.value, `${what}: reason is longer than ${MAX_REASON} characters`);
  const range = inlineRange ?? (versionPair === undefined ? undefined : reader.stringLike(versionPair.value, `${what}: version`));
  if (range !== undefined) {
    if (range.length > 256 || semver.validRange(range) === null) {
      throw reader.error(versionPair?.value ?? packagePair.value, `${what}: version ${quote(range)} is not a semver range (e.g. "3.3.6" or "<4.17.21")`);
    }
    rule.version = range;
  }
  return rule;
}
