import type { ManifestDeps } from '../model/types.js';

export type { ManifestDeps };

export interface ParseContext {
  /** The package.json beside the lockfile, when there is one. */
  rootManifest?: ManifestDeps;
}
