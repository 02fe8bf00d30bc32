import { isScalar, type Node } from 'yaml';
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
    return `${checkId(reader, item, withException[1]!, key)} WITH ${checkId(reader, item, withException[2]!, key)}`;
  });
}

/** The license list of an input or flag (`MIT, Apache-2.0`), checked as the config file's list is. Throws InputError. */
export function checkLicenseList(items: string[], label: string): string[] {
  if (items.length > MAX_LICENSES) throw new InputError(`${label} lists more than ${MAX_LICENSES} licenses`, { code: 'EINPUT' });
  return [...new Set(items.map((item) => {
    const withException = /^(\S+)\s+with\s+(\S+)$/i.exec(item);
    const ids = withException === null ? [item] : [withException[1]!, withException[2]!];
    for (const id of ids) if (!LICENSE_ID.test(id)) throw new InputError(`${label}: ${quote(id)} is not an SPDX license id`, { code: 'EINPUT' });
    return withException === null ? item : `${withException[1]} WITH ${withException[2]}`;
  }))];
}

function checkId(reader: ConfigReader, node: Node, id: string, key: string): string {
  if (!LICENSE_ID.test(id)) throw reader.error(node, `${key}: ${quote(id)} is not an SPDX license id`);
  return id;
}
