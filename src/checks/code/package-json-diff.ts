import { createTwoFilesPatch } from 'diff';

/** The package.json fields whose change alters what installing the package does. */
const WATCHED_FIELDS = ['scripts', 'dependencies', 'optionalDependencies', 'peerDependencies', 'bin'] as const;
const MAX_INPUT_CHARS = 512 * 1024;
const MAX_DIFF_LINES = 200;
/** jsdiff is O(N·D); a hostile package.json must not stall the review. */
const DIFF_TIMEOUT_MS = 2000;

/**
 * A unified diff of two package.json texts when any watched field differs, else undefined.
 * Both sides are re-serialized with 2-space indentation so formatting noise disappears.
 */
export function packageJsonDiff(oldText: string | null, newText: string | null): string | undefined {
  try {
    return diffTexts(oldText, newText);
  } catch {
    // Pathologically nested JSON overflows the stack in stringify; such a file gets no diff.
    return undefined;
  }
}

function diffTexts(oldText: string | null, newText: string | null): string | undefined {
  if (oldText === null && newText === null) return undefined;
  const before = oldText === null ? {} : parseObject(oldText);
  const after = newText === null ? {} : parseObject(newText);
  if (before === undefined || after === undefined) return undefined;
  if (WATCHED_FIELDS.every((field) => canonical(before[field]) === canonical(after[field]))) return undefined;

  const oldPretty = oldText === null ? '' : `${JSON.stringify(before, null, 2)}\n`;
  const newPretty = newText === null ? '' : `${JSON.stringify(after, null, 2)}\n`;
  const patch = createTwoFilesPatch('a/package.json', 'b/package.json', oldPretty, newPretty, undefined, undefined, {
    context: 3,
    timeout: DIFF_TIMEOUT_MS,
  });
  if (patch === undefined) return undefined;
  // Drop jsdiff's "Index:" and "====" banner lines; a reader wants the ---/+++ headers and hunks.
  const lines = patch.replace(/\n$/, '').split('\n');
  const start = lines.findIndex((line) => line.startsWith('--- '));
  const body = lines.slice(Math.max(0, start));
  if (body.length <= MAX_DIFF_LINES) return body.join('\n');
  return [...body.slice(0, MAX_DIFF_LINES), `… ${body.length - MAX_DIFF_LINES} more lines of diff not shown`].join('\n');
}

function parseObject(text: string): Record<string, unknown> | undefined {
  if (text.length > MAX_INPUT_CHARS) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Key order must not count as a change. */
function canonical(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'undefined';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  // fromEntries defines own properties, so a "__proto__" key stays data.
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}
