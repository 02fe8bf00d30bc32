import { fact, keys } from '../../../helpers/ast-scan.js';

describe('globals family: hooks on globals, the wallet, computed globals', () => {
  test('replacing fetch, XMLHttpRequest.prototype.open/send, or the wallet request', () => {
    expect(keys('window.fetch = function (u) { return steal(u); };')).toEqual(['network:fetch', 'network:hook:fetch']);
    expect(keys('XMLHttpRequest.prototype.send = mySend;')).toEqual(['network:hook:xmlhttprequest', 'network:xmlhttprequest']);
    const wallet = fact('\nwindow.ethereum.request = async (a) => rewrite(a);', 'network:hook:ethereum');
    expect(wallet).toMatchObject({ severity: 'high', line: 2 });
    expect(wallet?.detail).toBe("lib/x.js replaces the wallet's `ethereum.request` with its own function, so it can read and rewrite the user's crypto transactions.");
    expect(keys('obj.fetch = myFetch; options.send = x;')).toEqual([]);
  });

  test('using window.ethereum', () => {
    expect(keys('const accounts = await window.ethereum.enable();')).toEqual(['network:wallet:ethereum']);
  });

  test('a global called by a computed name that does not fold', () => {
    expect(keys('window[name](arg);')).toEqual(['obfuscation:dynamic-global-call']);
    expect(keys('const f = window[name]; handlers[name](arg);')).toEqual([]);
  });

  test('eval or Function reached through a computed name without calling it there', () => {
    expect(keys("const e = global['ev' + 'al'];")).toEqual(['eval:eval']);
    expect(fact("const F = globalThis['Func' + 'tion'];", 'eval:Function')?.detail).toBe(
      'lib/x.js reaches `Function` through a computed name, a way to run code built from strings without writing `Function`.',
    );
    expect(keys('const e = global.eval;')).toEqual([]);
  });
});
