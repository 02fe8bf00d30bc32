// A small reader for the tar formats npm tarballs use: ustar (with the prefix field), GNU long names
// ('L'/'K') and pax extended headers ('x'/'g'). It only reads an in-memory buffer: nothing touches disk.
import { PackageError } from '../model/errors.js';

export type RawEntryType = 'file' | 'dir' | 'symlink' | 'hardlink' | 'other';

export interface RawEntry {
  /** Path as recorded (after pax / GNU long-name overrides), not yet normalized. */
  path: string;
  linkpath: string;
  type: RawEntryType;
  /** The raw typeflag, for messages about odd entries. */
  typeflag: string;
  mode: number;
  data: Buffer;
}

export interface TarReadResult {
  /** True when the buffer ended inside an entry (expected when decompression was cut short). */
  endedEarly: boolean;
}

const BLOCK = 512;
/** Metadata entries (long names, pax records) are small; a huge one is an attack on the reader. */
const MAX_META_BYTES = 1024 * 1024;

function cString(block: Buffer, start: number, length: number): string {
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? field.length : end).toString('utf8');
}

function numeric(block: Buffer, start: number, length: number, offset: number): number {
  const field = block.subarray(start, start + length);
  if (field[0] & 0x80) {
    // GNU base-256: big-endian, first byte's high bit is the marker; negative values are refused.
    if (field[0] & 0x40) throw new PackageError('EUNTAR', `negative numeric field in the tar header at byte ${offset}`);
    let value = field[0] & 0x3f;
    for (let i = 1; i < field.length; i += 1) value = value * 256 + field[i];
    if (!Number.isSafeInteger(value)) throw new PackageError('EUNTAR', `numeric field too large in the tar header at byte ${offset}`);
    return value;
  }
  const text = field.toString('latin1').replace(/[\0 ]+$/g, '').trim();
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text)) throw new PackageError('EUNTAR', `invalid octal field "${text.slice(0, 12)}" in the tar header at byte ${offset}`);
  return parseInt(text, 8);
}

function checksumOk(block: Buffer, offset: number): boolean {
  const recorded = numeric(block, 148, 8, offset);
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i += 1) {
    const byte = i >= 148 && i < 156 ? 0x20 : block[i];
    unsigned += byte;
    signed += byte > 127 ? byte - 256 : byte;
  }
  return recorded === unsigned || recorded === signed;
}

function parsePax(data: Buffer, offset: number): Record<string, string> {
  const records: Record<string, string> = {};
  let pos = 0;
  while (pos < data.length) {
    const space = data.indexOf(0x20, pos);
    if (space === -1) break;
    const length = parseInt(data.subarray(pos, space).toString('latin1'), 10);
    if (!Number.isInteger(length) || length <= space - pos || pos + length > data.length) {
      if (data.subarray(pos).every((b) => b === 0)) break;
      throw new PackageError('EUNTAR', `malformed pax record in the tar entry at byte ${offset}`);
    }
    const record = data.subarray(space + 1, pos + length - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq > 0) records[record.slice(0, eq)] = record.slice(eq + 1);
    pos += length;
  }
  return records;
}

function entryType(flag: string): RawEntryType {
  if (flag === '0' || flag === '\0' || flag === '' || flag === '7') return 'file';
  if (flag === '5') return 'dir';
  if (flag === '2') return 'symlink';
  if (flag === '1') return 'hardlink';
  return 'other';
}

/**
 * Calls `onEntry` for each entry in order; `onEntry` returns false to stop early.
 * Throws PackageError('EUNTAR') on a corrupt archive.
 */
export function readTar(tar: Buffer, onEntry: (entry: RawEntry) => boolean, allowShort = false): TarReadResult {
  let offset = 0;
  let globalPax: Record<string, string> = {};
  let pending: { path?: string; linkpath?: string; pax: Record<string, string> } = { pax: {} };
  while (offset + BLOCK <= tar.length) {
    const headerAt = offset;
    const block = tar.subarray(offset, offset + BLOCK);
    if (block.every((b) => b === 0)) return { endedEarly: false };
    if (!checksumOk(block, offset)) throw new PackageError('EUNTAR', `bad tar header checksum at byte ${offset}: the archive is corrupt or not a tar`);
    const typeflag = String.fromCharCode(block[156]).replace('\0', '');
    const pax = { ...globalPax, ...pending.pax };
    let size = numeric(block, 124, 12, offset);
    if (pax.size !== undefined && /^\d+$/.test(pax.size) && !['x', 'g', 'L', 'K'].includes(typeflag)) size = Number(pax.size);
    const dataStart = offset + BLOCK;
    const dataEnd = dataStart + size;
    if (!Number.isSafeInteger(dataEnd) || dataEnd > tar.length) {
      if (allowShort) return { endedEarly: true };
      throw new PackageError('EUNTAR', `the tar archive ends inside the entry at byte ${offset}: it is truncated`);
    }
    const data = tar.subarray(dataStart, dataEnd);
    offset = dataStart + Math.ceil(size / BLOCK) * BLOCK;

    if (['x', 'g', 'L', 'K'].includes(typeflag)) {
      if (size > MAX_META_BYTES) throw new PackageError('EUNTAR', `a ${size}-byte tar metadata entry at byte ${headerAt} is too large`);
      if (typeflag === 'x') pending.pax = { ...pending.pax, ...parsePax(data, dataStart) };
      else if (typeflag === 'g') globalPax = { ...globalPax, ...parsePax(data, dataStart) };
      else if (typeflag === 'L') pending.path = cString(data, 0, data.length);
      else pending.linkpath = cString(data, 0, data.length);
      continue;
    }

    const magic = block.subarray(257, 263).toString('latin1');
    const prefix = magic === 'ustar\0' ? cString(block, 345, 155) : '';
    const headerPath = prefix ? `${prefix}/${cString(block, 0, 100)}` : cString(block, 0, 100);
    const entry: RawEntry = {
      path: pax.path ?? pending.path ?? headerPath,
      linkpath: pax.linkpath ?? pending.linkpath ?? cString(block, 157, 100),
      type: entryType(typeflag),
      typeflag,
      mode: numeric(block, 100, 8, headerAt) & 0o7777,
      data,
    };
    pending = { pax: {} };
    if (!onEntry(entry)) return { endedEarly: false };
  }
  if (offset < tar.length && !allowShort && !tar.subarray(offset).every((b) => b === 0)) {
    throw new PackageError('EUNTAR', `the tar archive ends with a partial header at byte ${offset}: it is truncated`);
  }
  return { endedEarly: offset < tar.length };
}
