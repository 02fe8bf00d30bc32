// The CLI's two-file mode: OLD and NEW lockfiles from the working tree, checked before the review starts
// so that a mistake in the arguments is reported as such, naming the file it concerns.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { errorMessage, InputError } from '../model/errors.js';
import { detectFormat, FORMAT_LABELS } from '../lockfile/detect.js';
import { manifestDepsOf, type ManifestDeps } from '../lockfile/parse-context.js';
import type { LockfilePair } from '../model/types.js';
import type { LockfileFormat } from '../model/types.js';

/** `path` as typed (what messages name); `absolute` the file it means from the working folder. */
async function readLockfileArgument(path: string, absolute: string, which: 'old' | 'new'): Promise<string> {
  let info;
  try {
    info = await stat(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`the ${which} lockfile ${path} does not exist`, { code: 'ENOENT', file: path });
    throw new InputError(`cannot read the ${which} lockfile ${path}: ${code ?? errorMessage(error)}`, { file: path });
  }
  if (info.isDirectory()) {
    throw new InputError(`the ${which} lockfile ${path} is a directory: give the lockfile inside it (e.g. ${join(path, 'package-lock.json')})`, {
      code: 'EISDIR',
      file: path,
    });
  }
  try {
    return await readFile(absolute, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read the ${which} lockfile ${path}: ${(error as NodeJS.ErrnoException).code ?? errorMessage(error)}`, { file: path });
  }
}

async function manifestBeside(lockfilePath: string): Promise<ManifestDeps | undefined> {
  const path = join(dirname(lockfilePath), 'package.json');
  if (!existsSync(path)) return undefined;
  return manifestDepsOf(await readFile(path, 'utf8').catch(() => null));
}

/** yarn classic and berry share a file name and one model: moving from one to the other is a real change to review. */
function family(format: LockfileFormat): string {
  return format.startsWith('yarn') ? 'yarn' : format;
}

/** The path as the user would write it from here; absolute when it is outside the current folder. */
function displayPath(path: string, cwd: string): string {
  const shown = relative(cwd, resolve(cwd, path));
  return shown === '' || shown.startsWith('..') ? path : shown;
}

/** One pair from two lockfile paths; the format comes from the file name, or from the content for other names. */
export async function pairFromFiles(oldPath: string, newPath: string, cwd: string): Promise<LockfilePair[]> {
  const [oldFile, newFile] = [resolve(cwd, oldPath), resolve(cwd, newPath)];
  const [before, after, manifestBefore, manifestAfter] = await Promise.all([
    readLockfileArgument(oldPath, oldFile, 'old'),
    readLockfileArgument(newPath, newFile, 'new'),
    manifestBeside(oldFile),
    manifestBeside(newFile),
  ]);
  const beforeFormat = detectFormat(oldPath, before);
  const afterFormat = detectFormat(newPath, after);
  if (family(beforeFormat) !== family(afterFormat)) {
    throw new InputError(
      `${oldPath} is ${FORMAT_LABELS[beforeFormat]} but ${newPath} is ${FORMAT_LABELS[afterFormat]}: ` +
        'depdiff compares two lockfiles of the same package manager (the old and the new version of one lockfile)',
      { code: 'EMIXEDFORMATS' },
    );
  }
  return [
    {
      path: displayPath(newPath, cwd),
      beforePath: displayPath(oldPath, cwd),
      before,
      after,
      rootManifest: { before: manifestBefore, after: manifestAfter },
    },
  ];
}
