import type { ReviewErrorCode } from './codes.js';

/**
 * An error in what the user gave us (arguments, a lockfile, a config file). The CLI prints its
 * message on one line and exits 2; the Action fails the step with it. Never carries a stack to the user.
 */
export class InputError extends Error {
  readonly code: string;
  readonly file?: string;
  readonly line?: number;

  constructor(message: string, options: { code?: string; file?: string; line?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'InputError';
    this.code = options.code ?? 'EINPUT';
    this.file = options.file;
    this.line = options.line;
  }
}

/** A failure to fetch or unpack one package; it becomes an entry in the report's `errors`. */
export class PackageError extends Error {
  readonly code: ReviewErrorCode;

  constructor(code: ReviewErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PackageError';
    this.code = code;
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
