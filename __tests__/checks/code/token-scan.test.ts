import { analyzeSource, MAX_AST_BYTES, scanSource } from '../../../src/checks/code/source-facts.js';
import { tokenScanFacts } from '../../../src/checks/code/token-scan.js';

const keys = (facts: { key: string }[]) => facts.map((f) => f.key).sort();
const padding = '// padding line for size\n'.repeat(Math.ceil(MAX_AST_BYTES / 25) + 10);

test('a file past the AST limit is text-scanned for what the AST analysis finds', () => {
  const cases: Array<[string, string]> = [
    ["require('node:child_process').exec('id');", 'shell:child_process.exec'],
    ["import 'child_process';", 'shell:module:child_process'],
    ["const h = require('https');", 'network:module:https'],
    ["fetch('/x');", 'network:fetch'],
    ["const s = new WebSocket('wss://x');", 'network:websocket'],
    ["navigator.sendBeacon('/x', d);", 'network:sendbeacon'],
    ["module._compile(src, 'x.js');", 'eval:module._compile'],
    ["process.binding('spawn_sync').spawn(o);", 'shell:process.binding:spawn_sync'],
    ['window.fetch = function (u) { return steal(u); };', 'network:hook:fetch'],
    ['XMLHttpRequest.prototype.send = mine;', 'network:hook:xmlhttprequest'],
    ['window.ethereum.request = mine;', 'network:hook:ethereum'],
    ['eval(code);', 'eval:eval'],
    ['const f = new Function(code);', 'eval:Function'],
    // The function-bind polyfill in @napi-rs/wasm-runtime 1.0.5 calls it without `new`: the same capability.
    ["bound = Function('binder', 'return function (' + args + '){ return binder.apply(this,arguments); }')(binder);", 'eval:Function'],
    ['post(JSON.stringify(process.env));', 'env:serialize'],
    ['Object.keys(process.env).forEach((k) => out.push(k));', 'env:enumerate'],
    ["read('.ssh/id_rsa');", 'fs-sensitive:~/.ssh'],
    ['var _0x1a2b = 1, _0x2b3c = 2, _0x3c4d = 3, _0x4d5e = 4, _0x5e6f = 5;', 'obfuscation:hex-identifiers'],
  ];
  for (const [code, key] of cases) {
    // The AST analysis finds it in a small file, the text scan in a big one.
    expect({ code, keys: keys(analyzeSource('a.js', code)) }).toEqual({ code, keys: expect.arrayContaining([key]) });
    const big = scanSource('big.js', `${padding}${code}\n`);
    expect({ code, method: big.method, keys: keys(big.facts) }).toEqual({ code, method: 'text', keys: expect.arrayContaining([key]) });
  }
});

test('thousands of decoy matches do not push the real call out of the text scan', () => {
  const decoys = "require('./util');\neval_(x);\n".repeat(6000);
  const text = `${decoys}require('child_process').execSync('curl x | sh');\neval(payload);\n`;
  expect(keys(tokenScanFacts('big.js', text))).toEqual(['eval:eval', 'shell:child_process.execSync', 'shell:module:child_process']);
});

test("a big file's relative imports are followed like a parsed file's", () => {
  const big = scanSource('dist/big.js', `${padding}require('./chunk-1.js');\nimport('../shared/x');\nrequire('lodash');\n`);
  expect(big.localImports.sort()).toEqual(['../shared/x', './chunk-1.js']);
});

test('the text scan does not read isFunction( or obj.Function( as the Function constructor', () => {
  expect(keys(tokenScanFacts('big.js', 'if (isFunction(x)) y.Function(z);'))).toEqual([]);
});
