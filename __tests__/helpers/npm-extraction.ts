// The oracle of the differential tar tests: what npm writes for an archive (pacote's own extraction to
// disk, walked back into a map), beside what depdiff reads from the same bytes. pacote runs no package code
// when it extracts; only its git/directory fetchers run `prepare`, and those are not used here.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pacote from 'pacote';
import { extractTarball } from '../../src/tarball/extract.js';

/** Path -> sha256 of a regular file, or a word for anything else. */
export type FileMap = Record<string, string>;
export type Outcome = { files: FileMap } | { error: true };

const sha = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

async function walk(root: string, dir = ''): Promise<FileMap> {
  const out: FileMap = {};
  for (const dirent of await readdir(join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${dirent.name}` : dirent.name;
    if (dirent.isDirectory()) Object.assign(out, await walk(root, rel));
    // Anything but a regular file on disk (a link, a device) would be a finding of its own.
    else out[rel] = dirent.isFile() ? sha(await readFile(join(root, rel))) : `not a regular file`;
  }
  return out;
}

let counter = 0;

/**
 * What npm writes for this archive, extracted under `work`. The oracle is pacote's generic Fetcher.extract:
 * the code path registry tarballs take (node-tar's `tar.x` with pacote's own options, `strip: 1`, its link
 * filter and .gitignore rename), without FileFetcher's package.json read afterwards (some cases have none).
 */
export async function npmExtracts(archive: Buffer, work: string): Promise<Outcome> {
  counter += 1;
  const file = join(work, `case-${counter}.tgz`);
  const dest = join(work, `out-${counter}`);
  await writeFile(file, archive);
  const FileFetcher = (pacote as unknown as { FileFetcher: new (spec: string, opts: object) => object }).FileFetcher;
  const fetcher = new FileFetcher(`file:${file}`, { cache: join(work, 'cache') });
  const baseExtract = Object.getPrototypeOf(FileFetcher.prototype).extract as (this: object, dest: string) => Promise<unknown>;
  try {
    await baseExtract.call(fetcher, dest);
  } catch {
    return { error: true };
  }
  return { files: await walk(dest) };
}

/** What depdiff reads from the same bytes, in the same shape. */
export async function depdiffExtracts(archive: Buffer): Promise<Outcome> {
  try {
    const pkg = await extractTarball(archive);
    const files: FileMap = {};
    for (const [path, entry] of pkg.files) files[path] = entry.type === 'file' ? (entry.sha256 ?? 'a native binary depdiff does not hash') : `not a regular file`;
    return { files };
  } catch {
    return { error: true };
  }
}
