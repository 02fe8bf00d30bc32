import { parse as parseJsonc } from 'jsonc-parser';
import { basename } from 'node:path';
import { InputError } from '../model/errors.js';
import type { Lockfile, LockfileFormat } from '../model/types.js';
import { parseBun } from './bun.js';
import { LOCKFILE_ERROR_CODE, lockfileError, toLockfileError } from './lockfile-error.js';
import { parseNpm } from './npm.js';
import type { ParseContext } from './parse-context.js';
import { parsePnpm } from './pnpm.js';
import { parseYarnBerry } from './yarn-berry.js';
import { parseYarnClassic } from './yarn-classic.js';

export const LOCKFILE_NAMES = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock'] as const;

/** Lockfiles past this size are refused before parsing: real ones stay well under it. */
export const MAX_LOCKFILE_BYTES = 64 * 1024 * 1024;

type Parser = (text: string, path: string, context?: ParseContext) => Lockfile;

const PARSERS: Record<LockfileFormat, Parser> = {
  npm: parseNpm,
  'yarn-classic': parseYarnClassic,
  'yarn-berry': parseYarnBerry,
  pnpm: parsePnpm,
  bun: parseBun,
};

export function isLockfilePath(path: string): boolean {
  return (LOCKFILE_NAMES as readonly string[]).includes(fileName(path));
}

/** How messages name each format, with the file name it usually has. */
export const FORMAT_LABELS: Record<LockfileFormat, string> = {
  npm: 'an npm lockfile (package-lock.json)',
  'yarn-classic': 'a yarn classic lockfile (yarn.lock v1)',
  'yarn-berry': 'a yarn berry lockfile (yarn.lock)',
  pnpm: 'a pnpm lockfile (pnpm-lock.yaml)',
  bun: 'a bun text lockfile (bun.lock)',
};

/**
 * The format from the text alone, for a lockfile saved under another name (`git show main:package-lock.json > old.json`);
 * undefined when it looks like none. bun.lock is JSON with comments and trailing commas, and unlike npm's
 * it has a top-level `workspaces` object.
 */
export function formatFromContent(text: string): LockfileFormat | undefined {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) {
    const top: unknown = parseJsonc(start, [], { allowTrailingComma: true });
    if (!top || typeof top !== 'object' || !('lockfileVersion' in top)) return undefined;
    return 'workspaces' in top ? 'bun' : 'npm';
  }
  if (/^__metadata:/m.test(start)) return 'yarn-berry';
  if (/^# yarn lockfile v1\b/m.test(start)) return 'yarn-classic';
  if (/^lockfileVersion:\s*['"]?\d/m.test(start)) return 'pnpm';
  return undefined;
}

/** The format by file name (yarn.lock is berry when it has the top-level `__metadata:` key); by content for other names. */
export function detectFormat(path: string, text: string): LockfileFormat {
  const name = fileName(path);
  switch (name) {
    case 'package-lock.json':
    case 'npm-shrinkwrap.json':
      return 'npm';
    case 'yarn.lock':
      return /^__metadata:/m.test(text) ? 'yarn-berry' : 'yarn-classic';
    case 'pnpm-lock.yaml':
      return 'pnpm';
    case 'bun.lock':
      return 'bun';
    case 'bun.lockb':
      throw new InputError(
        `${path} is bun's binary lockfile, which depdiff cannot read. Switch to the text lockfile: run ` +
          '`bun install --save-text-lockfile` (bun 1.1.39+; the default since bun 1.2), commit bun.lock and delete bun.lockb.',
        { code: LOCKFILE_ERROR_CODE, file: path },
      );
    default: {
      const format = formatFromContent(text);
      if (format) return format;
      throw new InputError(
        `${path} is not a lockfile depdiff can read: its name is not one of ${LOCKFILE_NAMES.join(', ')}, and its content ` +
          'is not that of one (npm JSON with "lockfileVersion", "# yarn lockfile v1", yarn berry "__metadata:", ' +
          'pnpm "lockfileVersion:" YAML, or bun.lock).',
        { code: LOCKFILE_ERROR_CODE, file: path },
      );
    }
  }
}

/** Parses any supported lockfile; every failure becomes an InputError naming the file (and line when known). */
export function parseLockfile(path: string, text: string, context?: ParseContext): Lockfile {
  const format = detectFormat(path, text);
  if (text.length > MAX_LOCKFILE_BYTES / 4 && Buffer.byteLength(text, 'utf8') > MAX_LOCKFILE_BYTES) {
    throw lockfileError(path, `it is larger than the ${MAX_LOCKFILE_BYTES / 1024 / 1024} MiB limit`);
  }
  if (text.trim() === '') throw lockfileError(path, 'the file is empty');
  try {
    return PARSERS[format](text, path, context);
  } catch (error) {
    throw toLockfileError(path, text, error);
  }
}

function fileName(path: string): string {
  return basename(path.replace(/\\/g, '/'));
}
