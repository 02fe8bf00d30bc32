// Fetches a full packument as pacote does (same URL, headers, cache and auth through
// npm-registry-fetch) but reads the body under a byte bound before parsing it: pacote's res.json()
// would buffer any size, so a huge or endless packument ended in an out-of-memory crash instead of
// an error that names the package. The parsed document goes into pacote's packumentCache under
// pacote's own key, so pacote.tarball() reuses it and never fetches the packument unbounded.
import npa from 'npm-package-arg';
import npmFetch from 'npm-registry-fetch';
import { PackageError } from '../model/errors.js';

/**
 * The largest full packument of a popular package measured so far is `next` at about 21 MB
 * (`npm view next` into an empty cache, size of the cached document); 64 MiB leaves three times that.
 */
export const DEFAULT_MAX_PACKUMENT_BYTES = 64 * 1024 * 1024;

/** pacote's RegistryFetcher key: `full:` + the registry without trailing slashes + `/` + the escaped name. */
export function packumentCacheKey(name: string, fetchOptions: Record<string, unknown>): { key: string; url: string } {
  const registry = npmFetch.pickRegistry(name, fetchOptions as npmFetch.Options).replace(/\/+$/, '');
  const url = `${registry}/${npa(name).escapedName ?? name}`;
  return { key: `full:${url}`, url };
}

function tooLarge(name: string, max: number): PackageError {
  return new PackageError(
    'ELIMIT',
    `${name}: the registry's packument is larger than the ${max}-byte limit, so the package was not reviewed; raise maxPackumentBytes if this registry really serves such documents`,
  );
}

async function readBounded(body: AsyncIterable<Buffer> & { destroy?: () => void }, max: number, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.length;
    if (total > max) {
      body.destroy?.();
      throw tooLarge(name, max);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export async function fetchPackument(
  name: string,
  fetchOptions: Record<string, unknown>,
  packumentCache: Map<string, unknown>,
  maxBytes: number,
): Promise<unknown> {
  const { key, url } = packumentCacheKey(name, fetchOptions);
  if (packumentCache.has(key)) return packumentCache.get(key);
  const res = await npmFetch(url, {
    ...fetchOptions,
    headers: {
      'user-agent': String(fetchOptions.userAgent ?? 'depdiff'),
      'pacote-req-type': 'packument',
      'pacote-pkg-id': `registry:${name}`,
      accept: 'application/json',
    },
    spec: name,
    integrity: null,
  } as unknown as npmFetch.Options);
  const body = res.body as unknown as AsyncIterable<Buffer> & { destroy?: () => void };
  // Decompressed bytes are what is counted; the declared length only saves reading an obvious overrun.
  if (Number(res.headers.get('content-length') ?? 0) > maxBytes) {
    body.destroy?.();
    throw tooLarge(name, maxBytes);
  }
  const bytes = await readBounded(body, maxBytes, name);
  let doc: unknown;
  try {
    doc = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new PackageError('EFETCH', `${name}: the registry's packument is not valid JSON (${bytes.length} bytes), so the package was not reviewed`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new PackageError('EFETCH', `${name}: the registry's packument is not a JSON object, so the package was not reviewed`);
  }
  packumentCache.set(key, doc);
  return doc;
}
