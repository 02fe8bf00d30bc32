import type { ManifestDeps } from '../model/types.js';

export type { ManifestDeps };

export interface ParseContext {
  /** The package.json beside the lockfile, when there is one. */
  rootManifest?: ManifestDeps;
}

/** The dependency maps of a package.json text; undefined when absent or not JSON. */
export function manifestDepsOf(text: string | null): ManifestDeps | undefined {
  if (!text) return undefined;
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    const pick = (key: string) => {
      const value = json[key];
      return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, string>) : undefined;
    };
    return {
      dependencies: pick('dependencies'),
      devDependencies: pick('devDependencies'),
      optionalDependencies: pick('optionalDependencies'),
      peerDependencies: pick('peerDependencies'),
    };
  } catch {
    return undefined;
  }
}
