import type { LockedPackage } from '../model/types.js';

/** Real trees nest a few dozen levels at most; an attacker's could nest millions and cost quadratic time. */
export const MAX_TREE_DEPTH = 64;

/** npm marks dependencies shipped inside their parent's tarball; they are never fetched on their own. */
export interface CollectedPackage extends LockedPackage {
  bundled?: boolean;
}

/**
 * Folds the copies of one name@version+source that sit at several tree locations into one entry:
 * paths are united, it is direct if any copy is, dev/optional only if every copy is.
 */
export class PackageCollector {
  private readonly byIdentity = new Map<string, CollectedPackage>();
  private readonly pathSets = new Map<CollectedPackage, Set<string>>();

  add(entry: CollectedPackage): void {
    const identity = `${entry.name}@${entry.version}#${entry.source}`;
    const known = this.byIdentity.get(identity);
    if (known === undefined) {
      const copy = { ...entry, paths: [...entry.paths] };
      this.byIdentity.set(identity, copy);
      this.pathSets.set(copy, new Set(copy.paths));
      return;
    }
    const paths = this.pathSets.get(known)!;
    for (const path of entry.paths) {
      if (paths.has(path)) continue;
      paths.add(path);
      known.paths.push(path);
    }
    known.direct ||= entry.direct;
    known.dev &&= entry.dev;
    known.optional &&= entry.optional;
    if (known.bundled && !entry.bundled) delete known.bundled;
    if (known.resolved === undefined && entry.resolved !== undefined) known.resolved = entry.resolved;
    if (known.integrity === undefined && entry.integrity !== undefined) known.integrity = entry.integrity;
    if (known.alias === undefined && entry.alias !== undefined) known.alias = entry.alias;
    if (known.dependencies === undefined && entry.dependencies !== undefined) known.dependencies = entry.dependencies;
    if (entry.hasInstallScript) known.hasInstallScript = true;
    if (entry.line !== undefined && (known.line === undefined || entry.line < known.line)) known.line = entry.line;
  }

  list(): CollectedPackage[] {
    return [...this.byIdentity.values()];
  }
}

/** The optional LockedPackage fields, present only when known, so entries compare and print cleanly. */
export function optionalFields(
  dependencies: Record<string, string> | undefined,
  hasInstallScript: boolean,
  line: number | undefined,
): Partial<CollectedPackage> {
  return {
    ...(dependencies !== undefined ? { dependencies } : {}),
    ...(hasInstallScript ? { hasInstallScript: true } : {}),
    ...(line !== undefined ? { line } : {}),
  };
}
