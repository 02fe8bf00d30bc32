// Decompresses a tarball with a hard bound on the output, so a gzip bomb costs at most `maxOutput` bytes.
import { createGunzip } from 'node:zlib';
import { errorMessage, PackageError } from '../model/errors.js';

export interface BoundedOutput {
  data: Buffer;
  /** True when the output reached the bound and decompression stopped early. */
  truncated: boolean;
  /** Bytes the stream produced before it was stopped (at least `data.length`). */
  produced: number;
  /** Compressed bytes the inflater had consumed when it stopped (for the compression ratio). */
  consumed: number;
}

export function isGzip(data: Buffer): boolean {
  return data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b;
}

export function gunzipBounded(data: Buffer, maxOutput: number): Promise<BoundedOutput> {
  return new Promise<BoundedOutput>((resolve, reject) => {
    const gunzip = createGunzip({ chunkSize: 64 * 1024 });
    const chunks: Buffer[] = [];
    let kept = 0;
    let produced = 0;
    let settled = false;
    const settle = (result: BoundedOutput | PackageError): void => {
      if (settled) return;
      settled = true;
      if (result instanceof PackageError) reject(result);
      else resolve(result);
    };
    gunzip.on('data', (chunk: Buffer) => {
      if (settled) return;
      produced += chunk.length;
      const room = maxOutput - kept;
      if (chunk.length > room) {
        if (room > 0) chunks.push(chunk.subarray(0, room));
        kept += Math.max(room, 0);
        settle({ data: Buffer.concat(chunks), truncated: true, produced, consumed: gunzip.bytesWritten });
        gunzip.destroy();
        return;
      }
      chunks.push(chunk);
      kept += chunk.length;
    });
    gunzip.on('error', (error) => settle(new PackageError('EUNTAR', `the tarball is not valid gzip: ${errorMessage(error)}`, { cause: error })));
    gunzip.on('end', () => settle({ data: Buffer.concat(chunks), truncated: false, produced, consumed: data.length }));
    gunzip.end(data);
  });
}
