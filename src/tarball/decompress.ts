// Decompresses a tarball as a stream of chunks, choosing the format exactly as node-tar does (gzip by
// its two magic bytes, zstd by its four, anything else is read as plain tar), and inflating no further
// than the caller asks: a gzip bomb costs one chunk past the bound, not its full size.
import zlib from 'node:zlib';
import type { Transform } from 'node:stream';
import { errorMessage, PackageError } from '../model/errors.js';

export type Compression = 'gzip' | 'zstd' | 'none';

/** Measured faster than 64 KiB chunks on large packages (fewer callbacks and parser writes). */
const CHUNK_BYTES = 1024 * 1024;

const GZIP_MAGIC = [0x1f, 0x8b];
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];

export function compressionOf(data: Buffer): Compression {
  if (GZIP_MAGIC.every((byte, i) => data[i] === byte)) return 'gzip';
  if (ZSTD_MAGIC.every((byte, i) => data[i] === byte)) return 'zstd';
  return 'none';
}

function inflater(compression: 'gzip' | 'zstd'): Transform {
  // Unzip, not Gunzip: the same zlib mode node-tar's minizlib uses, so both agree on trailing bytes.
  if (compression === 'gzip') return zlib.createUnzip({ chunkSize: CHUNK_BYTES });
  const createZstd = (zlib as unknown as { createZstdDecompress?: (options: object) => Transform }).createZstdDecompress;
  if (!createZstd) {
    throw new PackageError('EUNTAR', `the tarball is zstd-compressed, which this Node.js ${process.version} cannot decompress; run depdiff on Node.js 22.15 or later`);
  }
  return createZstd({ chunkSize: CHUNK_BYTES });
}

/**
 * Calls `onChunk` with each decompressed chunk in order (and the compressed bytes consumed so far); when it returns false, decompression stops.
 * Rejects with PackageError('EUNTAR') when the compressed data is corrupt.
 */
export function streamDecompressed(
  data: Buffer,
  compression: Compression,
  onChunk: (chunk: Buffer, consumed: number) => boolean,
): Promise<void> {
  if (compression === 'none') {
    for (let at = 0; at < data.length; at += CHUNK_BYTES) {
      const chunk = data.subarray(at, at + CHUNK_BYTES);
      if (!onChunk(chunk, at + chunk.length)) break;
    }
    return Promise.resolve();
  }
  const stream = inflater(compression);
  return new Promise<void>((resolve, reject) => {
    let stopped = false;
    stream.on('data', (chunk: Buffer) => {
      if (stopped) return;
      // bytesWritten: compressed bytes the inflater has consumed so far.
      if (!onChunk(chunk, (stream as unknown as { bytesWritten: number }).bytesWritten)) {
        stopped = true;
        stream.destroy();
        resolve();
      }
    });
    stream.on('error', (error) => {
      if (!stopped) reject(new PackageError('EUNTAR', `the tarball is not valid ${compression}: ${errorMessage(error)}`, { cause: error }));
    });
    stream.on('end', () => resolve());
    stream.end(data);
  });
}
