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
  denied: 'Your policy denies this package or version outright (the `deny` list of the config file).',
};

export function kindTitle(kind: FindingKind): string {
  return kind
    .split('-')
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}
