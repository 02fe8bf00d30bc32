import { fact, keys } from '../../../helpers/ast-scan.js';

describe('network family: global network APIs', () => {
  test('fetch called directly, through window, an alias or a computed name', () => {
    expect(keys('fetch(url);')).toEqual(['network:fetch']);
    expect(keys('window.fetch(url);')).toEqual(['network:fetch']);
    expect(keys('const f = globalThis.fetch; f(url);')).toEqual(['network:fetch']);
    expect(keys("globalThis['fe' + 'tch'](url);")).toEqual(['network:fetch']);
  });

  test('XMLHttpRequest and WebSocket by name or through a global object; sendBeacon on any object', () => {
    expect(keys('const x = new XMLHttpRequest();')).toEqual(['network:xmlhttprequest']);
    expect(keys('const W = self.WebSocket;')).toEqual(['network:websocket']);
    expect(keys('navigator.sendBeacon(u, data);')).toEqual(['network:sendbeacon']);
    const found = fact('\n\nnew WebSocket(u);', 'network:websocket');
    expect(found).toMatchObject({ kind: 'network', severity: 'medium', line: 3, evidence: 'new WebSocket(u);' });
    expect(found?.detail).toBe('lib/x.js opens a `WebSocket`, so it can send data to and receive data from any server.');
  });

  test('look-alikes: a method named fetch on another object, a property of process.env', () => {
    expect(keys('store.fetch(id); cache.fetch; const v = process.env.fetch;')).toEqual([]);
  });
});
