// The SPDX license and exception ids, from the SPDX list as packaged by spdx-license-ids and spdx-exceptions.
// A license outside this list is "unknown" to a policy unless the policy names it, because an unknown id is as
// likely a typo as a real license.
import LICENSE_IDS from 'spdx-license-ids/index.json' with { type: 'json' };
import DEPRECATED_LICENSE_IDS from 'spdx-license-ids/deprecated.json' with { type: 'json' };
import EXCEPTION_IDS from 'spdx-exceptions/index.json' with { type: 'json' };
import DEPRECATED_EXCEPTION_IDS from 'spdx-exceptions/deprecated.json' with { type: 'json' };

// Not an SPDX license, but the npm convention for "no license granted"; policies deny it by name.
const NPM_CONVENTIONS = ['UNLICENSED'];

const byLowerCase = (ids: readonly string[]) => new Map(ids.map((id) => [id.toLowerCase(), id]));

/** Lowercase id -> canonical spelling. */
export const KNOWN_LICENSE_IDS: ReadonlyMap<string, string> = byLowerCase([...LICENSE_IDS, ...DEPRECATED_LICENSE_IDS, ...NPM_CONVENTIONS]);
export const KNOWN_EXCEPTION_IDS: ReadonlyMap<string, string> = byLowerCase([...EXCEPTION_IDS, ...DEPRECATED_EXCEPTION_IDS]);

/** Deprecated SPDX ids and their current equivalents, so `GPL-3.0` -> `GPL-3.0-only` is no license change. */
export const LICENSE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['GPL-1.0', 'GPL-1.0-only'], ['GPL-1.0+', 'GPL-1.0-or-later'],
  ['GPL-2.0', 'GPL-2.0-only'], ['GPL-2.0+', 'GPL-2.0-or-later'],
  ['GPL-3.0', 'GPL-3.0-only'], ['GPL-3.0+', 'GPL-3.0-or-later'],
  ['LGPL-2.0', 'LGPL-2.0-only'], ['LGPL-2.0+', 'LGPL-2.0-or-later'],
  ['LGPL-2.1', 'LGPL-2.1-only'], ['LGPL-2.1+', 'LGPL-2.1-or-later'],
  ['LGPL-3.0', 'LGPL-3.0-only'], ['LGPL-3.0+', 'LGPL-3.0-or-later'],
  ['AGPL-3.0', 'AGPL-3.0-only'], ['AGPL-3.0+', 'AGPL-3.0-or-later'],
]);

/** Licenses that let anyone use the code without passing obligations on to the dependent project. */
export const PERMISSIVE_LICENSE_IDS: ReadonlySet<string> = new Set([
  '0BSD', 'Apache-2.0', 'BlueOak-1.0.0', 'BSD-1-Clause', 'BSD-2-Clause', 'BSD-2-Clause-Patent', 'BSD-3-Clause',
  'BSD-3-Clause-Clear', 'BSL-1.0', 'CC0-1.0', 'ISC', 'MIT', 'MIT-0', 'NCSA', 'PostgreSQL', 'Python-2.0', 'Unlicense',
  'UPL-1.0', 'W3C', 'WTFPL', 'X11', 'Zlib',
]);

/** Loose spellings seen in package.json files, mapped to the SPDX id they mean. */
export const LOOSE_LICENSE_NAMES: ReadonlyMap<string, string> = new Map([
  ['mit license', 'MIT'], ['the mit license', 'MIT'], ['mit/x11', 'MIT'], ['isc license', 'ISC'],
  ['apache 2.0', 'Apache-2.0'], ['apache-2', 'Apache-2.0'], ['apache 2', 'Apache-2.0'], ['apache2', 'Apache-2.0'],
  ['apache license 2.0', 'Apache-2.0'], ['apache license, version 2.0', 'Apache-2.0'], ['apache-2.0 license', 'Apache-2.0'],
  ['bsd-2', 'BSD-2-Clause'], ['bsd-3', 'BSD-3-Clause'], ['new bsd', 'BSD-3-Clause'], ['simplified bsd', 'BSD-2-Clause'],
  ['cc0', 'CC0-1.0'], ['gplv3', 'GPL-3.0-only'], ['gplv2', 'GPL-2.0-only'],
]);
