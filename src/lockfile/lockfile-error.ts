import { basename } from 'node:path';
import { parse, type ParseError } from 'jsonc-parser';
import { InputError, errorMessage } from '../model/errors.js';
import { lineIndex } from './line-index.js';

export const LOCKFILE_ERROR_CODE = 'ELOCKFILE';

/** What a user can run to get a well-formed lockfile again, by file name. */
const REGENERATE: Record<string, string> = {
  'package-lock.json': 'npm install',
  'npm-shrinkwrap.json': 'npm shrinkwrap',
  'yarn.lock': 'yarn install',
  'pnpm-lock.yaml': 'pnpm install',
  'bun.lock': 'bun install',
};

/** Lockfile text quoted in a message, cut short: keys and values are attacker-sized. */
export function clip(value: string, max = 120): string {
  return value.length <= max ? value : `${value.slice(0, max)}…`;
}

/** An InputError naming the lockfile, the line when known, and how to recover. */
export function lockfileError(path: string, detail: string, line?: number, cause?: unknown): InputError {
  const where = line === undefined ? path : `${path}:${line}`;
  const fix = REGENERATE[basename(path)];
  const hint = fix === undefined ? '' : ` Fix the file or regenerate it with \`${fix}\`.`;
  return new InputError(`Cannot parse lockfile ${where}: ${detail}.${hint}`, {
    code: LOCKFILE_ERROR_CODE,
    file: path,
    line,
    cause,
  });
}

/**
 * Turns whatever a parser threw into a lockfile InputError, finding the line where the error says where:
 * JSON.parse messages carry a character position (and on newer Node a line), YAML errors carry linePos,
 * jsonc-parser-style errors an offset.
 */
export function toLockfileError(path: string, text: string, error: unknown, fallbackLine?: number): InputError {
  if (error instanceof InputError && error.code === LOCKFILE_ERROR_CODE && error.file === path) return error;
  let line = errorLine(text, error);
  let message = errorMessage(error)
    .split('\n')[0]
    .replace(/ in JSON at position \d+.*$/, ' in JSON')
    .replace(/[\s.:]+$/, '');
  // Parsers may already say `<path>:<line>: ...` or `<path>: ...`; keep the line, drop the repeated path.
  if (message.startsWith(`${path}:`)) {
    const located = /^:(\d+):\s*/.exec(message.slice(path.length));
    if (located) line ??= Number(located[1]);
    message = message.slice(path.length + (located ? located[0].length : 1)).trim();
  }
  line ??= lineInMessage(message);
  return lockfileError(path, clip(message, 300) || 'unknown error', line ?? fallbackLine, error);
}

function lineInMessage(message: string): number | undefined {
  const match = /\bat line (\d+)\b|\(line (\d+)\)/.exec(message);
  return match ? Number(match[1] ?? match[2]) : undefined;
}

/** Line of the first syntax error in strict JSON text (for engines whose JSON.parse message has no position). */
export function jsonErrorLine(text: string): number | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false });
  return errors.length === 0 ? undefined : lineIndex(text).lineAt(errors[0].offset);
}

function errorLine(text: string, error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const fields = error as { line?: unknown; offset?: unknown; linePos?: unknown; message?: unknown };
  if (Array.isArray(fields.linePos) && typeof fields.linePos[0]?.line === 'number') return fields.linePos[0].line;
  if (typeof fields.line === 'number' && fields.line > 0) return fields.line;
  if (typeof fields.offset === 'number') return lineIndex(text).lineAt(fields.offset);
  const message = typeof fields.message === 'string' ? fields.message : '';
  const explicit = /\(line (\d+) column \d+\)/.exec(message);
  if (explicit) return Number(explicit[1]);
  const position = /at position (\d+)/.exec(message);
  if (position) return lineIndex(text).lineAt(Number(position[1]));
  if (error instanceof SyntaxError && /end of (JSON|data)/i.test(message)) return lineIndex(text).lineCount;
  return undefined;
}
