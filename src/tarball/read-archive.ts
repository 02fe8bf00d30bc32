// Reads a decompressed tar stream with node-tar's own Parser (the one npm's extraction runs) and keeps
// exactly the files pacote's extraction would write, under depdiff's bounds on entries and files.
// What npm would not write, or writes somewhere surprising, is reported as an anomaly.
import { Parser, type ReadEntry } from 'tar';
import type { FileEntry, TarballAnomaly } from '../model/types.js';
import { FileContent } from './file-content.js';
import { InstalledTree } from './installed-tree.js';
import { GitignoreRename, npmEntryPath } from './npm-entry-path.js';

export interface ArchiveBounds {
  maxFiles: number;
  maxEntries: number;
  maxTextFileBytes: number;
}

/**
 * A block node-tar's Header cannot parse (a numeric field with a bad base-256 marker). The Parser warns and skips it
 * without touching any state npm's parse depends on; a zero block would not do: it counts towards the two that end
 * an archive (see the constructor).
 */
const UNPARSABLE_BLOCK = Buffer.alloc(512);
UNPARSABLE_BLOCK[100] = 0x81;

export class ArchiveReader {
  readonly files = new Map<string, FileEntry>();
  readonly anomalies: TarballAnomaly[] = [];
  /** Set when a bound stopped reading: the file map is incomplete. */
  truncated = false;
  /** Set when npm itself would fail to unpack the archive (node-tar's TAR_BAD_ARCHIVE). */
  unreadable: string | undefined;

  private readonly parser: Parser;
  private readonly tree = new InstalledTree();
  private readonly gitignore = new GitignoreRename();
  private readonly filtered = new WeakSet<ReadEntry>();
  private entries = 0;
  private stopped = false;
  /** Set while our own first block is parsed, so that its warning is not reported. */
  private writingOwnBlock = false;

  constructor(private readonly bounds: ArchiveBounds) {
    // npm's Parser sniffs compression itself; ours gets already-decompressed bytes and must not sniff again.
    // The stream starts with a block of our own (below), which no magic bytes match; brotli, which has none,
    // must be off (the Parser would take that unparsable block for brotli), and zstd is off to say so.
    this.parser = new Parser({ brotli: false, zstd: false, filter: (_path, entry) => this.filter(entry as ReadEntry) });
    this.parser.on('entry', (entry: ReadEntry) => this.onEntry(entry));
    this.parser.on('ignoredEntry', (entry: ReadEntry) => this.onIgnored(entry));
    this.parser.on('warn', (code: string, message: string) => this.onWarning(code, message));
    // On a bare Parser only an abort raises errors: ours at a bound, or one it could not avoid.
    this.parser.on('error', (error: Error) => {
      if (!this.stopped) this.unreadable ??= error.message;
    });
    // npm decompresses once and parses the rest as tar, even when it starts with gzip's magic bytes. A first
    // block of our own, before any chunk, keeps our Parser from sniffing (however the chunks are cut), and
    // leaves the parse as it was, an empty stream included. A zero block did not: with an unparsable first block
    // and one zero block after it, npm reads on, but ours saw two zero blocks, the end of the archive.
    this.writingOwnBlock = true;
    this.parser.write(UNPARSABLE_BLOCK);
    this.writingOwnBlock = false;
  }

  /** Feeds the next decompressed chunk; false once reading has stopped at a bound. */
  write(chunk: Buffer): boolean {
    if (this.stopped) return false;
    this.parser.write(chunk);
    return !this.stopped;
  }

  /** Ends the stream; resolves once every entry is settled. */
  end(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      this.parser.on('end', () => resolve());
      this.parser.on('abort', () => resolve());
      this.parser.end();
    });
  }

  /** Stops reading at a bound: the entry in progress is dropped, the rest is not read. */
  stop(anomaly: TarballAnomaly): void {
    if (this.stopped) return;
    this.stopped = true;
    this.truncated = true;
    this.anomalies.push(anomaly);
    this.parser.abort(new Error(anomaly.message));
  }

  private countEntry(): boolean {
    this.entries += 1;
    if (this.entries > this.bounds.maxEntries) {
      this.stop({ code: 'too-many-files', message: `the tarball has more than ${this.bounds.maxEntries} entries; the rest were not reviewed` });
      return false;
    }
    return true;
  }

  /** pacote's filter: only regular files are written; links, folders and devices are not. */
  private filter(entry: ReadEntry): boolean {
    this.filtered.add(entry);
    if (!this.countEntry()) return false;
    const recorded = entry.path;
    if (entry.type === 'SymbolicLink' || entry.type === 'Link') {
      const kind = entry.type === 'Link' ? 'hardlink' : 'symlink';
      this.anomalies.push({
        code: kind,
        path: recorded,
        message: `${recorded} is a ${kind} to ${entry.linkpath ?? ''}; npm does not install links, but publishing one is unusual`,
      });
      return false;
    }
    if (/File$/.test(entry.type)) {
      const path = this.gitignore.apply(recorded);
      if (path === undefined) return false;
      entry.path = path;
      return true;
    }
    if (entry.type !== 'Directory' && entry.type !== 'GNUDumpDir') {
      this.anomalies.push({ code: 'special-file', path: recorded, message: `${recorded} is a special file (${entry.type}), not a regular file; npm does not install it` });
    }
    return false;
  }

  private onIgnored(entry: ReadEntry): void {
    if (this.stopped || this.filtered.has(entry)) return;
    if (!this.countEntry()) return;
    if (entry.meta) {
      this.anomalies.push({ code: 'invalid-header', message: `a ${entry.size}-byte tar metadata entry (${entry.type}) is over node-tar's limit; npm ignores it` });
    } else {
      this.anomalies.push({ code: 'special-file', path: entry.path, message: `${entry.path} has an unknown tar entry type (${entry.type}); npm ignores it` });
    }
  }

  private onWarning(code: string, message: string): void {
    if (this.stopped || this.writingOwnBlock) return;
    if (code === 'TAR_BAD_ARCHIVE') {
      // npm's Unpack turns this into an error: the install fails.
      this.unreadable ??= message;
    } else if (code === 'TAR_ENTRY_INVALID') {
      if (!this.countEntry()) return;
      this.anomalies.push({
        code: 'invalid-header',
        message: `the tarball has an invalid tar header (${message}); npm skips it and reads the next block as a header, so entries can hide behind it`,
      });
    }
  }

  private onEntry(entry: ReadEntry): void {
    if (this.stopped) return;
    const recorded = entry.path;
    if (recorded.includes('\\')) {
      this.anomalies.push({ code: 'windows-path', path: recorded, message: `${recorded} has a backslash, which npm on Windows reads as a folder separator; it installs elsewhere there` });
    }
    const target = npmEntryPath(recorded);
    if (!target.written) {
      if (target.reason !== 'no-top-folder') {
        const why = target.reason === 'path-traversal' ? 'a ".." segment' : 'a path over 1024 segments deep';
        this.anomalies.push({ code: target.reason, path: recorded, message: `the tarball has an entry with ${why} (${recorded}); npm does not install it` });
      }
      entry.resume();
      return;
    }
    const path = target.path;
    if (target.rooted) {
      this.anomalies.push({ code: 'absolute-path', path: recorded, message: `the tarball has an entry with an absolute path (${recorded}); npm installs it as ${path}` });
    }
    const placement = this.tree.placement(path);
    if (placement === 'under-a-file' || placement === 'is-a-folder') {
      const why = placement === 'under-a-file' ? 'a file sits where its folder would be' : 'a folder of that name came first';
      this.anomalies.push({ code: 'path-conflict', path, message: `${path} is not installed: ${why}` });
      entry.resume();
      return;
    }
    if (placement === 'new' && this.tree.fileCount >= this.bounds.maxFiles) {
      this.stop({ code: 'too-many-files', message: `the tarball has more than ${this.bounds.maxFiles} files; the rest were not reviewed` });
      return;
    }
    if (placement === 'replaces') {
      // tar semantics: the later entry wins, so an earlier copy could hide what is installed.
      this.anomalies.push({ code: 'duplicate-path', path, message: `${path} appears more than once in the tarball; the last copy is the one installed` });
    }
    this.tree.add(path);
    const content = new FileContent(this.bounds.maxTextFileBytes);
    entry.on('data', (chunk: Buffer) => content.push(chunk));
    entry.on('end', () => {
      if (!this.stopped) this.files.set(path, content.finish(path, entry.mode ?? 0));
    });
  }
}
