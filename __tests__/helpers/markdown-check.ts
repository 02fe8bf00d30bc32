// Structural checks for rendered Markdown: what a reviewer would otherwise eyeball.

/** Problems found: unclosed fences, unbalanced <details>, or a fence closed by a shorter one. */
export function markdownProblems(markdown: string): string[] {
  const problems: string[] = [];
  let fence: string | null = null;
  let depth = 0;
  for (const line of markdown.split('\n')) {
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (fence !== null) {
      if (fenceMatch !== null && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length && fenceMatch[2]!.trim() === '') {
        fence = null;
      }
      continue;
    }
    if (fenceMatch !== null) {
      fence = fenceMatch[1]!;
      continue;
    }
    // Inside a code span `</details>` is text (rendered as &lt;/details&gt;), not a tag.
    const html = stripCodeSpans(line);
    depth += (html.match(/<details>/g) ?? []).length;
    depth -= (html.match(/<\/details>/g) ?? []).length;
    if (depth < 0) problems.push(`</details> without <details>: ${line.slice(0, 80)}`);
  }
  if (fence !== null) problems.push(`unclosed fence ${fence}`);
  if (depth !== 0) problems.push(`${depth} unclosed <details>`);
  return problems;
}

/** The Markdown with fenced code blocks and inline code spans removed: the text GitHub renders as Markdown/HTML. */
export function outsideCode(markdown: string): string {
  const kept: string[] = [];
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (fence !== null) {
      if (fenceMatch !== null && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length) fence = null;
      continue;
    }
    if (fenceMatch !== null) {
      fence = fenceMatch[1]!;
      continue;
    }
    kept.push(stripCodeSpans(line));
  }
  return kept.join('\n');
}

function stripCodeSpans(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    if (line[i] === '\\') {
      out += line.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (line[i] !== '`') {
      out += line[i];
      i++;
      continue;
    }
    const run = /^`+/.exec(line.slice(i))![0];
    const close = findRun(line, i + run.length, run.length);
    if (close === -1) {
      out += run;
      i += run.length;
    } else {
      out += '«code»';
      i = close + run.length;
    }
  }
  return out;
}

function findRun(line: string, from: number, length: number): number {
  const pattern = new RegExp(`(?<!\`)\`{${length}}(?!\`)`, 'g');
  pattern.lastIndex = from;
  const match = pattern.exec(line);
  return match === null ? -1 : match.index;
}
