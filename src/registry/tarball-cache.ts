// Tarballs stored by digest under the cache dir, so a warm review downloads no tarball at all.
// The layout is cacache's content layout (content-v2/<algorithm>/<hex 0-2>/<hex 2-4>/<rest>), the one
// npm's and pacote's caches use: a cache an older depdiff (pacote) filled is read as is.
//
// Nothing read back is trusted: the caller checks the bytes against the lockfile's and the registry's
// integrity exactly as after a download, and a stored file that fails is deleted and fetched again.
// Anyone who can write the cache can therefore make depdiff download again, never review other bytes.
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseIntegrity } from './integrity.js';

/** ssri's order, weakest first: the key is the strongest hash the caller expects. */
const ALGORITHMS = ['sha1', 'sha256', 'sha384', 'sha512'];

export interface TarballKey {
  algorithm: string;
  /** base64, as in SRI. */
  digest: string;
}

/** The strongest known hash among the expected integrity values (lockfile's, registry's), or null. */
export function tarballKey(expected: Array<string | undefined>): TarballKey | null {
  let best: TarballKey | null = null;
  for (const value of expected) {
    const parsed = value ? parseIntegrity(value) : null;
    if (!parsed) continue;
    for (const [algorithm, hashes] of Object.entries(parsed as unknown as Record<string, Array<{ digest: string }>>)) {
      const rank = ALGORITHMS.indexOf(algorithm);
      if (rank < 0 || hashes.length === 0) continue;
      if (!best || rank > ALGORITHMS.indexOf(best.algorithm)) best = { algorithm, digest: hashes[0].digest };
    }
  }
  return best;
}

export function contentPath(cacheDir: string, key: TarballKey): string {
  const hex = Buffer.from(key.digest, 'base64').toString('hex');
  return join(cacheDir, 'content-v2', key.algorithm, hex.slice(0, 2), hex.slice(2, 4), hex.slice(4));
}

export interface TarballCache {
  /** The stored bytes, or null when absent or over `maxBytes` (the caller then downloads and meets the bound there). */
  read(key: TarballKey, maxBytes: number): Promise<Buffer | null>;
  /** Stores verified bytes; a failure to write only costs a download next time. */
  write(key: TarballKey, data: Buffer): Promise<void>;
  /** Drops an entry whose bytes failed verification. */
  discard(key: TarballKey): Promise<void>;
}

export function createTarballCache(cacheDir: string): TarballCache {
  return {
    async read(key, maxBytes) {
      let handle;
      try {
        handle = await open(contentPath(cacheDir, key), 'r');
      } catch {
        return null;
      }
      try {
        const { size } = await handle.stat();
        if (size > maxBytes) return null;
        // One allocation that owns its memory: the bytes may be transferred to an analysis worker.
        const data = Buffer.from(new ArrayBuffer(size));
        let at = 0;
        while (at < size) {
          const { bytesRead } = await handle.read(data, at, size - at, at);
          if (bytesRead === 0) break;
          at += bytesRead;
        }
        return at === size ? data : null;
      } catch {
        return null;
      } finally {
        await handle.close();
      }
    },
    async write(key, data) {
      const target = contentPath(cacheDir, key);
      // Written aside and renamed into place, so a reader never sees half a tarball under a digest.
      const temporary = join(cacheDir, 'tmp', `depdiff-${randomBytes(8).toString('hex')}`);
      try {
        await mkdir(dirname(temporary), { recursive: true });
        await writeFile(temporary, data);
        await mkdir(dirname(target), { recursive: true });
        await rename(temporary, target);
      } catch {
        await rm(temporary, { force: true }).catch(() => undefined);
      }
    },
    async discard(key) {
      await rm(contentPath(cacheDir, key), { force: true }).catch(() => undefined);
    },
  };
}
