import { codeBlock, escapeMarkdownInline, inlineCode, truncate } from '../../src/report/escape.js';

describe('escapeMarkdownInline', () => {
  test('neutralizes links, images, HTML and mentions', () => {
    expect(escapeMarkdownInline('[link](http://evil)')).toBe('\\[link\\]\\(http:\u200B//evil\\)');
    expect(escapeMarkdownInline('see https://evil.example and www.evil.example')).toBe(
      'see https:\u200B//evil\\.example and www\u200B\\.evil\\.example',
    );
    expect(escapeMarkdownInline('![x](http://evil/x.png)')).not.toMatch(/!\[|\]\(/);
    expect(escapeMarkdownInline('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(escapeMarkdownInline('@everyone')).toBe('@\u200Deveryone');
    expect(escapeMarkdownInline('a & b')).toBe('a &amp; b');
  });

  test('escapes every Markdown special character with a backslash', () => {
    expect(escapeMarkdownInline('\\`*_{}[]()#+-.!|~')).toBe('\\\\\\`\\*\\_\\{\\}\\[\\]\\(\\)\\#\\+\\-\\.\\!\\|\\~');
    expect(escapeMarkdownInline('plain words 123')).toBe('plain words 123');
  });

  test('flattens newlines, strips control characters and shows bidi overrides', () => {
    expect(escapeMarkdownInline('a\nb\r\nc\td')).toBe('a b c d');
    expect(escapeMarkdownInline('a\u0000\u001b[31mb\u007f')).toBe('a\\[31mb');
    expect(escapeMarkdownInline('abc\u202Edef')).toBe('abc&lt;U\\+202E&gt;def');
  });

  test('caps the length before escaping', () => {
    const out = escapeMarkdownInline('x'.repeat(1_000_000), 50);
    expect(out).toBe(`${'x'.repeat(49)}…`);
    expect(escapeMarkdownInline('.'.repeat(100), 10)).toBe(`${'\\.'.repeat(9)}…`);
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
    expect(inlineCode('')).toBe('` `');
  });

  test('keeps content on one line', () => {
    expect(inlineCode('a\nb\u0007')).toBe('`a b`');
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

  test('keeps tabs and newlines, strips other controls, sanitizes the language', () => {
    expect(codeBlock('a\tb\r\nc\u0000d\u001b', 'j s<x>')).toBe('```jsx\na\tb\ncd\n```');
  });

  test('caps lines and characters and says so', () => {
    const many = codeBlock(Array.from({ length: 100 }, (_, i) => `line ${i}`).join('\n'), '', { maxLines: 3 });
    expect(many).toBe('```\nline 0\nline 1\nline 2\n…\n```');
    const huge = codeBlock('`'.repeat(10) + 'x'.repeat(1_000_000));
    expect(huge.length).toBeLessThan(2100);
    expect(huge.startsWith('```````````\n')).toBe(true);
  });
});
