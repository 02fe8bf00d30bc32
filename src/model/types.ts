// The data model shared by every pipeline stage (docs/architecture.md):
// lockfile -> LockedPackage -> Change -> (registry, tarball) -> Fact -> Finding -> Report.

export { SEVERITIES, type Severity } from './severities.js';
import type { Severity } from './severities.js';

// The kinds live in the one table of finding kinds (findings.ts); re-exported so imports of this module keep working.
export { FINDING_KINDS, type FindingKind } from './findings.js';
import type { ReviewErrorCode, TarballAnomalyCode } from './codes.js';
import type { FindingKind } from './findings.js';

export type LockfileFormat = 'npm' | 'yarn-classic' | 'yarn-berry' | 'pnpm' | 'bun';

/** Where a locked package comes from. Only `registry` packages are fetched through the registry. */
export type SourceType = 'registry' | 'git' | 'tarball' | 'file' | 'link' | 'workspace' | 'unknown';

export interface LockedPackage {
  /** The real package name, as published (for an alias `foo@npm:bar@1.0.0`, this is `bar`). */
  name: string;
  version: string;
  /** The name the project installs it under when it differs from `name` (npm aliases). */
  alias?: string;
  /** The resolved URL or spec exactly as the lockfile records it. */
  resolved?: string;
  /** SRI string (sha512-...) or legacy sha1 hex, as recorded in the lockfile. */
  integrity?: string;
  source: SourceType;
  /** Depended on directly by the root project or a workspace. */
  direct: boolean;
  dev: boolean;
  optional: boolean;
  /** Where it sits in the tree, e.g. `node_modules/a/node_modules/b`, or the importer paths for pnpm. */
  paths: string[];
  /** Lockfile-recorded dependency names of this package (used for new-dependency findings). */
  dependencies?: Record<string, string>;
  /** Lockfile-recorded `hasInstallScript` (npm) or `requiresBuild` (pnpm), when present. */
  hasInstallScript?: boolean;
  /** 1-based line in the lockfile where this entry starts, when the parser knows it. */
  line?: number;
}

export interface Lockfile {
  /** Path relative to the repository root (or as given on the command line). */
  path: string;
  format: LockfileFormat;
  /** The lockfile's own version marker (e.g. npm lockfileVersion 3, pnpm '9.0', berry metadata version 8). */
  formatVersion: string;
  packages: LockedPackage[];
}

export type ChangeType = 'added' | 'removed' | 'updated' | 'downgraded';

export interface Change {
  name: string;
  from: string | null;
  to: string | null;
  type: ChangeType;
  direct: boolean;
  dev: boolean;
  /** The lockfile this change was found in. */
  lockfile: string;
  /** The old and new entries; `before` is absent for added packages, `after` for removed ones. */
  before?: LockedPackage;
  after?: LockedPackage;
}

/** Registry metadata of one version, as found in the full (non-abbreviated) packument. */
export interface VersionManifest {
  name: string;
  version: string;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  bin?: string | Record<string, string>;
  license?: unknown;
  gypfile?: boolean;
  deprecated?: string;
  _npmUser?: { name?: string; email?: string };
  maintainers?: Array<{ name?: string; email?: string }>;
  dist?: {
    tarball?: string;
    integrity?: string;
    shasum?: string;
    attestations?: { url?: string; provenance?: { predicateType?: string } };
  };
  [key: string]: unknown;
}

export interface Packument {
  name: string;
  versions: Record<string, VersionManifest>;
  time?: Record<string, string>;
  'dist-tags'?: Record<string, string>;
  maintainers?: Array<{ name?: string; email?: string }>;
}

export type FileType = 'file' | 'dir' | 'symlink' | 'hardlink' | 'other';

export interface FileEntry {
  /** Path inside the package, with the tarball's top folder (`package/`) removed, '/'-separated. */
  path: string;
  size: number;
  /**
   * Hex sha256 of the full content (also for files too large to analyze). Absent for a native binary of more than
   * 64 KiB (`magic` set): nothing compares those by content, and hashing them was most of the hashing cost.
   */
  sha256?: string;
  mode: number;
  type: FileType;
  /** UTF-8 text when the file is text and within the text limit (ExtractLimits.maxTextFileBytes). */
  text?: string;
  /** Why a text file's content was not kept (e.g. 'over the 64 MiB text limit'); hashed all the same. */
  unread?: string;
  /** Magic-number type when the content is an executable or library: 'elf' | 'pe' | 'macho' | 'wasm' ... */
  magic?: string;
  /** Symlink/hardlink target as recorded (never followed). */
  linkTarget?: string;
}

export interface TarballAnomaly {
  /** What was wrong (model/codes.ts). */
  code: TarballAnomalyCode;
  path?: string;
  message: string;
}

export interface ExtractedPackage {
  files: Map<string, FileEntry>;
  anomalies: TarballAnomaly[];
  /** True when a bound stopped extraction early: the file list is incomplete. */
  truncated: boolean;
}

/** One thing a version does, e.g. `network:module:https`. A finding is a fact in NEW that OLD lacks. */
export interface Fact {
  /** Identity used for old/new comparison; must not contain file or line. */
  key: string;
  kind: FindingKind;
  /** Short human text: what it does, e.g. "loads the `https` module". */
  detail: string;
  file?: string;
  line?: number;
  evidence?: string;
  /** Default severity for this fact; policy may override it per kind. */
  severity: Severity;
  /** Found in a file an install script runs (or one it loads): code that runs on every install. */
  installTime?: boolean;
}

export interface Finding {
  kind: FindingKind;
  /** The Fact key behind it: stable across versions (SARIF fingerprints, dedupe). */
  key?: string;
  severity: Severity;
  /** One sentence a maintainer understands: what changed and why it matters. */
  message: string;
  file?: string;
  line?: number;
  evidence?: string;
  /** Where the claim can be checked, e.g. the npm website's code view of that version. */
  url?: string;
  /** Set by policy when a config `ignore` entry matches. Acknowledged findings never fail the verdict. */
  acknowledged?: { reason: string; expires?: string };
}

export interface ChangeReport extends Change {
  findings: Finding[];
  /** Unified diff of package.json when scripts, dependencies or bin changed. */
  packageJsonDiff?: string;
  /** The worst severity among unacknowledged findings, or null. */
  worst: Severity | null;
  /** SPDX license strings of the two versions, as published (for license policy); absent when not fetched. */
  licenses?: { before?: string | null; after?: string | null };
  /** What an added package with findings is for: its `description`, as published (untrusted, at most ~200 characters). */
  description?: string;
}

export interface ReviewError {
  name: string;
  version: string;
  message: string;
  /** Stable code (model/codes.ts). */
  code?: ReviewErrorCode;
}

export type Verdict = 'pass' | 'fail';
export type FailOn = Severity | 'never';

export interface Report {
  schemaVersion: 1;
  tool: { name: 'depdiff'; version: string };
  verdict: Verdict;
  failOn: FailOn;
  generatedAt: string;
  lockfiles: Array<{ path: string; format: LockfileFormat | null; changes: number }>;
  changes: ChangeReport[];
  errors: ReviewError[];
  /** Said once per review: checks that could not run (e.g. the registry omits `_npmUser`), and expired ignores. */
  notes: string[];
  counts: Record<Severity, number> & { acknowledged: number };
  /** Packages that could not be reviewed (src/policy/incomplete.ts); they fail the verdict unless allowIncomplete. */
  incomplete?: number;
  /** The user opted out of failing closed (allow-incomplete). */
  allowIncomplete?: boolean;
}

/** The dependency lists of a package.json beside a lockfile: yarn classic records no direct dependencies. */
export interface ManifestDeps {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** One lockfile's two sides, as the sources (git, the GitHub API, two files) hand them to the review. */
export interface LockfilePair {
  path: string;
  /** Where the old side was read, when not `path` (the CLI's two files): parse errors name the right file. */
  beforePath?: string;
  before: string | null;
  after: string | null;
  /** The package.json beside the lockfile on each side (yarn classic records no direct dependencies). */
  rootManifest?: { before?: ManifestDeps; after?: ManifestDeps };
}

/** An added or changed dependency range in a package.json. */
export interface DependencyEdit {
  field: 'dependencies' | 'devDependencies' | 'optionalDependencies' | 'peerDependencies';
  name: string;
  /** The range in the base's package.json; null when the dependency is new. */
  from: string | null;
  to: string;
}

/** A package.json whose dependencies changed while no lockfile followed (the sources find it, a check reports it). */
export interface UnlockedManifest {
  /** package.json path from the repository root. */
  manifest: string;
  /** The lockfile that governs it and did not change; null when the project has no lockfile at all. */
  lockfile: string | null;
  edits: DependencyEdit[];
}

/** An install-time patch file the change adds or edits (patch-package, pnpm, yarn). */
export interface PatchFile {
  /** Path from the repository root. */
  path: string;
  /** The patch text at the head; the base's text when the PR changes an existing patch. */
  before: string | null;
  after: string;
}
