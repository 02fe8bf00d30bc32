import { fact, keys } from '../../../helpers/ast-scan.js';

describe('obfuscation family: machine-generated names and char codes', () => {
  test('five or more _0x names, reported at the first one with a count', () => {
    const code = 'let y = 1;\nvar _0x1a2b = 1, _0x1a2c = 2, _0x1a2d = 3, _0x1a2e = 4, _0x1a2f = 5; _0x1a2b++;';
    const found = fact(code, 'obfuscation:hex-identifiers');
    expect(found).toMatchObject({ severity: 'medium', line: 2 });
    expect(found?.detail).toBe('lib/x.js uses machine-generated names like `_0x1a2b` (5 of them), the mark of an obfuscator hiding what the code does.');
    expect(keys('var _0x1a2b = 1, _0x1a2c = 2, _0x1a2d = 3, _0x1a2e = 4;')).toEqual([]);
  });

  test('past 64 names the count is capped', () => {
    const names = Array.from({ length: 70 }, (_, i) => `_0x${(0x1000 + i).toString(16)}`);
    expect(fact(`var ${names.map((n) => `${n} = 0`).join(', ')};`, 'obfuscation:hex-identifiers')?.detail).toContain('(64+ of them)');
  });

  test('String.fromCharCode with ten or more literal codes, or a spread array', () => {
    expect(keys('const s = String.fromCharCode(104, 101, 108, 108, 111, 32, 119, 111, 114, 108);')).toEqual(['obfuscation:char-codes']);
    expect(keys('const s = String.fromCharCode(...[104, 105]);')).toEqual(['obfuscation:char-codes']);
    expect(keys('const nl = String.fromCharCode(10);')).toEqual([]);
  });

  test('a decoder-fed eval in the same file raises obfuscation to high', () => {
    const code = "const s = String.fromCharCode(...[104, 105]); eval(Buffer.from(x, 'base64').toString());";
    expect(fact(code, 'obfuscation:char-codes')?.severity).toBe('high');
  });
});
