// A small, deterministic tar writer for tests. It writes exactly what it is told, including the
// hostile entries (traversal, absolute paths, links, devices) a real packer would refuse to make.
import { gzipSync } from 'node:zlib';

export type TarEntryType = 'file' | 'dir' | 'symlink' | 'hardlink' | 'fifo' | 'chardev';

export interface TarEntry {
  /** The path exactly as stored in the archive (no `package/` prefix is added). */
  path: string;
  type?: TarEntryType;
  content?: string | Buffer;
  linkTarget?: string;
  mode?: number;
  /** Seconds since the epoch; npm's fixed 1985-10-26 is the default. */
  mtime?: number;
  /** How a path longer than 100 bytes is stored: a pax header (default), a GNU 'L' entry, or the ustar prefix field. */
  longName?: 'pax' | 'gnu' | 'ustar-prefix';
  /** A raw typeflag written instead of the one `type` implies (e.g. '7', '\0', 'Z'). */
  typeflag?: string;
  /** Extra pax records, written in an 'x' header just before this entry. */
  pax?: Record<string, string>;
  /** Write a wrong header checksum, as a corrupt or hostile archive would. */
  badChecksum?: boolean;
}

/** Pieces that are not entries: raw bytes copied as they are, or a pax global header ('g'). */
export type TarPiece = TarEntry | { raw: Buffer } | { globalPax: Record<string, string> };

/** npm pack writes every entry with this mtime so tarballs are reproducible. */
export const NPM_FIXED_MTIME = Date.UTC(1985, 9, 26, 8, 15, 0) / 1000;

const TYPE_FLAGS: Record<TarEntryType, string> = {
  file: '0',
  hardlink: '1',
  symlink: '2',
  chardev: '3',
  dir: '5',
  fifo: '6',
};

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

function header(fields: {
  name: string;
  prefix?: string;
  mode: number;
  size: number;
  mtime: number;
  typeflag: string;
  linkname?: string;
  badChecksum?: boolean;
}): Buffer {
  const block = Buffer.alloc(512);
  block.write(fields.name, 0, 100, 'utf8');
  block.write(octal(fields.mode, 8), 100, 8, 'ascii');
  block.write(octal(0, 8), 108, 8, 'ascii');
  block.write(octal(0, 8), 116, 8, 'ascii');
  block.write(octal(fields.size, 12), 124, 12, 'ascii');
  block.write(octal(fields.mtime, 12), 136, 12, 'ascii');
  block.write('        ', 148, 8, 'ascii');
  block.write(fields.typeflag, 156, 1, 'ascii');
  block.write(fields.linkname ?? '', 157, 100, 'utf8');
  block.write('ustar\0', 257, 6, 'ascii');
  block.write('00', 263, 2, 'ascii');
  block.write(fields.prefix ?? '', 345, 155, 'utf8');
  let sum = 0;
  for (const byte of block) sum += byte;
  if (fields.badChecksum) sum += 1;
  block.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'ascii');
  return block;
}

function padded(data: Buffer): Buffer[] {
  const rest = data.length % 512;
  return rest === 0 ? [data] : [data, Buffer.alloc(512 - rest)];
}

function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(body) + 1;
  while (String(length).length + Buffer.byteLength(body) !== length) length += 1;
  return `${length}${body}`;
}

function splitUstar(path: string): { name: string; prefix: string } {
  for (let i = path.length - 1; i > 0; i -= 1) {
    if (path[i] !== '/') continue;
    const prefix = path.slice(0, i);
    const name = path.slice(i + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100) return { name, prefix };
  }
  throw new Error(`cannot split ${path} into a ustar prefix and name`);
}

function paxHeader(records: Record<string, string>, typeflag: 'x' | 'g', mtime: number): Buffer[] {
  const body = Buffer.from(
    Object.entries(records)
      .map(([key, value]) => paxRecord(key, value))
      .join(''),
    'utf8',
  );
  return [header({ name: typeflag === 'g' ? 'pax_global_header' : 'PaxHeader/entry', mode: 0o644, size: body.length, mtime, typeflag }), ...padded(body)];
}

/** Writes the pieces in order, then (unless `endMarker` is false) the two zero blocks that end an archive. */
export function writeTar(pieces: TarPiece[], { endMarker = true }: { endMarker?: boolean } = {}): Buffer {
  const blocks: Buffer[] = [];
  for (const piece of pieces) {
    if ('raw' in piece) {
      blocks.push(piece.raw);
      continue;
    }
    if ('globalPax' in piece) {
      blocks.push(...paxHeader(piece.globalPax, 'g', NPM_FIXED_MTIME));
      continue;
    }
    const entry = piece;
    const type = entry.type ?? 'file';
    const content = entry.content === undefined ? Buffer.alloc(0) : Buffer.from(entry.content);
    const mtime = entry.mtime ?? NPM_FIXED_MTIME;
    const mode = entry.mode ?? (type === 'dir' ? 0o755 : 0o644);
    let name = entry.path;
    let prefix = '';
    let linkname = entry.linkTarget ?? '';
    const longPath = Buffer.byteLength(name) > 100;
    const longLink = Buffer.byteLength(linkname) > 100;
    const style = entry.longName ?? 'pax';
    if (((longPath || longLink) && style === 'pax') || entry.pax) {
      const records: Record<string, string> = {};
      if (longPath && style === 'pax') records.path = name;
      if (longLink && style === 'pax') records.linkpath = linkname;
      blocks.push(...paxHeader({ ...records, ...entry.pax }, 'x', mtime));
    }
    if ((longPath || longLink) && style === 'pax') {
      name = name.slice(0, 100);
      linkname = linkname.slice(0, 100);
    } else if ((longPath || longLink) && style === 'gnu') {
      if (longLink) {
        const body = Buffer.from(linkname + '\0', 'utf8');
        blocks.push(header({ name: '././@LongLink', mode: 0o644, size: body.length, mtime, typeflag: 'K' }), ...padded(body));
        linkname = linkname.slice(0, 100);
      }
      if (longPath) {
        const body = Buffer.from(name + '\0', 'utf8');
        blocks.push(header({ name: '././@LongLink', mode: 0o644, size: body.length, mtime, typeflag: 'L' }), ...padded(body));
        name = name.slice(0, 100);
      }
    } else if (longPath) {
      ({ name, prefix } = splitUstar(name));
    }
    const size = content.length;
    const typeflag = entry.typeflag ?? TYPE_FLAGS[type];
    blocks.push(header({ name, prefix, mode, size, mtime, typeflag, linkname, badChecksum: entry.badChecksum }));
    if (size > 0) blocks.push(...padded(content));
  }
  if (endMarker) blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

/**
 * Gzip with a fixed level; Node writes a zero mtime in the gzip header, so output is reproducible.
 * Level 1 by default (the tests' tarballs are many, and one holds 20,001 files); a gzip bomb needs 9 to pass
 * node-tar's 1000:1 ratio.
 */
export function gzip(data: Buffer, level = 1): Buffer {
  return gzipSync(data, { level });
}
