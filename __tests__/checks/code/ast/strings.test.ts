import { b64, fact, keys } from './scan.js';

describe('strings family: literals, templates, concatenations and decoded values', () => {
  test('a host in a literal, a template or a + chain with unknown parts', () => {
    expect(keys("const u = 'https://api.collector.dev/v1';")).toEqual(['network:host:api.collector.dev']);
    expect(keys('const u = `https://up.tmpl-host.dev/${id}`;')).toEqual(['network:host:up.tmpl-host.dev']);
    expect(keys("const u = 'https://' + 'cat-host.dev' + '/x' + id;")).toEqual(['network:host:cat-host.dev']);
  });

  test('a secret file in a template or a + chain with unknown parts', () => {
    expect(keys('const p = `${home}/.docker/config.json`;')).toEqual(['fs-sensitive:~/.docker/config.json']);
    expect(keys("const p = home + '/.docker' + '/config.json';")).toEqual(['fs-sensitive:~/.docker/config.json']);
  });

  test('decoded values say how they were hidden', () => {
    expect(fact(`const u = atob('${b64('https://exfil.hidden-host.io/c')}');`, 'network:host:exfil.hidden-host.io')?.detail).toContain(
      'hidden in the source as base64',
    );
    const hex = Buffer.from('https://hex.hidden-host.io/c').toString('hex');
    expect(fact(`const u = Buffer.from('${hex}', 'hex').toString();`, 'network:host:hex.hidden-host.io')?.detail).toContain('hidden in the source as hex');
    expect(fact("const u = 'ht' + 'tps://cat.hidden-host.io/x';", 'network:host:cat.hidden-host.io')?.detail).not.toContain('hidden in the source');
  });

  test('short literals are not checked', () => {
    expect(keys("const a = 'abc';")).toEqual([]);
  });
});
