// Minified code added to a file that was readable, the rest of it kept as it was: the 2025 chalk/debug payload was
// one long line appended to an ordinary index.js. A whole file turning minified is `newly-minified` (new-facts.ts);
// this is the smaller, sharper signal of a block that nobody would write by hand inside code that people do read.
import type { Fact } from '../../model/types.js';

/** Average line length under which the old file counts as written for reading. */
const READABLE_LINE = 200;
/** A single added line at least this long, with the density of minified code, is not hand-written. */
const LONG_LINE = 400;
/** Minified code is dense with punctuation and nearly free of spaces; prose, data and long regexes are not both. */
const MIN_PUNCTUATION_SHARE = 0.08;
const MAX_SPACE_SHARE = 0.08;
const SHOWN = 100;

function averageLineLength(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return text.length / lines;
}

/** The text `current` adds to `previous` when it keeps all of it (a common prefix and suffix cover the old file). */
function insertedText(previous: string, current: string): { start: number; text: string } | undefined {
  const limit = Math.min(previous.length, current.length);
  let prefix = 0;
  while (prefix < limit && previous.charCodeAt(prefix) === current.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && previous.charCodeAt(previous.length - 1 - suffix) === current.charCodeAt(current.length - 1 - suffix)) suffix++;
  // Whitespace at the seam (a final newline added or dropped) does not count as a change to the old code.
  if (previous.slice(prefix, previous.length - suffix).trim() !== '') return undefined;
  return { start: prefix, text: current.slice(prefix, current.length - suffix) };
}

function looksMinified(line: string): boolean {
  if (line.length < LONG_LINE) return false;
  const punctuation = line.match(/[;{}()=,]/g)?.length ?? 0;
  const spaces = line.match(/\s/g)?.length ?? 0;
  return punctuation >= line.length * MIN_PUNCTUATION_SHARE && spaces <= line.length * MAX_SPACE_SHARE;
}

/** A fact when `current` is `previous` (readable) plus a minified block; undefined otherwise. */
export function minifiedTailFact(path: string, previous: string | undefined, current: string): Fact | undefined {
  if (previous === undefined || previous === current || previous.trim() === '' || averageLineLength(previous) >= READABLE_LINE) return undefined;
  const inserted = insertedText(previous, current);
  if (!inserted) return undefined;
  let offset = inserted.start;
  for (const line of inserted.text.split('\n')) {
    if (looksMinified(line)) {
      const shown = line.trimStart();
      return {
        key: 'obfuscation:minified-tail',
        kind: 'obfuscation',
        severity: 'medium',
        detail: `${path} keeps its readable code and adds a ${line.length}-character line of minified code, the way the 2025 chalk/debug payload was hidden at the end of an ordinary file.`,
        file: path,
        line: current.slice(0, offset).split('\n').length,
        evidence: shown.length > SHOWN ? `${shown.slice(0, SHOWN)}...` : shown,
      };
    }
    offset += line.length + 1;
  }
  return undefined;
}
