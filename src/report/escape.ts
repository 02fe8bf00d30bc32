// Everything a package supplies (names, versions, paths, code, messages) is attacker-controlled text.
// These helpers make it inert in GitHub-flavoured Markdown: no links, images, HTML, headings,
// table breakage, or @-mentions, and no string long enough to blow the comment's size limit.

const DEFAULT_INLINE_MAX = 300;
const DEFAULT_CODE_MAX_CHARS = 2000;
const DEFAULT_CODE_MAX_LINES = 20;

// C0 and C1 controls and DEL. Callers decide whether \n and \t survive.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Bidirectional overrides and isolates ("Trojan Source"): shown, not obeyed, so a reviewer sees the trick.
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

const MARKDOWN_SPECIAL = new Set('\\`*_{}[]()#+-.!|~'.split(''));
const HTML_ENTITY: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' };
// GitHub turns an @ followed by a name into a mention even after entity decoding; a zero-width
// joiner between them breaks the mention and still reads as "@name".
const ZWJ = '\u200D';
// GitHub autolinks bare `https://...` and `www.` text; a zero-width space keeps an attacker's URL unclickable.
const ZWSP = '\u200B';

function defangUrls(text: string): string {
  return text.replace(/:\/\//g, `:${ZWSP}//`).replace(/\b(www)\./gi, `$1${ZWSP}.`);
}

function showBidi(text: string): string {
  return text.replace(BIDI, (char) => `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}

/** Removes control characters; newlines and tabs become spaces (one-line contexts). */
function oneLine(text: string): string {
  return showBidi(text).replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' ').replace(CONTROL, '');
}

/** Shortens to at most `n` characters (with a trailing …), never splitting a surrogate pair. */
export function truncate(text: string, n: number): string {
  if (text.length <= n) return text;
  if (n <= 0) return '';
  let end = n - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** Text that renders literally inside a Markdown paragraph, heading, list item or table cell. */
export function escapeMarkdownInline(text: string, max = DEFAULT_INLINE_MAX): string {
  // Bound the input before the character pass so a 1 MB name costs nothing.
  const plain = defangUrls(truncate(oneLine(truncate(text, max * 2)), max));
  let out = '';
  for (const char of plain) {
    if (char === '@') out += `@${ZWJ}`;
    else if (char in HTML_ENTITY) out += HTML_ENTITY[char];
    else if (MARKDOWN_SPECIAL.has(char)) out += `\\${char}`;
    else out += char;
  }
  return out;
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/** An inline code span that cannot be closed early by backticks in `text`. Not for table cells. */
export function inlineCode(text: string, max = 200): string {
  const content = truncate(oneLine(truncate(text, max * 2)), max);
  if (content === '') return '` `';
  const fence = '`'.repeat(longestBacktickRun(content) + 1);
  // CommonMark strips one space from each side when both are present, so pad whenever an edge is special.
  const pad = /^[` ]|[` ]$/.test(content) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

export interface CodeBlockOptions {
  maxLines?: number;
  maxChars?: number;
}

/**
 * A fenced code block whose fence is longer than any backtick run inside, so the content can
 * never close it. The block always starts and ends on its own line.
 */
export function codeBlock(text: string, lang = '', options: CodeBlockOptions = {}): string {
  const maxLines = options.maxLines ?? DEFAULT_CODE_MAX_LINES;
  const maxChars = options.maxChars ?? DEFAULT_CODE_MAX_CHARS;
  const bounded = showBidi(text.slice(0, maxChars * 2).replace(/\r\n?/g, '\n')).replace(CONTROL, '');
  let lines = bounded.split('\n');
  let cut = text.length > maxChars * 2;
  if (lines.length > maxLines) {
    lines = lines.slice(0, maxLines);
    cut = true;
  }
  let body = lines.join('\n').replace(/\n+$/, '');
  if (body.length > maxChars) {
    body = truncate(body, maxChars);
    cut = true;
  }
  if (cut) body += '\n…';
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(body) + 1));
  const safeLang = lang.replace(/[^a-z0-9+-]/gi, '').slice(0, 20);
  return `${fence}${safeLang}\n${body}\n${fence}`;
}
