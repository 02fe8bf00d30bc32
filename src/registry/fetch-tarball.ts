// Downloads one tarball through npm-registry-fetch (the layer that applies .npmrc auth, proxies,
// retries and the credential-guarding agent), under a byte bound, into one buffer.
//
// Not through pacote: its stream pipeline, its second hashing and the HTTP cache's write of every
// tarball cost several times the CPU of the download itself. The HTTP cache is off here because the
// digest-addressed store (tarball-cache.ts) holds the verified bytes instead.
import npmFetch from 'npm-registry-fetch';
import { PackageError } from '../model/errors.js';

const NPMJS_HOST = 'registry.npmjs.org';

/**
 * Where pacote would fetch a registry tarball from: the packument's dist.tarball, with the public
 * registry's host replaced by the configured registry (pacote's default `replaceRegistryHost`), so a
 * mirror configured as the registry also serves the tarballs.
 */
export function tarballUrl(distTarball: string | undefined, fallback: string, registry: string): string {
  if (!distTarball) return fallback;
  let url: URL;
  try {
    url = new URL(distTarball);
  } catch {
    return fallback;
  }
  return url.host === NPMJS_HOST ? new URL(url.pathname, registry.replace(/\/+$/, '')).href : url.href;
}

function tooLarge(pkgId: string, max: number): PackageError {
  return new PackageError('ELIMIT', `${pkgId}: the tarball is larger than the ${max}-byte download limit; it was not reviewed`);
}

async function readBody(body: AsyncIterable<Buffer> & { destroy?: () => void }, declared: number, max: number, pkgId: string): Promise<Buffer> {
  // With a declared length the bytes go straight into one buffer that owns its memory (it may be
  // transferred to an analysis worker); the length is still checked against what arrives.
  let data = Buffer.from(new ArrayBuffer(declared > 0 ? declared : 64 * 1024));
  let total = 0;
  for await (const chunk of body) {
    if (total + chunk.length > max) {
      body.destroy?.();
      throw tooLarge(pkgId, max);
    }
    if (total + chunk.length > data.length) {
      const grown = Buffer.from(new ArrayBuffer(Math.min(max, Math.max(data.length * 2, total + chunk.length))));
      data.copy(grown, 0, 0, total);
      data = grown;
    }
    chunk.copy(data, total);
    total += chunk.length;
  }
  if (total === data.length) return data;
  const exact = Buffer.from(new ArrayBuffer(total));
  data.copy(exact, 0, 0, total);
  return exact;
}

export async function fetchTarball(url: string, spec: string, pkgId: string, fetchOptions: Record<string, unknown>, maxBytes: number): Promise<Buffer> {
  const attempt = async (): Promise<Buffer> => {
    const res = await npmFetch(url, {
      ...fetchOptions,
      cache: undefined,
      headers: {
        'user-agent': String(fetchOptions.userAgent ?? 'depdiff'),
        'pacote-req-type': 'tarball',
        'pacote-pkg-id': `registry:${pkgId}`,
      },
      spec,
      integrity: null,
    } as unknown as npmFetch.Options);
    const body = res.body as unknown as AsyncIterable<Buffer> & { destroy?: () => void };
    const declared = Number(res.headers.get('content-length') ?? 0);
    // A compressed response's declared length is not the body's: only an identity length is trusted for sizing.
    const identity = !res.headers.get('content-encoding') || res.headers.get('content-encoding') === 'identity';
    if (identity && declared > maxBytes) {
      body.destroy?.();
      throw tooLarge(pkgId, maxBytes);
    }
    return readBody(body, identity && Number.isSafeInteger(declared) ? declared : 0, maxBytes, pkgId);
  };
  try {
    return await attempt();
  } catch (error) {
    // npm-registry-fetch retries a failed request; a connection lost mid-body gets one more try, as pacote gave it.
    if (error instanceof PackageError || (error as { code?: string }).code === 'E404' || (error as { statusCode?: number }).statusCode) throw error;
    return attempt();
  }
}
