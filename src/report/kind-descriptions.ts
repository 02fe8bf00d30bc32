import type { FindingKind } from '../model/types.js';

/** One line per finding kind, for SARIF rules and the Markdown legend. */
export const KIND_DESCRIPTIONS: Record<FindingKind, string> = {
  'install-script': 'The new version runs a script when it is installed (preinstall, install, postinstall or a native build).',
  network: 'The new version newly makes network requests or loads networking modules.',
  shell: 'The new version newly starts processes or runs shell commands.',
  eval: 'The new version newly evaluates dynamically built code (eval, Function, vm, module._compile).',
  env: 'The new version newly reads or enumerates environment variables.',
  'fs-sensitive': 'The new version newly reads sensitive files such as credentials or SSH keys.',
  obfuscation: 'The new version contains obfuscated, packed or encoded code.',
  binary: 'The new version ships new executable or native binary files.',
  'maintainer-change': 'The new version was published by a different person or the maintainers changed.',
  'provenance-lost': 'The old version had a provenance attestation and the new one has none.',
  'new-dependency': 'The new version adds dependencies.',
  typosquat: 'The package name closely resembles a popular package.',
  'non-registry-source': 'The package is installed from outside the allowed registries (git, tarball URL, another host).',
  'integrity-mismatch': "The downloaded tarball does not match the lockfile's or the registry's integrity.",
  deprecated: 'The new version is deprecated.',
  'recently-published': 'The new version was published only recently, within the cooldown period.',
  unpublished: 'The version was unpublished from the registry or cannot be found.',
  'license-change': 'The license changed, or does not satisfy the license policy.',
  vulnerability: 'The new version has a known vulnerability advisory.',
  'tarball-anomaly': 'The tarball contains unusual entries (path traversal, links, oversized or too many files).',
  'insecure-source': 'The lockfile downloads the package over plain http, where the tarball can be swapped in transit.',
  'alias-swap': 'An npm alias now installs a different package under the same name (`"react": "npm:other@1"`).',
  'unlocked-change': 'A package.json dependency changed without a matching lockfile change, so CI installs whatever resolves.',
  'install-patch': 'A patch applied at install time (pnpm patchedDependencies, yarn patch:, patch-package) was added or changed.',
  denied: 'Your policy denies this package or version outright (the `deny` list of the config file).',
};

export function kindTitle(kind: FindingKind): string {
  return kind
    .split('-')
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}

/** The kind as a reader names it, in the findings table and the legend. */
export const KIND_TITLES: Record<FindingKind, string> = {
  'install-script': 'Install script',
  network: 'Network',
  shell: 'Runs programs',
  eval: 'Runs built code',
  env: 'Environment',
  'fs-sensitive': 'Sensitive files',
  obfuscation: 'Obfuscated code',
  binary: 'Binary',
  'maintainer-change': 'New publisher',
  'provenance-lost': 'Provenance lost',
  'new-dependency': 'New dependency',
  typosquat: 'Typosquat',
  'non-registry-source': 'Outside the registry',
  'integrity-mismatch': 'Integrity mismatch',
  deprecated: 'Deprecated',
  'recently-published': 'Recently published',
  unpublished: 'Unpublished',
  'license-change': 'License',
  vulnerability: 'Vulnerability',
  'tarball-anomaly': 'Tarball anomaly',
  'insecure-source': 'Plain http',
  'alias-swap': 'Alias swap',
  'unlocked-change': 'Unlocked change',
  'install-patch': 'Install-time patch',
  denied: 'Denied by policy',
};

/** Why a kind matters, said once per comment in its legend rather than in every finding. */
export const KIND_RATIONALES: Record<FindingKind, string> = {
  'install-script': 'Install scripts run on every `npm install`, before anyone imports the package: most npm malware starts there.',
  network: 'Network access is how stolen data leaves and how a second-stage payload arrives.',
  shell: 'A package that starts programs can do anything the user running it can.',
  eval: 'Code built from strings at run time cannot be read in the published source.',
  env: 'Environment variables hold CI tokens and cloud keys.',
  'fs-sensitive': 'Credential files (`.npmrc`, SSH keys, cloud configs) are what token stealers read first.',
  obfuscation: 'Packed, encoded or minified code hides what it does from review.',
  binary: 'Compiled code cannot be reviewed from the package source and runs with full rights.',
  'maintainer-change': 'A new publisher is how hijacked accounts and handed-over packages show up.',
  'provenance-lost': 'Losing provenance can mean the version was published from outside the usual build.',
  'new-dependency': "New dependencies are how event-stream's payload arrived.",
  typosquat: 'Names close to popular packages catch typos with malware.',
  'non-registry-source': 'Code from outside the registry skips its integrity and unpublish guarantees.',
  'integrity-mismatch': 'Bytes that differ from what was locked or published may have been tampered with.',
  deprecated: 'Deprecated versions get no fixes; the notice often says what to use instead.',
  'recently-published': 'Malicious versions are usually found and removed within days of publishing.',
  unpublished: 'Versions are unpublished when they are found malicious or broken.',
  'license-change': 'A new license can change what you may do with the code.',
  vulnerability: 'A published advisory names a known weakness in this version.',
  'tarball-anomaly': 'Unusual archive entries can write outside the package or hide files from review.',
  'insecure-source': 'Anyone on the network path can replace a tarball fetched over plain http.',
  'alias-swap': 'An alias that points at another package installs different code under a trusted name.',
  'unlocked-change': 'A dependency range with no lockfile entry installs whatever the registry serves that day, unreviewed.',
  'install-patch': 'A patch changes installed code without a new tarball, so no version diff shows it.',
  denied: 'Your own policy lists this package or version as one not to install.',
};
