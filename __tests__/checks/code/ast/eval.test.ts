import { b64, fact, facts, keys, keysInOrder } from '../../../helpers/ast-scan.js';

describe('eval family: running code built from strings', () => {
  test('eval, Function and string timers; a decoded payload makes it critical', () => {
    expect(keys('eval(code);')).toEqual(['eval:eval']);
    expect(keys("new Function('a', body);")).toEqual(['eval:Function']);
    expect(keys("setTimeout('run' + '()', 10);")).toEqual(['eval:setTimeout-string']);
    expect(keys('setTimeout(() => run(), 10); setInterval(fn, 5);')).toEqual([]);
    expect(fact("eval(Buffer.from(data, 'base64').toString());", 'eval:eval:decoded')?.severity).toBe('critical');
  });

  test('a parameter of the enclosing function is not the file-level decoded value it shadows', () => {
    const code = `const payload = atob(x);\nfunction run(payload) { eval(payload); }`;
    expect(keys(code)).toEqual(['eval:eval']);
    expect(keys(`const payload = atob(x);\neval(payload);`)).toEqual(['eval:eval:decoded']);
  });

  test('the Function constructor reached through a function, vm runners, module._compile and module.constructor', () => {
    expect(keys("(function(){}).constructor('return this')();")).toEqual(['eval:Function']);
    expect(keys('vm.runInNewContext(code); script.runInThisContext(other);')).toEqual(['eval:vm.runInNewContext', 'eval:vm.runInThisContext']);
    expect(keys("module._compile(src, 'x.js');")).toEqual(['eval:module._compile']);
    const reached = fact('const c = module._compile;', 'eval:module._compile');
    expect(reached?.detail).toBe("lib/x.js reaches Node's internal `module._compile`, which compiles and runs source text as a module.");
    expect(keys('const M = module.constructor;')).toEqual(['eval:module.constructor']);
    expect(keys('const C = thing.constructor;')).toEqual([]);
  });

  test('import of a data: URL, base64 or not, and the code it holds is analyzed too', () => {
    const code = `import('data:text/javascript;base64,${b64("require('child_process').exec('id')")}');`;
    expect(keys(code)).toEqual(['eval:data-url-import', 'shell:child_process.exec', 'shell:module:child_process', 'shell:program:id']);
    expect(fact(code, 'eval:data-url-import')?.severity).toBe('critical');
    expect(fact(code, 'shell:module:child_process')?.detail).toContain('(in code imported from a `data:` URL)');
    expect(fact("import('data:text/javascript,' + 'export default 1');", 'eval:data-url-import')?.severity).toBe('high');
  });

  test('a constant payload is analyzed like the file, and each fact is placed where it first shows up', () => {
    const code = `const x = 1;\neval(atob('${b64('fetch("https://h.payload-host.io/x")')}'));`;
    // The inner atob(...) is checked before the eval(...) that contains it, so its wording wins for the host.
    expect(keysInOrder(code)).toEqual(['network:host:h.payload-host.io', 'network:fetch', 'eval:eval:decoded']);
    const all = facts(code);
    expect(all.every((f) => f.line === 2)).toBe(true);
    expect(all[0]!.detail).toContain('hidden in the source as base64');
    expect(all[1]!.detail).toBe('lib/x.js calls `fetch`, so it can send data to and receive data from any server (in code hidden as base64).');
    expect(fact("eval('fetch(\"https://plain-host.io/x\")');", 'network:fetch')?.detail).toContain('(in code it runs with `eval`)');
  });
});
