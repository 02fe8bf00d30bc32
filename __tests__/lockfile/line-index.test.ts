import { jsonKeyLines, lineIndex } from '../../src/lockfile/line-index.js';

test('lineIndex maps offsets to 1-based lines', () => {
  const index = lineIndex('a\nbc\n\nd');
  expect([0, 1, 2, 4, 5, 6].map((offset) => index.lineAt(offset))).toEqual([1, 1, 2, 2, 3, 4]);
  expect(index.lineCount).toBe(4);
});

test('jsonKeyLines finds keys by path through JSONC comments, escapes, arrays and look-alike values', () => {
  const text = [
    '{', //                                                         1
    '  // "packages": { "fake": {} } in a comment', //              2
    '  "name": "packages", /* "packages": */', //                    3
    '  "packages": {', //                                            4
    '    "a": ["a@1.0.0", "", { "dependencies": { "b": "1" } }],', // 5
    '    "with \\"quote\\"": [],', //                                 6
    '    "c\\/d": {', //                                               7
    '      "nested": { "a": 1 },', //                                8
    '    },', //                                                     9
    '  },', //                                                       10
    '  "other": { "a": 2 },', //                                     11
    '}',
  ].join('\n');
  const lines = jsonKeyLines(text, (path) => (path.length === 2 && path[0] === 'packages' ? path[1] : undefined));
  expect([...lines]).toEqual([
    ['a', 5],
    ['with "quote"', 6],
    ['c/d', 7],
  ]);
  const deep = jsonKeyLines(text, (path) => path.join('>'));
  expect(deep.get('packages>a>[]>dependencies>b')).toBe(5);
  expect(deep.get('packages>c/d>nested>a')).toBe(8);
  expect(deep.get('other>a')).toBe(11);
  expect(deep.has('fake')).toBe(false);
});
