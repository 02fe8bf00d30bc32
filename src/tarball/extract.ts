// Unpacks a package tarball into memory with bounds on every axis (compressed size, unpacked size,
// file count, analyzed file size). Nothing is written to disk, executed, or followed.
import { createHash } from 'node:crypto';
import { PackageError } from '../model/errors.js';
import type { ExtractedPackage, FileEntry, TarballAnomaly } from '../model/types.js';
import { normalizeEntryPath, symlinkStaysInside } from './entry-path.js';
import { gunzipBounded, isGzip, type BoundedOutput } from './gunzip.js';
import { detectMagic } from './magic.js';
import { readTar, type RawEntry } from './tar-reader.js';

export interface ExtractLimits {
  maxCompressedBytes: number;
  maxUnpackedBytes: number;
  maxFiles: number;
  maxAnalyzedFileBytes: number;
}

export const DEFAULT_LIMITS: ExtractLimits = {
  maxCompressedBytes: 64 * 1024 * 1024,
  maxUnpackedBytes: 256 * 1024 * 1024,
  maxFiles: 20000,
  maxAnalyzedFileBytes: 2 * 1024 * 1024,
};

/** Above this unpacked/compressed ratio, hitting the size bound is called a gzip bomb rather than a big package. */
const BOMB_RATIO = 100;
const TEXT_SNIFF_BYTES = 8192;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

function fileEntry(path: string, entry: RawEntry, limits: ExtractLimits): FileEntry {
  const { data } = entry;
  const looksBinary = data.subarray(0, TEXT_SNIFF_BYTES).includes(0);
  const file: FileEntry = { path, size: data.length, sha256: sha256(data), mode: entry.mode, type: 'file' };
  if (!looksBinary && data.length <= limits.maxAnalyzedFileBytes) {
    try {
      file.text = utf8.decode(data);
    } catch {
      // Not UTF-8: analyzed as binary.
    }
  }
  const magic = detectMagic(data, looksBinary || (file.text === undefined && data.length <= limits.maxAnalyzedFileBytes));
  if (magic) file.magic = magic;
  return file;
}

async function untarInput(data: Buffer, limits: ExtractLimits): Promise<BoundedOutput> {
  if (isGzip(data)) return gunzipBounded(data, limits.maxUnpackedBytes);
  // npm accepts uncompressed tarballs too; the same output bound applies.
  const truncated = data.length > limits.maxUnpackedBytes;
  return { data: truncated ? data.subarray(0, limits.maxUnpackedBytes) : data, truncated, produced: data.length, consumed: data.length };
}

export async function extractTarball(data: Buffer, limits: Partial<ExtractLimits> = {}): Promise<ExtractedPackage> {
  const bounds: ExtractLimits = { ...DEFAULT_LIMITS, ...limits };
  if (data.length > bounds.maxCompressedBytes) {
    throw new PackageError('ELIMIT', `the tarball is ${data.length} bytes, over the ${bounds.maxCompressedBytes}-byte limit; it was not unpacked`);
  }
  const files = new Map<string, FileEntry>();
  const anomalies: TarballAnomaly[] = [];
  const unpacked = await untarInput(data, bounds);
  let truncated = false;

  if (unpacked.truncated) {
    truncated = true;
    // Measured against the input consumed so far: a bomb may hide behind a large benign prefix.
    const ratio = unpacked.produced / Math.max(unpacked.consumed, 1);
    anomalies.push(
      ratio > BOMB_RATIO
        ? { code: 'gzip-bomb', message: `the tarball expands more than ${Math.floor(ratio)}:1 (${unpacked.consumed} compressed bytes to over ${bounds.maxUnpackedBytes} bytes); unpacking stopped at the limit` }
        : { code: 'too-large', message: `the tarball unpacks to more than ${bounds.maxUnpackedBytes} bytes; files past the limit were not reviewed` },
    );
  }

  // Directories and refused entries are not kept, but each still costs a header parse; cap them too.
  const maxEntries = bounds.maxFiles * 4;
  let seen = 0;
  readTar(
    unpacked.data,
    (entry) => {
      seen += 1;
      if (seen > maxEntries) {
        truncated = true;
        anomalies.push({ code: 'too-many-files', message: `the tarball has more than ${maxEntries} entries; the rest were not reviewed` });
        return false;
      }
      if (entry.type === 'dir') return true;
      const normalized = normalizeEntryPath(entry.path);
      if (!normalized.ok) {
        if (normalized.code !== 'top-level') {
          const what = normalized.code === 'absolute-path' ? 'an absolute path' : 'a ".." segment';
          anomalies.push({ code: normalized.code, path: entry.path, message: `the tarball has an entry with ${what} (${entry.path}); it was not unpacked` });
        }
        return true;
      }
      const path = normalized.path;
      if (!files.has(path) && files.size >= bounds.maxFiles) {
        truncated = true;
        anomalies.push({ code: 'too-many-files', message: `the tarball has more than ${bounds.maxFiles} files; the rest were not reviewed` });
        return false;
      }
      if (files.has(path)) {
        // tar semantics: the later entry wins, so an earlier copy could hide what is installed.
        anomalies.push({ code: 'duplicate-path', path, message: `${path} appears more than once in the tarball; the last copy is the one installed` });
      }
      files.set(path, toFileEntry(path, entry, bounds, anomalies));
      return true;
    },
    unpacked.truncated,
  );
  return { files, anomalies, truncated };
}

function toFileEntry(path: string, entry: RawEntry, limits: ExtractLimits, anomalies: TarballAnomaly[]): FileEntry {
  if (entry.type === 'file') return fileEntry(path, entry, limits);
  if (entry.type === 'symlink' || entry.type === 'hardlink') {
    let linkTarget = entry.linkpath;
    let inside: boolean;
    if (entry.type === 'symlink') {
      inside = symlinkStaysInside(path, linkTarget);
    } else {
      // Hardlink targets name another archive member, top folder included.
      const target = normalizeEntryPath(linkTarget);
      inside = target.ok;
      if (target.ok) linkTarget = target.path;
    }
    if (!inside) {
      anomalies.push({
        code: entry.type,
        path,
        message: `${path} is a ${entry.type} to ${entry.linkpath}, outside the package (npm skips links when installing, but publishing one is unusual)`,
      });
    }
    // Like git, a link's content is its target, so an unchanged link hashes the same in both versions.
    return { path, size: 0, sha256: sha256(linkTarget), mode: entry.mode, type: entry.type, linkTarget };
  }
  anomalies.push({ code: 'special-file', path, message: `${path} is a special file (tar type '${entry.typeflag}'), not a regular file` });
  return { path, size: 0, sha256: sha256(''), mode: entry.mode, type: 'other' };
}
