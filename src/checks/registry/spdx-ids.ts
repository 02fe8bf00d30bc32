// The SPDX license ids depdiff recognises. A license outside this list is "unknown" to a policy
// unless the policy names it, because an unknown id is as likely a typo as a real license.

const IDS = [
  '0BSD', 'AFL-2.1', 'AFL-3.0', 'AGPL-1.0', 'AGPL-3.0', 'AGPL-3.0-only', 'AGPL-3.0-or-later', 'Apache-1.1',
  'Apache-2.0', 'APSL-2.0', 'Artistic-1.0', 'Artistic-2.0', 'BlueOak-1.0.0', 'BSD-1-Clause', 'BSD-2-Clause',
  'BSD-2-Clause-Patent', 'BSD-3-Clause', 'BSD-3-Clause-Clear', 'BSD-4-Clause', 'BSL-1.0', 'BUSL-1.1', 'CAL-1.0',
  'CC-BY-1.0', 'CC-BY-2.0', 'CC-BY-2.5', 'CC-BY-3.0', 'CC-BY-4.0', 'CC-BY-NC-4.0', 'CC-BY-NC-SA-4.0',
  'CC-BY-NC-ND-4.0', 'CC-BY-ND-4.0', 'CC-BY-SA-3.0', 'CC-BY-SA-4.0', 'CC0-1.0', 'CDDL-1.0', 'CDDL-1.1',
  'CPAL-1.0', 'CPL-1.0', 'ECL-2.0', 'EPL-1.0', 'EPL-2.0', 'EUPL-1.1', 'EUPL-1.2', 'GPL-1.0', 'GPL-1.0-only',
  'GPL-1.0-or-later', 'GPL-2.0', 'GPL-2.0-only', 'GPL-2.0-or-later', 'GPL-3.0', 'GPL-3.0-only',
  'GPL-3.0-or-later', 'Hippocratic-2.1', 'ISC', 'LGPL-2.0', 'LGPL-2.0-only', 'LGPL-2.0-or-later', 'LGPL-2.1',
  'LGPL-2.1-only', 'LGPL-2.1-or-later', 'LGPL-3.0', 'LGPL-3.0-only', 'LGPL-3.0-or-later', 'MIT', 'MIT-0',
  'MPL-1.1', 'MPL-2.0', 'MPL-2.0-no-copyleft-exception', 'MS-PL', 'MS-RL', 'NCSA', 'ODbL-1.0', 'OFL-1.1',
  'OpenSSL', 'OSL-3.0', 'PostgreSQL', 'Python-2.0', 'SSPL-1.0', 'Unicode-DFS-2016', 'Unicode-3.0', 'Unlicense',
  'UPL-1.0', 'W3C', 'WTFPL', 'X11', 'Zlib', 'ZPL-2.1',
  // Not SPDX licenses, but the npm convention for "no license granted"; policies deny it by name.
  'UNLICENSED',
];

const EXCEPTIONS = [
  'Classpath-exception-2.0', 'GCC-exception-3.1', 'LLVM-exception', 'Bison-exception-2.2',
  'Autoconf-exception-3.0', 'OpenJDK-assembly-exception-1.0', 'Font-exception-2.0',
];

/** Lowercase id -> canonical spelling. */
export const KNOWN_LICENSE_IDS: ReadonlyMap<string, string> = new Map(IDS.map((id) => [id.toLowerCase(), id]));
export const KNOWN_EXCEPTION_IDS: ReadonlyMap<string, string> = new Map(EXCEPTIONS.map((id) => [id.toLowerCase(), id]));

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
