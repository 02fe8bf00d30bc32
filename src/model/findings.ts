// The one table of finding kinds: id, title, default severity, what it means and why it matters.
// Config files, JSON, SARIF, the Markdown legend and the README's table all read it from here.
import type { Severity } from './severities.js';

export interface FindingKindRow {
  /** Stable id, used in config files, JSON and SARIF. Never rename one. */
  id: string;
  /** A few words, for tables and headings. */
  title: string;
  /**
   * The severity a finding of this kind starts from. Code capabilities start here whatever the check said and are
   * raised only by the named rules of src/pipeline/severity-model.ts; for the other kinds the check may set a
   * different one from its own evidence (`variesWith` says from what).
   */
  severity: Severity;
  /** One sentence: what a finding of this kind reports. */
  description: string;
  /** One sentence a maintainer understands: why it is worth a look. */
  rationale: string;
  /** For kinds whose check sets the severity from its evidence: from what. */
  variesWith?: string;
}

export const FINDING_KIND_TABLE = [
  {
    id: 'install-script',
    title: 'Install script',
    severity: 'medium',
    description: 'The new version runs a script when it is installed (preinstall, install, postinstall or a native build).',
    rationale: 'Install scripts run on every machine that installs the package, before anyone imports it: the favourite entry point of npm malware.',
  },
  {
    id: 'network',
    title: 'Network access',
    severity: 'medium',
    description: 'The new version newly makes network requests or loads networking modules.',
    rationale: 'Code that can reach the network can send data away or download what it runs next.',
  },
  {
    id: 'shell',
    title: 'Runs programs',
    severity: 'medium',
    description: 'The new version newly starts processes or runs shell commands.',
    rationale: 'A package that starts programs can do anything the user can, outside of what JavaScript review shows.',
  },
  {
    id: 'eval',
    title: 'Runs built code',
    severity: 'medium',
    description: 'The new version newly evaluates dynamically built code (eval, Function, vm, module._compile).',
    rationale: 'Code built at run time cannot be read in the published source, so review cannot say what it does.',
  },
  {
    id: 'env',
    title: 'Environment harvesting',
    severity: 'medium',
    description: 'The new version newly reads or enumerates environment variables in bulk.',
    rationale: 'The environment of CI jobs and developer shells holds tokens and secrets.',
  },
  {
    id: 'fs-sensitive',
    title: 'Secret files',
    severity: 'medium',
    description: 'The new version newly refers to files that hold credentials, keys or wallets.',
    rationale: 'Few libraries have a reason to open another program\'s credential store.',
  },
  {
    id: 'obfuscation',
    title: 'Obfuscated code',
    severity: 'medium',
    description: 'The new version contains obfuscated, packed or encoded code.',
    rationale: 'Code written to be unreadable defeats the review this check exists for.',
  },
  {
    id: 'binary',
    title: 'Executable file',
    severity: 'high',
    description: 'The new version ships new executable or native binary files.',
    rationale: 'Binaries cannot be reviewed as source and run with the user\'s rights.',
    variesWith: 'medium for scripts and for packages that declare `os`/`cpu` (the prebuilt-binary pattern)',
  },
  {
    id: 'maintainer-change',
    title: 'New publisher',
    severity: 'medium',
    description: 'The new version was published by a different person or the maintainers changed.',
    rationale: 'A new hand on a package is how account takeovers and handovers (event-stream) reach users.',
  },
  {
    id: 'provenance-lost',
    title: 'Provenance lost',
    severity: 'high',
    description: 'The old version had a provenance attestation and the new one has none.',
    rationale: 'A release that no longer comes from the project\'s CI may have been published with a stolen token.',
  },
  {
    id: 'new-dependency',
    title: 'New dependency',
    severity: 'low',
    description: 'The new version adds dependencies.',
    rationale: 'New dependencies are code the project never reviewed; they are reviewed as added packages of their own.',
  },
  {
    id: 'typosquat',
    title: 'Name like a popular package',
    severity: 'high',
    description: 'The package name closely resembles a popular package.',
    rationale: 'Near-miss names are how typosquatting packages get installed by mistake.',
  },
  {
    id: 'non-registry-source',
    title: 'Installed from outside the registry',
    severity: 'high',
    description: 'The package is installed from outside the allowed registries (git, tarball URL, another host).',
    rationale: 'Code from outside the registry skips its checks and can change without a new version.',
    variesWith: 'low for `file:` and `link:` sources',
  },
  {
    id: 'integrity-mismatch',
    title: 'Checksum mismatch',
    severity: 'critical',
    description: "The downloaded tarball does not match the lockfile's or the registry's integrity.",
    rationale: 'A checksum that disagrees means the code is not the code that was published or locked.',
    variesWith: 'medium when the lockfile lost its checksum',
  },
  {
    id: 'deprecated',
    title: 'Deprecated',
    severity: 'medium',
    description: 'The new version is deprecated.',
    rationale: 'Its authors ask users not to install it, often for a reason that matters.',
  },
  {
    id: 'recently-published',
    title: 'Recently published',
    severity: 'medium',
    description: 'The new version was published only recently, within the cooldown period.',
    rationale: 'Most malicious releases are found and removed within days of publication.',
  },
  {
    id: 'unpublished',
    title: 'Unpublished',
    severity: 'critical',
    description: 'The version was unpublished from the registry or cannot be found.',
    rationale: 'The registry removes malware by unpublishing it; a locked version that is gone cannot be reviewed.',
    variesWith: 'high when the whole package is gone',
  },
  {
    id: 'license-change',
    title: 'License change',
    severity: 'low',
    description: 'The license changed, or does not satisfy the license policy.',
    rationale: 'A license change can change what the project may do with the code.',
    variesWith: 'medium from permissive to copyleft or none; high when the license policy denies it',
  },
  {
    id: 'vulnerability',
    title: 'Known vulnerability',
    severity: 'high',
    description: 'The new version has a known vulnerability advisory.',
    rationale: 'The new version carries a published advisory the old one did not.',
    variesWith: "the advisory's severity; critical for malware advisories",
  },
  {
    id: 'tarball-anomaly',
    title: 'Unusual archive',
    severity: 'high',
    description: 'The tarball contains unusual entries (path traversal, links, oversized or too many files).',
    rationale: 'Archives built to escape the install folder or outgrow review limits are attacks on the tools that read them.',
    variesWith: 'critical for gzip bombs and path traversal; medium when the old version was as big or a manifest field is malformed',
  },
  {
    id: 'insecure-source',
    title: 'Plain http download',
    severity: 'high',
    description: 'The lockfile downloads the package over plain http, where the tarball can be swapped in transit.',
    rationale: 'Anyone on the network path can replace a tarball fetched over plain http.',
    variesWith: 'reported only when the pull request brings the http source in',
  },
  {
    id: 'alias-swap',
    title: 'Alias now installs another package',
    severity: 'high',
    description: 'An npm alias now installs a different package under the same name (`"react": "npm:other@1"`).',
    rationale: 'An alias that points at another package installs different code under a trusted name.',
  },
  {
    id: 'unlocked-change',
    title: 'Dependency change without a lockfile change',
    severity: 'medium',
    description: 'A package.json dependency changed without a matching lockfile change, so CI installs whatever resolves.',
    rationale: 'A dependency range with no lockfile entry installs whatever the registry serves that day, unreviewed.',
    variesWith: 'high when the project has no lockfile at all',
  },
  {
    id: 'install-patch',
    title: 'Install-time patch',
    severity: 'medium',
    description: 'A patch applied at install time (pnpm, yarn `patch:`, patch-package) was added or changed.',
    rationale: 'A patch changes installed code without a new tarball, so no version diff shows it.',
  },
  {
    id: 'denied',
    title: 'Denied by policy',
    severity: 'critical',
    description: 'Your policy denies this package or version outright (the `deny` list of the config file).',
    rationale: 'Your own policy lists this package or version as one not to install.',
  },
] as const satisfies readonly FindingKindRow[];

export type FindingKind = (typeof FINDING_KIND_TABLE)[number]['id'];

/** Stable finding ids, in table order. */
export const FINDING_KINDS: readonly FindingKind[] = FINDING_KIND_TABLE.map((row) => row.id);

const ROWS = new Map<string, FindingKindRow>(FINDING_KIND_TABLE.map((row) => [row.id, row]));

export function kindRow(kind: FindingKind): FindingKindRow {
  return ROWS.get(kind)!;
}
