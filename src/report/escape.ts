// Everything a package supplies (names, versions, paths, code, messages) is attacker-controlled text.
// These helpers make it inert in GitHub-flavoured Markdown: no links, images, HTML, headings, math,
// table breakage, mentions or issue references, and no string long enough to blow the comment's size limit.
// They add no invisible character of their own: what a reader copies from the comment is what the package
// published (a name copied from a code span works with `npm view`), with hidden characters made visible.

const DEFAULT_INLINE_MAX = 300;
const DEFAULT_CODE_MAX_CHARS = 2000;
const DEFAULT_CODE_MAX_LINES = 20;

/**
 * Characters a reader cannot see or that change how the text around them reads: controls (C0, C1, DEL),
 * format characters (bidi overrides and isolates, zero-width space/joiners, word joiner, BOM, Mongolian
 * vowel separator, tag characters U+E0000-E007F), line/paragraph separators, lone surrogates, variation
 * selectors (they can carry hidden bytes after any character), and blank-looking letters (Hangul fillers,
 * braille blank, combining grapheme joiner). Shown as `<U+XXXX>` so a reviewer sees the trick.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\u034F\u115F\u1160\u180B-\u180F\u2800\u3164\uFE00-\uFE0F\uFFA0\u{E0100}-\u{E01EF}]/gu;

const MARKDOWN_SPECIAL = new Set('\\`*_{}[]()#+-.!|~$'.split(''));
const HTML_ENTITY: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' };

/**
 * A word GitHub could turn into something live even with every Markdown character escaped: its mention,
 * issue-reference, commit-SHA, emoji and autolink filters run on the rendered text, where `\@` is `@` again.
 * Code spans are skipped by all of them, so such a word is shown as code.
 * `@` mentions/emails · `#` issue refs · `$` math · `:x` schemes and :emoji: · `www.` · GH-1 and JIRA-1 · SHAs.
 */
const LIVE_WORD = /[@#$]|:\S|www\.|[a-z]-\d|(?<![0-9a-z])[0-9a-f]{7,40}(?![0-9a-z])/i;

export interface InlineOptions {
  /** Inside a GFM table cell, where `|` ends the cell even in a code span unless written `\|`. */
  inTable?: boolean;
}

/** `<U+202E>` for one character. */
function codePointLabel(char: string): string {
  return `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/** Makes every invisible character visible; `keep` lists characters that stay as they are (\n and \t in code). */
export function showInvisible(text: string, keep = ''): string {
  return text.replace(INVISIBLE, (char) => (keep.includes(char) ? char : codePointLabel(char)));
}

/** One line: newlines and tabs become spaces, everything invisible is shown. */
function oneLine(text: string): string {
  return showInvisible(text.replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' '));
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

/** Bounds the input before any per-character pass, so a 1 MB name costs nothing. */
function boundedLine(text: string, max: number): string {
  return truncate(oneLine(truncate(text, max * 2)), max);
}

function escapeWord(word: string): string {
  let out = '';
  for (const char of word) {
    if (char in HTML_ENTITY) out += HTML_ENTITY[char];
    else if (MARKDOWN_SPECIAL.has(char)) out += `\\${char}`;
    else out += char;
  }
  return out;
}

/**
 * Package prose (a message, a deprecation notice, an error) that renders literally inside a paragraph,
 * heading, list item or table cell: Markdown characters are escaped, and words GitHub would make live
 * (mentions, issue references, URLs, math, emoji) are shown as code spans.
 */
export function escapeMarkdownInline(text: string, max = DEFAULT_INLINE_MAX, options: InlineOptions = {}): string {
  return boundedLine(text, max)
    .split(/(\s+)/)
    .map((part, index) => {
      if (index % 2 === 1 || part === '') return part;
      return LIVE_WORD.test(part) ? codeSpan(part, options) : escapeWord(part);
    })
    .join('');
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/** A code span around content that is already one bounded line. */
function codeSpan(content: string, options: InlineOptions): string {
  if (content === '') return '` `';
  const fence = '`'.repeat(longestBacktickRun(content) + 1);
  // CommonMark strips one space from each side when both are there (and the content is not all spaces),
  // and a backtick at an edge would join the fence: pad whenever an edge is special.
  const pad = /^[` ]|[` ]$/.test(content) && content.trim() !== '' ? ' ' : '';
  // GFM splits table rows on every `|` not written `\|`, code spans included, and removes that backslash.
  const body = options.inTable ? content.replace(/\|/g, '\\|') : content;
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * A package value (name, version, path, host) as an inline code span: rendered verbatim and copyable, never
 * a link or mention, and never closed early by backticks in `text`. Set `inTable` inside a table cell.
 */
export function inlineCode(text: string, max = 200, options: InlineOptions = {}): string {
  return codeSpan(boundedLine(text, max), options);
}

/** The first `n` UTF-16 units, one less when that would split a surrogate pair. */
function slicePairs(text: string, n: number): string {
  const high = text.charCodeAt(n - 1);
  return text.slice(0, high >= 0xd800 && high <= 0xdbff ? n - 1 : n);
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
  const bounded = showInvisible(slicePairs(text, maxChars * 2).replace(/\r\n?/g, '\n'), '\n\t');
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

/**
 * depdiff's own sentences that quote package values between backticks (finding messages, notes): the quoted
 * parts become real code spans and the rest is escaped prose, so a reader sees `name` formatted, never a
 * literal backslash-backtick. Whatever the pairing, each part goes through inlineCode or escapeMarkdownInline,
 * so a backtick inside a hostile name can only change what is shown as code, never make anything live.
 */
export function escapeProseWithCode(text: string, max = DEFAULT_INLINE_MAX, options: InlineOptions = {}): string {
  const line = boundedLine(text, max);
  let out = '';
  let last = 0;
  for (const match of line.matchAll(/`([^`]+)`/g)) {
    out += escapeMarkdownInline(line.slice(last, match.index), Infinity, options);
    out += codeSpan(match[1]!, options);
    last = match.index + match[0].length;
  }
  return out + escapeMarkdownInline(line.slice(last), Infinity, options);
}
