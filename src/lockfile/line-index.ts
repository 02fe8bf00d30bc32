// Lockfiles can be tens of megabytes: every position lookup here is one pass to build, then O(log n) per query.

export interface LineIndex {
  /** 1-based line of a 0-based character offset. */
  lineAt(offset: number): number;
  readonly lineCount: number;
}

export function lineIndex(text: string): LineIndex {
  const starts: number[] = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return {
    lineCount: starts.length,
    lineAt(offset: number): number {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid] <= offset) low = mid;
        else high = mid - 1;
      }
      return low + 1;
    },
  };
}

const SPECIAL = /["{}[\]/]/g;
const ARRAY_SEGMENT = '[]';
const enum Container {
  Object,
  Array,
}

/**
 * Lines of the object keys of a JSON or JSONC text that `locate` picks, without building a tree.
 * `locate` sees the key path from the root (array elements appear as `[]`) and returns the id to record the
 * key's line under, or undefined to skip it. The first occurrence of an id wins. The text must already be
 * known to parse: this scanner does not validate, it only tracks nesting.
 */
export function jsonKeyLines(
  text: string,
  locate: (path: readonly string[]) => string | undefined,
): Map<string, number> {
  const lines = new Map<string, number>();
  const index = lineIndex(text);
  const containers: Container[] = [];
  const path: string[] = [];
  let lastKey = '';
  SPECIAL.lastIndex = 0;
  for (let match = SPECIAL.exec(text); match !== null; match = SPECIAL.exec(text)) {
    const at = match.index;
    switch (text[at]) {
      case '"': {
        const end = stringEnd(text, at);
        if (end === -1) return lines;
        SPECIAL.lastIndex = end + 1;
        if (containers[containers.length - 1] !== Container.Object || !followedByColon(text, end + 1)) break;
        lastKey = decodeKey(text.slice(at + 1, end));
        path.push(lastKey);
        const id = locate(path);
        path.pop();
        if (id !== undefined && !lines.has(id)) lines.set(id, index.lineAt(at));
        break;
      }
      case '{':
      case '[':
        if (containers.length > 0) {
          path.push(containers[containers.length - 1] === Container.Array ? ARRAY_SEGMENT : lastKey);
        }
        containers.push(text[at] === '{' ? Container.Object : Container.Array);
        break;
      case '}':
      case ']':
        containers.pop();
        if (containers.length > 0) path.pop();
        break;
      case '/': {
        const next = text[at + 1];
        if (next === '/') {
          const end = text.indexOf('\n', at);
          SPECIAL.lastIndex = end === -1 ? text.length : end;
        } else if (next === '*') {
          const end = text.indexOf('*/', at + 2);
          SPECIAL.lastIndex = end === -1 ? text.length : end + 2;
        }
        break;
      }
    }
  }
  return lines;
}

/** Offset of the closing quote of the string opening at `open`, or -1. */
function stringEnd(text: string, open: number): number {
  let from = open + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return -1;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return quote;
    from = quote + 1;
  }
}

function followedByColon(text: string, from: number): boolean {
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 58) return true;
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13) return false;
  }
  return false;
}

function decodeKey(raw: string): string {
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}
