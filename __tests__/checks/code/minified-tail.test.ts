// Minified code added to a file that was readable (the 2025 chalk/debug shape), and additions that only look long.
import { minifiedTailFact } from '../../../src/checks/code/minified-tail.js';
import { analyzeCodeChange } from '../../../src/checks/code/new-facts.js';
import { packageFrom } from '../../helpers/package-from.js';

const READABLE = "'use strict';\nconst paint = (code, text) => '\\u001b[' + code + 'm' + text + '\\u001b[39m';\nmodule.exports = { red: (t) => paint(31, t) };\n";
const PAYLOAD = `var _0x1a2b=['request'];(function(_0x3c){${Array.from({ length: 30 }, (_, i) => `if(window.ethereum&&_0x3c[${i}]){window.ethereum.request=function(_0x6f){return _0x6f;};}`).join('')}})(_0x1a2b);`;

describe('a minified block added to a readable file', () => {
  test('appended at the end, placed at its line, with the start of the block as evidence', () => {
    const fact = minifiedTailFact('index.js', READABLE, READABLE + PAYLOAD + '\n');
    expect(fact).toMatchObject({ key: 'obfuscation:minified-tail', kind: 'obfuscation', severity: 'medium', file: 'index.js', line: 4 });
    expect(fact?.evidence).toBe(`${PAYLOAD.slice(0, 100)}...`);
    expect(fact?.detail).toContain(`adds a ${PAYLOAD.length}-character line of minified code`);
  });

  test('inserted at the start or in the middle, or after a final newline the old file lacked', () => {
    expect(minifiedTailFact('index.js', READABLE, PAYLOAD + '\n' + READABLE)?.line).toBe(1);
    const [first, ...rest] = READABLE.split('\n');
    expect(minifiedTailFact('index.js', READABLE, [first, PAYLOAD, ...rest].join('\n'))?.line).toBe(2);
    expect(minifiedTailFact('index.js', READABLE.trimEnd(), READABLE + PAYLOAD)?.line).toBe(4);
  });

  test('through the package comparison: the new version of the same path', () => {
    const before = packageFrom({ 'index.js': READABLE });
    const after = packageFrom({ 'index.js': READABLE + PAYLOAD + '\n' });
    expect(analyzeCodeChange(before, after, 'registry').map((f) => f.key)).toContain('obfuscation:minified-tail');
  });
});

describe('additions that are long but not minified code stay quiet', () => {
  test('readable code, a long base64 string, a long sentence and a long regular expression', () => {
    const readableMore = Array.from({ length: 40 }, (_, i) => `exports.f${i} = function f${i}(a) { return a + ${i}; };`).join('\n');
    expect(minifiedTailFact('index.js', READABLE, READABLE + readableMore + '\n')).toBeUndefined();
    const data = `exports.font = '${Buffer.from('x'.repeat(900)).toString('base64')}';`;
    expect(minifiedTailFact('index.js', READABLE, READABLE + data + '\n')).toBeUndefined();
    const prose = `exports.notice = '${'This package is maintained by volunteers, please be kind when you file issues. '.repeat(8)}';`;
    expect(minifiedTailFact('index.js', READABLE, READABLE + prose + '\n')).toBeUndefined();
    const regex = `exports.letters = /[${Array.from({ length: 120 }, (_, i) => `\\u${(0x0400 + i * 2).toString(16).padStart(4, '0')}`).join('')}]/;`;
    expect(minifiedTailFact('index.js', READABLE, READABLE + regex + '\n')).toBeUndefined();
  });

  test('a file that was minified already, a new file, an unchanged file, and a rewrite of the old code', () => {
    expect(minifiedTailFact('index.js', PAYLOAD, PAYLOAD + '\n' + PAYLOAD)).toBeUndefined();
    expect(minifiedTailFact('index.js', undefined, PAYLOAD)).toBeUndefined();
    expect(minifiedTailFact('index.js', READABLE, READABLE)).toBeUndefined();
    // The old code itself changed: a rewrite (or a build), judged by the whole-file check instead.
    expect(minifiedTailFact('index.js', READABLE, READABLE.replace('paint(31', 'paint(32') + PAYLOAD)).toBeUndefined();
  });
});
