// The edges of escape.ts that the mutation run (MUTATION_GROUP=escape) found unjudged: the quote entity, the
// boundaries of the commit-SHA word, surrogate pairs at a cut, and each reason codeBlock marks a block as cut.
import { codeBlock, escapeMarkdownInline, truncate } from '../../src/report/escape.js';

/** The body of a fenced block, between its opening and closing fence lines. */
function bodyOf(block: string): string {
  const lines = block.split('\n');
  return lines.slice(1, -1).join('\n');
}

describe('escapeMarkdownInline edges', () => {
  test('a double quote becomes an entity, so it cannot close an HTML attribute', () => {
    expect(escapeMarkdownInline('say "hi"')).toBe('say &quot;hi&quot;');
  });

  test('a word of exactly seven hex digits is a commit SHA wherever a non-alphanumeric bounds it', () => {
    // GitHub links a 7-40 hex word to a commit; the bounds must be "not alphanumeric", including the text's edges.
    expect(escapeMarkdownInline('1234567')).toBe('`1234567`');
    expect(escapeMarkdownInline('v/1234567')).toBe('`v/1234567`');
    expect(escapeMarkdownInline('1234567/v')).toBe('`1234567/v`');
    // Glued to other letters or digits, it is not a SHA and stays prose.
    expect(escapeMarkdownInline('x1234567')).toBe('x1234567');
  });
});

describe('truncate at a surrogate pair', () => {
  test.each([
    ['U+10000 (high surrogate D800)', '\u{10000}'],
    ['U+10FC00 (high surrogate DBFF)', '\u{10FC00}'],
  ])('never keeps half of %s', (_label, pair) => {
    expect(truncate(`ab${pair}cd`, 4)).toBe('ab…');
  });

  test('keeps a BMP character above the surrogate range whole', () => {
    expect(truncate('ab\uFF21cd', 4)).toBe('ab\uFF21…');
  });
});

describe('codeBlock bounds', () => {
  // maxChars 4 reads at most 8 UTF-16 units; three CRLFs shrink to three LFs, so the unit at index 7 is still
  // in a body of 4 characters and decides whether the read splits a surrogate pair.
  const crlf3 = '\r\n\r\n\r\n';

  test.each([
    ['D83D', '\u{1F600}'],
    ['D800', '\u{10000}'],
    ['DBFF', '\u{10FC00}'],
  ])('the bounded read never splits a pair whose high surrogate is %s', (_high, pair) => {
    expect(bodyOf(codeBlock(`${crlf3}a${pair}`, '', { maxChars: 4 }))).toBe('\n\n\na\n…');
  });

  test.each([
    ['an ASCII letter', 'b'],
    ['a BMP character above the surrogates', '\uFF21'],
  ])('the bounded read keeps %s at its last unit', (_label, char) => {
    // Read: "\n\n\na" + char, 5 characters, then cut to 4.
    expect(bodyOf(codeBlock(`${crlf3}a${char}z`, '', { maxChars: 4 }))).toBe('\n\n\n…\n…');
  });

  test('a lone CR is a line break, not an invisible character', () => {
    expect(codeBlock('a\rb')).toBe('```\na\nb\n```');
  });

  test('a text of exactly twice maxChars is read whole and not marked cut', () => {
    expect(codeBlock(`${crlf3}a\n`, '', { maxChars: 4 })).toBe('```\n\n\n\na\n```');
  });

  test('a text shorter than maxChars is not marked cut', () => {
    expect(codeBlock('abc', '', { maxChars: 4 })).toBe('```\nabc\n```');
    expect(codeBlock('abcd', '', { maxChars: 4 })).toBe('```\nabcd\n```');
  });

  test('a text over maxChars but within the read is cut and marked cut', () => {
    expect(codeBlock('abcde', '', { maxChars: 4 })).toBe('```\nabc…\n…\n```');
  });

  test('exactly maxLines lines are not marked cut', () => {
    expect(codeBlock('a\nb', '', { maxLines: 2 })).toBe('```\na\nb\n```');
  });

  test('every trailing newline is dropped', () => {
    expect(codeBlock('a\n\n')).toBe('```\na\n```');
    expect(codeBlock('a\n')).toBe('```\na\n```');
  });

  test('the language tag is at most 20 characters', () => {
    expect(codeBlock('x', 'a'.repeat(30))).toBe(`\`\`\`${'a'.repeat(20)}\nx\n\`\`\``);
  });
});
