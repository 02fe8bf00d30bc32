import { jsonErrorLine, toLockfileError } from './lockfile-error.js';

export type JsonRecord = Record<string, unknown>;

/** JSON.parse with an error that names the file and line. */
export function parseJsonLockfile(text: string, path: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw toLockfileError(path, text, error, jsonErrorLine(text));
  }
}

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringField(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A name -> spec map keeping only string values; lockfile content is untrusted. */
export function specMap(...values: unknown[]): Record<string, string> | undefined {
  let merged: Record<string, string> | undefined;
  for (const value of values) {
    if (!isRecord(value)) continue;
    for (const [name, spec] of Object.entries(value)) {
      if (typeof spec !== 'string') continue;
      merged ??= {};
      Object.defineProperty(merged, name, { value: spec, enumerable: true, writable: true, configurable: true });
    }
  }
  return merged;
}

/** The names a manifest-like object depends on directly, in every dependency group. */
export function directNames(manifest: unknown): string[] {
  if (!isRecord(manifest)) return [];
  const names = new Set<string>();
  for (const group of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
    const deps = manifest[group];
    if (isRecord(deps)) for (const name of Object.keys(deps)) names.add(name);
  }
  return [...names];
}
