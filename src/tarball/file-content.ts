// Collects one archive entry's bytes as they stream in: hashed (except past the format prefix of a native binary),
// kept in memory only as far as the review needs them (text up to the text limit; for a binary, the first bytes that
// name its format).
import { createHash, type Hash } from 'node:crypto';
import type { FileEntry } from '../model/types.js';
import { detectMagic } from './magic.js';

/** A NUL in the first 8 KiB makes a file binary, as git and grep decide. */
const TEXT_SNIFF_BYTES = 8192;
/** Enough for every magic number detectMagic knows (a PE header's offset sits at 0x3c). */
const MAGIC_PREFIX_BYTES = 64 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

export class FileContent {
  private readonly hash: Hash = createHash('sha256');
  private chunks: Buffer[] = [];
  private kept = 0;
  private size = 0;
  private binary: boolean | undefined;
  /**
   * Cleared once the entry is known to be a native binary (binary content with a magic number): its facts come from
   * its format and name, and nothing keys on its hash (code scans and unread-code facts only hash files without magic).
   */
  private hashing = true;
  private prefixChecked = false;

  constructor(private readonly maxTextFileBytes: number) {}

  push(chunk: Buffer): void {
    this.size += chunk.length;
    if (this.hashing) this.hash.update(chunk);
    const cap = this.retainCap();
    if (this.kept < cap) {
      const part = chunk.subarray(0, cap - this.kept);
      this.chunks.push(part);
      this.kept += part.length;
    }
    if (this.binary === undefined && this.kept >= TEXT_SNIFF_BYTES) this.binary = this.sniffBinary();
    // Past either cap, only the format prefix is still worth holding.
    if (this.kept > this.retainCap()) this.trimTo(MAGIC_PREFIX_BYTES);
    // The prefix finish() will classify is complete: if it names a native format, the rest need not be hashed.
    if (this.binary && !this.prefixChecked && this.kept >= MAGIC_PREFIX_BYTES) {
      this.prefixChecked = true;
      if (detectMagic(Buffer.concat(this.chunks).subarray(0, MAGIC_PREFIX_BYTES), true)) this.hashing = false;
    }
  }

  finish(path: string, mode: number): FileEntry {
    const data = Buffer.concat(this.chunks);
    this.chunks = [];
    const looksBinary = this.binary ?? data.subarray(0, TEXT_SNIFF_BYTES).includes(0);
    const overTextLimit = this.size > this.maxTextFileBytes;
    const file: FileEntry = { path, size: this.size, ...(this.hashing ? { sha256: this.hash.digest('hex') } : {}), mode, type: 'file' };
    if (!looksBinary && !overTextLimit) {
      try {
        file.text = utf8.decode(data);
      } catch {
        // Not UTF-8: analyzed as binary.
      }
    }
    if (!looksBinary && overTextLimit) file.unread = `over the ${formatBytes(this.maxTextFileBytes)} text limit`;
    const magic = detectMagic(data, looksBinary || (file.text === undefined && !overTextLimit));
    if (magic) file.magic = magic;
    return file;
  }

  private retainCap(): number {
    return this.binary || this.size > this.maxTextFileBytes ? MAGIC_PREFIX_BYTES : this.maxTextFileBytes;
  }

  private sniffBinary(): boolean {
    return Buffer.concat(this.chunks).subarray(0, TEXT_SNIFF_BYTES).includes(0);
  }

  private trimTo(bytes: number): void {
    // A copy: the chunks are views into large decompression buffers that should not stay alive.
    const prefix = Buffer.from(Buffer.concat(this.chunks).subarray(0, bytes));
    this.chunks = [prefix];
    this.kept = prefix.length;
  }
}

function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes}-byte`;
}
