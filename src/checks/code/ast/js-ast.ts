// Parsing JavaScript into an ESTree AST, tolerant of odd and broken files, plus the small node helpers the scans share.
import { parse, type AnyNode, type Node, type Options, type Program } from 'acorn';
import { parse as parseLoose } from 'acorn-loose';

export interface ParsedSource {
  program: Program;
  /** True when only the error-tolerant parser could read the file: some of it may be misread. */
  loose: boolean;
}

// No `locations`: lines are computed from offsets on demand, which keeps the AST of a large bundle much smaller.
const BASE: Options = {
  ecmaVersion: 'latest',
  allowHashBang: true,
  allowReturnOutsideFunction: true,
  allowAwaitOutsideFunction: true,
  allowImportExportEverywhere: true,
  allowSuperOutsideMethod: true,
};

const LOOKS_LIKE_MODULE = /^\s*(import\s*[\w{*'"]|export\s+[\w{*])/m;

/** The program, or null when even the tolerant parser gives up (or, with `tolerant: false`, when strict parsing fails). */
export function parseJs(text: string, tolerant = true): ParsedSource | null {
  // Try the likelier mode first: a failed strict parse of a big file costs as much as a successful one.
  const modes: Array<'module' | 'script'> = LOOKS_LIKE_MODULE.test(text) ? ['module', 'script'] : ['script', 'module'];
  for (const sourceType of modes) {
    try {
      return { program: parse(text, { ...BASE, sourceType }), loose: false };
    } catch {
      // try the next mode
    }
  }
  if (!tolerant) return null;
  try {
    return { program: parseLoose(text, { ...BASE, sourceType: 'module' }), loose: true };
  } catch {
    return null;
  }
}

const SKIPPED_KEYS = new Set(['type', 'start', 'end', 'loc', 'range', 'raw', 'regex', 'value', 'bigint']);

/** Calls `visit` for each direct child node; a generic walk for the few places that need one on a subtree. */
export function forEachChild(node: Node, visit: (child: AnyNode) => void): void {
  for (const [key, value] of Object.entries(node)) {
    if (SKIPPED_KEYS.has(key) || value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) if (item && typeof item.type === 'string') visit(item as AnyNode);
    } else if (typeof (value as { type?: unknown }).type === 'string') {
      visit(value as AnyNode);
    }
  }
}

/** Offsets where each line starts, for turning node offsets into 1-based lines. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function lineOf(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

const MAX_EVIDENCE = 160;

/** The source line around `offset`, trimmed to a short window so a minified line never becomes the evidence. */
export function evidenceAt(text: string, starts: number[], offset: number): string {
  const line = lineOf(starts, offset);
  const from = starts[line - 1]!;
  const to = line < starts.length ? starts[line]! - 1 : text.length;
  const whole = text.slice(from, Math.min(to, from + 100000)).replace(/\r$/, '');
  const trimmed = whole.trim();
  if (trimmed.length <= MAX_EVIDENCE) return clean(trimmed);
  const column = offset - from;
  const start = Math.max(0, column - 40);
  const snippet = whole.slice(start, start + MAX_EVIDENCE - 6).trim();
  return clean(`${start > 0 ? '...' : ''}${snippet}...`);
}

/** Lines the evidence of a multi-line call may show: enough for its arguments, short enough to judge at a glance. */
const MAX_EVIDENCE_LINES = 3;

/** The lines of the node from `start` to `end` (at most three, each windowed like evidenceAt), e.g. a call and its arguments. */
export function evidenceSpan(text: string, starts: number[], start: number, end: number): string {
  const first = lineOf(starts, start);
  const last = Math.min(lineOf(starts, Math.max(start, end - 1)), first + MAX_EVIDENCE_LINES - 1);
  const lines = [evidenceAt(text, starts, start)];
  for (let line = first + 1; line <= last; line++) {
    const next = evidenceAt(text, starts, starts[line - 1]!);
    if (next !== '') lines.push(next);
  }
  return lines.join('\n');
}

function clean(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/g, ' ');
}

export const isFunctionNode = (node: AnyNode | null | undefined): boolean =>
  node?.type === 'FunctionExpression' || node?.type === 'ArrowFunctionExpression';
