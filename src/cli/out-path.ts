import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { InputError } from '../model/errors.js';

/** Checks, before a review that can take minutes, that the report can be written where --out says. */
export async function checkOutPath(out: string, cwd: string): Promise<void> {
  const path = resolve(cwd, out);
  const target = await stat(path).catch(() => null);
  if (target?.isDirectory()) {
    throw new InputError(`--out ${out} is a directory: give a file name, e.g. ${out.replace(/\/?$/, '/depdiff-report.md')}`, { code: 'EUSAGE' });
  }
  const folder = await stat(dirname(path)).catch(() => null);
  if (!folder?.isDirectory()) {
    throw new InputError(`--out ${out}: the folder ${dirname(out)} does not exist; create it first (mkdir -p ${dirname(out)})`, { code: 'EUSAGE' });
  }
}
