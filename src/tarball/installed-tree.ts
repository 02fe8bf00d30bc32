// The shape npm's extraction leaves on disk, tracked in memory: node-tar writes entries in order,
// creates parent folders as needed, overwrites an earlier file of the same path, and fails (skipping
// the entry, with only a warning) where a file and a folder would share a path.

export type Placement = 'new' | 'replaces' | 'under-a-file' | 'is-a-folder';

export class InstalledTree {
  private readonly files = new Set<string>();
  private readonly folders = new Set<string>();

  get fileCount(): number {
    return this.files.size;
  }

  /** What writing a file at `path` would do, without doing it. */
  placement(path: string): Placement {
    const parts = path.split('/');
    for (let depth = 1; depth < parts.length; depth += 1) {
      // mkdir of a parent that is a file fails: the entry is skipped.
      if (this.files.has(parts.slice(0, depth).join('/'))) return 'under-a-file';
    }
    // A folder is never empty here (it was made for a file), so node-tar's rmdir of it fails.
    if (this.folders.has(path)) return 'is-a-folder';
    return this.files.has(path) ? 'replaces' : 'new';
  }

  add(path: string): void {
    const parts = path.split('/');
    for (let depth = 1; depth < parts.length; depth += 1) this.folders.add(parts.slice(0, depth).join('/'));
    this.files.add(path);
  }
}
