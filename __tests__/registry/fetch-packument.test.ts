// fetchPackument against a small registry on 127.0.0.1 that answers fixed bodies: the byte bound at its exact
// edge (declared and streamed), bodies that are not a packument, the headers pacote would send, and the cache
// key pacote itself looks up.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rejection } from '../helpers/rejection.js';
import { fetchPackument, packumentCacheKey } from '../../src/registry/fetch-packument.js';
import { buildPacoteOptions } from '../../src/registry/pacote-options.js';

const DOC = JSON.stringify({ name: 'exact', versions: {} });
/** Path -> body; `streamed/` paths are sent without content-length. */
const BODIES: Record<string, string> = {
  '/exact': DOC,
  '/streamed': DOC,
  '/not-json': '{"name": "broken"',
  '/array': '[]',
  '/null': 'null',
  '/text': '"a string"',
};
let server: Server;
let registry: string;
const seen: IncomingHttpHeaders[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.headers);
    if (req.url === '/declared-huge') {
      // Declares more than any bound and sends a little, then nothing: only the declared length can refuse it in time.
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 10_000_000 });
      return void res.write('{"name":');
    }
    const body = BODIES[req.url ?? ''];
    if (body === undefined) return void res.writeHead(404).end('{}');
    res.writeHead(200, req.url === '/streamed' ? { 'content-type': 'application/json' } : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    // Two writes, so a streamed body arrives in more than one chunk.
    res.write(body.slice(0, 5));
    res.end(body.slice(5));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const options = () => buildPacoteOptions({}, { registry, retry: { retries: 0, factor: 1, minTimeout: 1, maxTimeout: 1 }, timeoutMs: 5000, offline: false, cacheDir: '/nonexistent/depdiff-test' });
const fetchWith = (name: string, maxBytes: number, fetchOptions = options()) => fetchPackument(name, { ...fetchOptions, cache: undefined }, new Map(), maxBytes);


test.each(['exact', 'streamed'])('packument "%s" (with, then without content-length): exactly the bound is read; one byte over is ELIMIT naming the package', async (name) => {
  const size = Buffer.byteLength(DOC);
  expect(await fetchWith(name, size)).toEqual({ name: 'exact', versions: {} });
  const error = await rejection(fetchWith(name, size - 1));
  expect(error.code).toBe('ELIMIT');
  expect(error.message).toBe(
    `${name}: the registry's packument is larger than the ${size - 1}-byte limit, so the package was not reviewed; raise maxPackumentBytes if this registry really serves such documents`,
  );
});

test('a declared length over the bound is refused before the body is read', async () => {
  const error = await rejection(fetchWith('declared-huge', 1000, { ...options(), timeout: 2000 }));
  expect(error.code).toBe('ELIMIT');
  expect(error.message).toContain("declared-huge: the registry's packument is larger than the 1000-byte limit");
});

test('a body that is not JSON, or JSON that is not an object, is EFETCH saying so', async () => {
  const invalid = await rejection(fetchWith('not-json', 1000));
  expect(invalid.code).toBe('EFETCH');
  expect(invalid.message).toBe(`not-json: the registry's packument is not valid JSON (${BODIES['/not-json'].length} bytes), so the package was not reviewed`);
  for (const name of ['array', 'null', 'text']) {
    const error = await rejection(fetchWith(name, 1000));
    expect({ name, code: error.code, message: error.message }).toEqual({
      name,
      code: 'EFETCH',
      message: `${name}: the registry's packument is not a JSON object, so the package was not reviewed`,
    });
  }
});

test("the request carries pacote's packument headers, and the document lands under pacote's cache key", async () => {
  const cache = new Map<string, unknown>();
  const before = seen.length;
  const fetchOptions = { ...options(), cache: undefined };
  const doc = await fetchPackument('exact', fetchOptions, cache, 1000);
  expect(seen.length).toBe(before + 1);
  expect(seen.at(-1)).toMatchObject({
    'user-agent': 'depdiff (+pacote)',
    'pacote-req-type': 'packument',
    'pacote-pkg-id': 'registry:exact',
    accept: 'application/json',
  });
  expect([...cache.keys()]).toEqual([`full:${registry}exact`]);
  // A second read is the cached document, without a request.
  expect(await fetchPackument('exact', fetchOptions, cache, 1000)).toBe(doc);
  expect(seen.length).toBe(before + 1);
  const { userAgent: _unused, ...anonymous } = options();
  await fetchWith('exact', 1000, anonymous);
  expect(seen.at(-1)?.['user-agent']).toBe('depdiff');
});

test("the cache key is pacote's: registry without trailing slashes, scoped names escaped", () => {
  expect(packumentCacheKey('@scope/pkg', { registry: 'https://r.example.test/npm//' })).toEqual({
    key: 'full:https://r.example.test/npm/@scope%2fpkg',
    url: 'https://r.example.test/npm/@scope%2fpkg',
  });
  expect(packumentCacheKey('pkg', { registry: 'https://r.example.test/', '@corp:registry': 'https://corp.example.test/' }).key).toBe('full:https://r.example.test/pkg');
});
