// Builds ExtractedPackage objects the way the tarball extractor would, from strings or a fixture folder.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractedPackage, FileEntry, TarballAnomaly } from '../../src/model/types.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'packages');

function magicOf(data: Buffer): string | undefined {
  if (data.length >= 4 && data.readUInt32BE(0) === 0x7f454c46) return 'elf';
  if (data.length >= 2 && data[0] === 0x4d && data[1] === 0x5a) return 'pe';
  return undefined;
}

export function fileEntry(path: string, content: string | Buffer): FileEntry {
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const magic = magicOf(data);
  return {
    path,
    size: data.length,
    sha256: createHash('sha256').update(data).digest('hex'),
    mode: 0o644,
    type: 'file',
    ...(magic ? { magic } : { text: data.toString('utf8') }),
  };
}

export function packageFrom(files: Record<string, string | Buffer>, anomalies: TarballAnomaly[] = []): ExtractedPackage {
  return {
    files: new Map(Object.entries(files).map(([path, content]) => [path, fileEntry(path, content)])),
    anomalies,
    truncated: false,
  };
}

function readTree(root: string, dir = root, out: Record<string, Buffer> = {}): Record<string, Buffer> {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) readTree(root, full, out);
    else out[relative(root, full).split('\\').join('/')] = readFileSync(full);
  }
  return out;
}

/** `__tests__/fixtures/packages/<name>/<version>/` as an extracted package. */
export function fixturePackage(name: string, version: 'old' | 'new'): ExtractedPackage {
  return packageFrom(readTree(join(FIXTURES, name, version)));
}
