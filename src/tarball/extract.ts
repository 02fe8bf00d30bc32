// Unpacks a package tarball into memory the way npm does (node-tar's Parser, pacote's path rules),
// with bounds on every axis while it streams: compressed size, unpacked size, decompression ratio,
// entry and file counts, and the bytes kept per file. Nothing is written to disk, executed, or followed.
import { PackageError } from '../model/errors.js';
import type { ExtractedPackage, TarballAnomaly } from '../model/types.js';
import { compressionOf, streamDecompressed } from './decompress.js';
import { ArchiveReader } from './read-archive.js';

export interface ExtractLimits {
  /** The downloaded tarball. */
  maxCompressedBytes: number;
  /** The uncompressed tar stream. */
  maxUnpackedBytes: number;
  /** Unpacked bytes per compressed byte. node-tar's own default: npm cannot install anything past it. */
  maxDecompressionRatio: number;
  /** Files kept in the map. */
  maxFiles: number;
  /** Tar headers read (folders, links, metadata and invalid headers count too). */
  maxEntries: number;
  /** Text files up to this size carry their text; bigger ones are hashed and marked `unread`. */
  maxTextFileBytes: number;
}

export const DEFAULT_LIMITS: ExtractLimits = {
  maxCompressedBytes: 64 * 1024 * 1024,
  maxUnpackedBytes: 256 * 1024 * 1024,
  maxDecompressionRatio: 1000,
  maxFiles: 20000,
  maxEntries: 80000,
  maxTextFileBytes: 64 * 1024 * 1024,
};

/** Above this unpacked/compressed ratio, hitting the size bound is called a gzip bomb rather than a big package. */
const BOMB_RATIO = 100;

export async function extractTarball(data: Buffer, limits: Partial<ExtractLimits> = {}): Promise<ExtractedPackage> {
  const bounds: ExtractLimits = { ...DEFAULT_LIMITS, ...limits };
  if (data.length > bounds.maxCompressedBytes) {
    throw new PackageError('ELIMIT', `the tarball is ${data.length} bytes, over the ${bounds.maxCompressedBytes}-byte limit; it was not unpacked`);
  }
  const compression = compressionOf(data);
  const reader = new ArchiveReader(bounds);
  let produced = 0;
  await streamDecompressed(data, compression, (chunk, consumed) => {
    const room = bounds.maxUnpackedBytes - produced;
    produced += chunk.length;
    if (compression !== 'none' && produced > bounds.maxDecompressionRatio * data.length) {
      reader.stop(bombAnomaly(produced / data.length, data.length, bounds.maxDecompressionRatio * data.length));
      return false;
    }
    if (chunk.length > room) {
      // Files that end before the bound are still reviewed.
      reader.write(chunk.subarray(0, room));
      reader.stop(sizeAnomaly(produced / Math.max(consumed, 1), consumed, bounds.maxUnpackedBytes));
      return false;
    }
    return reader.write(chunk);
  });
  await reader.end();
  if (reader.unreadable !== undefined) {
    throw new PackageError('EUNTAR', `npm cannot unpack this tarball (${reader.unreadable}); it was not reviewed`);
  }
  return { files: reader.files, anomalies: reader.anomalies, truncated: reader.truncated };
}

function bombAnomaly(ratio: number, compressed: number, unpacked: number): TarballAnomaly {
  return {
    code: 'gzip-bomb',
    message: `the tarball expands more than ${Math.floor(ratio)}:1 (${compressed} compressed bytes to over ${unpacked} bytes); unpacking stopped at the limit`,
  };
}

/** What hitting the unpacked-size bound is called; exported so that its edge (a ratio of exactly 100) is pinned. */
export function sizeAnomaly(ratio: number, consumed: number, bound: number): TarballAnomaly {
  // Measured against the input consumed so far: a bomb may hide behind a large benign prefix.
  if (ratio > BOMB_RATIO) return bombAnomaly(ratio, consumed, bound);
  return { code: 'too-large', message: `the tarball unpacks to more than ${bound} bytes; files past the limit were not reviewed` };
}
