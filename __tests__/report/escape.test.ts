import { codeBlock, escapeMarkdownInline, escapeProseWithCode, inlineCode, showInvisible, truncate } from '../../src/report/escape.js';
import { outsideCode } from '../helpers/markdown-check.js';

/** Any character a reader cannot see: what depdiff must never add to copyable text. */
const INVISIBLE_ADDED = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u034F\u180E]/;

describe('escapeMarkdownInline', () => {
  test('neutralizes links, images and HTML by escaping, with no invisible characters added', () => {
    expect(escapeMarkdownInline('[link](evil)')).toBe('\\[link\\]\\(evil\\)');
    expect(escapeMarkdownInline('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(escapeMarkdownInline('a & b')).toBe('a &amp; b');
    expect(escapeMarkdownInline('&#64;admin')).toBe('`&#64;admin`');
  });

  test('shows words GitHub would make live (mentions, references, URLs, math, emoji) as code spans', () => {
    const cases: Array<[string, string]> = [
      ['@everyone', '`@everyone`'],
      ['ping @org/team now', 'ping `@org/team` now'],
      ['(@admin)', '`(@admin)`'],
      ['fixes #123', 'fixes `#123`'],
      ['see octo/app#7', 'see `octo/app#7`'],
      ['GH-12', '`GH-12`'],
      ['JIRA-12', '`JIRA-12`'],
      ['commit deadbeef1234', 'commit `deadbeef1234`'],
      ['see https://evil.example/x', 'see `https://evil.example/x`'],
      ['www.evil.example', '`www.evil.example`'],
      ['mail a@b.example', 'mail `a@b.example`'],
      ['mailto:a', '`mailto:a`'],
      [':smile: ok', '`:smile:` ok'],
      ['$x^2$ and $$', '`$x^2$` and `$$`'],
      ['$`x`$', '``$`x`$``'],
    ];
    for (const [input, expected] of cases) {
      const out = escapeMarkdownInline(input);
      expect(out).toBe(expected);
      expect(out).not.toMatch(INVISIBLE_ADDED);
    }
  });

  test('escapes every Markdown special character with a backslash', () => {
    expect(escapeMarkdownInline('\\`*_{}[]()+-.!|~')).toBe('\\\\\\`\\*\\_\\{\\}\\[\\]\\(\\)\\+\\-\\.\\!\\|\\~');
    expect(escapeMarkdownInline('plain words 123, error: done')).toBe('plain words 123, error: done');
  });

  test('flattens newlines and shows control, bidi and zero-width characters', () => {
    expect(escapeMarkdownInline('a\nb\r\nc\td')).toBe('a b c d');
    expect(escapeMarkdownInline('a\u0000\u001b[31mb\u007f')).toBe('a&lt;U\\+0000&gt;&lt;U\\+001B&gt;\\[31mb&lt;U\\+007F&gt;');
    expect(escapeMarkdownInline('abc\u202Edef')).toBe('abc&lt;U\\+202E&gt;def');
    expect(escapeMarkdownInline('a\u200Db')).toBe('a&lt;U\\+200D&gt;b');
  });

  test('a code span made for a live word in a table cell keeps its pipes escaped', () => {
    expect(escapeMarkdownInline('@a|b', 300, { inTable: true })).toBe('`@a\\|b`');
  });

  test('caps the length before escaping', () => {
    const out = escapeMarkdownInline('x'.repeat(1_000_000), 50);
    expect(out).toBe(`${'x'.repeat(49)}…`);
    expect(escapeMarkdownInline('.'.repeat(100), 10)).toBe(`${'\\.'.repeat(9)}…`);
  });
});

describe('showInvisible', () => {
  test.each([
    ['zero-width space', '\u200B', '<U+200B>'],
    ['zero-width non-joiner', '\u200C', '<U+200C>'],
    ['zero-width joiner', '\u200D', '<U+200D>'],
    ['word joiner', '\u2060', '<U+2060>'],
    ['byte order mark', '\uFEFF', '<U+FEFF>'],
    ['Mongolian vowel separator', '\u180E', '<U+180E>'],
    ['soft hyphen', '\u00AD', '<U+00AD>'],
    ['bidi override', '\u202E', '<U+202E>'],
    ['bidi isolate', '\u2066', '<U+2066>'],
    ['tag letter', '\u{E0041}', '<U+E0041>'],
    ['cancel tag', '\u{E007F}', '<U+E007F>'],
    ['variation selector 16', '\uFE0F', '<U+FE0F>'],
    ['variation selector 17', '\u{E0100}', '<U+E0100>'],
    ['lone high surrogate', '\uD800', '<U+D800>'],
    ['lone low surrogate', '\uDC00', '<U+DC00>'],
    ['escape', '\u001B', '<U+001B>'],
    ['C1 control', '\u0085', '<U+0085>'],
    ['line separator', '\u2028', '<U+2028>'],
    ['Hangul filler', '\u3164', '<U+3164>'],
  ])('%s', (_name, char, shown) => {
    expect(showInvisible(`a${char}b`)).toBe(`a${shown}b`);
  });

  test('leaves visible text, pairs and emoji alone', () => {
    expect(showInvisible('héllo 😀 漢字 ')).toBe('héllo 😀 漢字 ');
    expect(showInvisible('a\nb\tc', '\n\t')).toBe('a\nb\tc');
  });
});

describe('truncate', () => {
  test('keeps short text and never splits a surrogate pair', () => {
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('ab😀cd', 4)).toBe('ab…');
    expect(truncate('abc', 0)).toBe('');
  });
});

describe('inlineCode', () => {
  test('chooses a backtick run longer than any inside and pads when needed', () => {
    expect(inlineCode('abc')).toBe('`abc`');
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('```')).toBe('```` ``` ````');
    expect(inlineCode('`x')).toBe('`` `x ``');
    expect(inlineCode('x`')).toBe('`` x` ``');
    expect(inlineCode(' x')).toBe('`  x `');
    expect(inlineCode('  ')).toBe('`  `');
    expect(inlineCode('')).toBe('` `');
  });

  test('keeps the package text as published: no added characters, nothing escaped', () => {
    expect(inlineCode('@scope/name')).toBe('`@scope/name`');
    expect(inlineCode('https://evil.example/#1')).toBe('`https://evil.example/#1`');
    expect(inlineCode('a|b')).toBe('`a|b`');
  });

  test('escapes pipes inside a table cell, where GFM would split the row', () => {
    expect(inlineCode('a|b', 200, { inTable: true })).toBe('`a\\|b`');
    expect(inlineCode('a\\|b', 200, { inTable: true })).toBe('`a\\\\|b`');
  });

  test('keeps content on one line and shows hidden characters', () => {
    expect(inlineCode('a\nb\u0007')).toBe('`a b<U+0007>`');
    expect(inlineCode('@\u200Dscope/x')).toBe('`@<U+200D>scope/x`');
  });
});

describe('codeBlock', () => {
  test('uses a fence longer than any backtick run in the content', () => {
    const block = codeBlock('before\n```\n</details>\n````js\nafter', 'js');
    const lines = block.split('\n');
    expect(lines[0]).toBe('`````js');
    expect(lines[lines.length - 1]).toBe('`````');
    expect(block).toContain('</details>');
  });

  test('keeps tabs and newlines, shows other controls, sanitizes the language', () => {
    expect(codeBlock('a\tb\r\nc\u0000d\u001b', 'j s<x>')).toBe('```jsx\na\tb\nc<U+0000>d<U+001B>\n```');
  });

  test('shows zero-width, bidi, tag and variation-selector characters inside code too', () => {
    const block = codeBlock('if (isAdmin\u202E \u2066) {}\nconst a\u200B = "\u{E0068}\u{E0069}";\nx\uFE01', 'js');
    expect(block).toBe('```js\nif (isAdmin<U+202E> <U+2066>) {}\nconst a<U+200B> = "<U+E0068><U+E0069>";\nx<U+FE01>\n```');
  });

  test('caps lines and characters and says so', () => {
    const many = codeBlock(Array.from({ length: 100 }, (_, i) => `line ${i}`).join('\n'), '', { maxLines: 3 });
    expect(many).toBe('```\nline 0\nline 1\nline 2\n…\n```');
    const huge = codeBlock('`'.repeat(10) + 'x'.repeat(1_000_000));
    expect(huge.length).toBeLessThan(2100);
    expect(huge.startsWith('```````````\n')).toBe(true);
    // A cut through an emoji is not shown as a broken half.
    expect(codeBlock(`${'x'.repeat(9)}😀`, '', { maxChars: 5 })).not.toContain('<U+D83D>');
  });
});

describe('escapeProseWithCode', () => {
  test('backtick-quoted parts become real code spans; the rest is escaped prose', () => {
    expect(escapeProseWithCode('now depends on `left-pad`, which 1.0.0 did not.')).toBe('now depends on `left-pad`, which 1\\.0\\.0 did not\\.');
    expect(escapeProseWithCode('runs `a`b` here')).not.toContain('\\`a');
  });

  test('a hostile quoted part stays inert whatever the pairing', () => {
    const out = escapeProseWithCode('loads `[x](http://evil) @everyone` and `` ` `` then <img src=x> `https://evil.example`');
    expect(outsideCode(out)).not.toMatch(/\]\(|@everyone|<img|https?:\/\//);
    expect(out).toContain('`[x](http://evil) @everyone`');
  });

  test('bounded and one line', () => {
    const out = escapeProseWithCode(`a\n\`b\`${'c'.repeat(1000)}`, 50);
    expect(out).not.toContain('\n');
    expect(out.length).toBeLessThan(80);
  });
});
