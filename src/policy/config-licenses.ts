import { isScalar, type Node } from 'yaml';
import spdxCorrect from 'spdx-correct';
import { KNOWN_EXCEPTION_IDS, KNOWN_LICENSE_IDS } from '../checks/registry/spdx-ids.js';
import { InputError } from '../model/errors.js';
import type { ConfigReader } from './config-reader.js';
import { quote } from './config-reader.js';

const MAX_LICENSES = 500;
// SPDX idstring: letters, digits, '.', '-', '+' (a trailing '+' means "or later"); LicenseRef-/DocumentRef- included.
const LICENSE_ID = /^[A-Za-z0-9][A-Za-z0-9.+-]{0,99}$/;

/**
 * `allow-licenses` / `deny-licenses`: a list of SPDX ids, or one expression that joins ids with OR
 * (`MIT OR Apache-2.0`). AND and WITH are refused in the string form: storing their parts as a
 * plain list would silently widen what the user meant to allow.
 */
export function readLicenseList(reader: ConfigReader, node: Node | null, key: string): string[] {
  const ids = isScalar(node) ? fromExpression(reader, node, key) : fromList(reader, node, key);
  if (ids.length === 0) throw reader.error(node, `${key} must name at least one license`);
  return [...new Set(ids)];
}

function fromExpression(reader: ConfigReader, node: Node, key: string): string[] {
  const text = reader.string(node, key);
  const tokens = text.replace(/[()]/g, ' ').split(/\s+/).filter((token) => token !== '');
  const ids: string[] = [];
  tokens.forEach((token, index) => {
    const keyword = token.toUpperCase();
    if (keyword === 'AND' || keyword === 'WITH') {
      throw reader.error(node, `${key}: only OR may join licenses in the string form; use a list of ids instead`);
    }
    const expectOperator = index % 2 === 1;
    if (expectOperator !== (keyword === 'OR')) {
      throw reader.error(node, `${key}: ${quote(text)} is not an SPDX expression like "MIT OR Apache-2.0"`);
    }
    if (!expectOperator) ids.push(checkId(reader, node, token, key));
  });
  if (tokens.length % 2 === 0) {
    throw reader.error(node, `${key}: ${quote(text)} is not an SPDX expression like "MIT OR Apache-2.0"`);
  }
  return ids;
}

function fromList(reader: ConfigReader, node: Node | null, key: string): string[] {
  const items = reader.seq(node, `${key} (a list of SPDX ids or an expression like "MIT OR Apache-2.0")`);
  if (items.length > MAX_LICENSES) throw reader.error(node, `${key} lists more than ${MAX_LICENSES} licenses`);
  return items.map((item) => {
    const entry = reader.string(item, `each entry of ${key}`);
    // A list item may carry an exception (`GPL-2.0-only WITH Classpath-exception-2.0`); it matches only with it.
    const withException = /^(\S+)\s+with\s+(\S+)$/i.exec(entry);
    if (withException === null) return checkId(reader, item, entry, key);
    return `${checkId(reader, item, withException[1]!, key)} WITH ${checkId(reader, item, withException[2]!, key, 'exception')}`;
  });
}

/** The license list of an input or flag (`MIT, Apache-2.0`), checked as the config file's list is. Throws InputError. */
export function checkLicenseList(items: string[], label: string): string[] {
  if (items.length > MAX_LICENSES) throw new InputError(`${label} lists more than ${MAX_LICENSES} licenses`, { code: 'EINPUT' });
  return [...new Set(items.map((item) => {
    const withException = /^(\S+)\s+with\s+(\S+)$/i.exec(item);
    const ids = withException === null ? [item] : [withException[1]!, withException[2]!];
    for (const [index, id] of ids.entries()) {
      const problem = idProblem(id, index === 0 ? 'license' : 'exception');
      if (problem !== undefined) throw new InputError(`${label}: ${problem}`, { code: 'EINPUT' });
    }
    return withException === null ? item : `${withException[1]} WITH ${withException[2]}`;
  }))];
}

function checkId(reader: ConfigReader, node: Node, id: string, key: string, what: 'license' | 'exception' = 'license'): string {
  const problem = idProblem(id, what);
  if (problem !== undefined) throw reader.error(node, `${key}: ${problem}`);
  return id;
}

/**
 * Why `id` is not an id of the SPDX list (or a LicenseRef-, or npm's UNLICENSED); `id+` is the or-later range.
 * A loose name gets spdx-correct's reading as a suggestion: a policy entry is never guessed silently.
 */
function idProblem(id: string, what: 'license' | 'exception'): string | undefined {
  if (!LICENSE_ID.test(id)) return `${quote(id)} is not an SPDX ${what} id`;
  if (what === 'exception') return KNOWN_EXCEPTION_IDS.has(id.toLowerCase()) ? undefined : `${quote(id)} is not an SPDX exception id`;
  if (/^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-/.test(id)) return undefined;
  if (KNOWN_LICENSE_IDS.has(id.replace(/\+$/, '').toLowerCase())) return undefined;
  const suggestion = id.length <= 100 ? spdxCorrect(id) : null;
  return `${quote(id)} is not on the SPDX license list${suggestion === null ? ' (see https://spdx.org/licenses/)' : ` (did you mean "${suggestion}"?)`}`;
}
