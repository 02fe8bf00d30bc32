import { fact, keys, localImports } from '../../../helpers/ast-scan.js';

describe('modules family: what loading a module grants', () => {
  test('require, import, import() and export-from of network, shell and vm modules', () => {
    expect(keys("const h = require('https');")).toEqual(['network:module:https']);
    expect(keys("import net from 'node:net';")).toEqual(['network:module:net']);
    expect(keys("const { lookup } = await import('dns/promises');")).toEqual(['network:module:dns']);
    expect(keys("export * from 'axios'; export { x } from 'execa';")).toEqual(['network:module:axios', 'shell:module:execa']);
    expect(keys("const vm = require('vm');")).toEqual(['eval:vm']);
  });

  test('an assembled module name is also hidden-require; aliases of require and createRequire count', () => {
    expect(keys("const h = require('ht' + 'tps');")).toEqual(['network:module:https', 'obfuscation:hidden-require']);
    expect(fact("require(['ht', 'tps'].join(''));", 'obfuscation:hidden-require')?.detail).toBe(
      'lib/x.js assembles the module name `https` at runtime instead of writing it out, which only serves to hide what it loads.',
    );
    expect(keys("const r = require; r('net');")).toEqual(['network:module:net']);
    expect(keys("import { createRequire } from 'module'; const r = createRequire(import.meta.url); r('http');")).toEqual(['network:module:http']);
  });

  test("node's module API: only its risky members count", () => {
    expect(keys("import { createRequire, builtinModules } from 'node:module';")).toEqual([]);
    expect(keys("const { createRequire } = require('module'); require('module').isBuiltin('fs');")).toEqual([]);
    expect(keys("const { _load } = require('module');")).toEqual(['eval:module']);
    expect(keys("import Module from 'module';")).toEqual(['eval:module']);
  });

  test('relative specifiers are remembered for following, not reported', () => {
    const code = "const a = require('./a'); import b from '../b.js'; export * from './c'; import('./d');";
    expect(keys(code)).toEqual([]);
    expect(localImports(code).sort()).toEqual(['../b.js', './a', './c', './d']);
  });
});

test('a network module\'s evidence is the first call through its binding, not the require or import', () => {
  expect(fact("const https = require('node:https');\nconst x = 1;\nhttps.get(url, onResponse);", 'network:module:https')).toMatchObject({ line: 3, evidence: 'https.get(url, onResponse);' });
  expect(fact("import { request } from 'node:http';\n\nrequest(options);", 'network:module:http')).toMatchObject({ line: 3 });
  expect(fact("const http_1 = require(\"http\");\n(0, http_1.request)(o);", 'network:module:http')).toMatchObject({ line: 2 });
  expect(fact("const https = require('https');", 'network:module:https')).toMatchObject({ line: 1 });
});
