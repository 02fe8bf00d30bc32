/** What a lockfile parser may need from beside the lockfile: yarn classic records no direct dependencies. */
export interface ManifestDeps {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

export interface ParseContext {
  /** The package.json beside the lockfile, when there is one. */
  rootManifest?: ManifestDeps;
}
