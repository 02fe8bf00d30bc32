// The registry edge of the pipeline: full packuments and integrity-checked tarballs through
// npm-registry-fetch, with the user's .npmrc (scoped registries, tokens), retries, a download bound,
// and a cache dir (packuments revalidated over HTTP, tarballs stored by digest: tarball-cache.ts).
import { PackageError } from '../model/errors.js';
import type { Packument } from '../model/types.js';
import type { AdvisoryMap } from './advisory.js';
import { fetchBulkAdvisories } from './bulk-advisories.js';
import { toPackageError } from './fetch-errors.js';
import { DEFAULT_MAX_PACKUMENT_BYTES, fetchPackument } from './fetch-packument.js';
import { fetchTarball, tarballUrl } from './fetch-tarball.js';
import { Digests, verifyIntegrity } from './integrity.js';
import { slimPackument } from './slim-packument.js';
import { isSecretKey, readNpmConfig } from './npmrc.js';
import { buildPacoteOptions, withTrailingSlash, type RetryPolicy } from './pacote-options.js';
import { isRegistryResolved, registrySpec } from './source.js';
import { createTarballCache, tarballKey } from './tarball-cache.js';

export interface RegistryOptions {
  registry?: string;
  cacheDir?: string;
  offline?: boolean;
  npmrcDirs?: string[];
  userConfig?: string | null;
  env?: NodeJS.ProcessEnv;
  retries?: number;
  timeoutMs?: number;
  /** First retry delay (later ones grow by a factor of 3); tests make it small. Default 1000. */
  retryMinTimeoutMs?: number;
  /** Longest delay between retries. Default 20000. */
  retryMaxTimeoutMs?: number;
  /** Bound on one compressed tarball download. Default 64 MiB. */
  maxTarballBytes?: number;
  /** Bound on one packument, decompressed. Default DEFAULT_MAX_PACKUMENT_BYTES (64 MiB). */
  maxPackumentBytes?: number;
}

export interface TarballRequest {
  name: string;
  version: string;
  resolved?: string;
  /** The lockfile's integrity: SRI, or sha1 hex. */
  integrity?: string;
}

export interface RegistryClient {
  registryFor(name: string): string;
  packument(name: string): Promise<Packument>;
  tarball(req: TarballRequest, registryIntegrity?: string): Promise<Buffer>;
  advisories(versionsByName: Record<string, string[]>): Promise<AdvisoryMap>;
}

export const DEFAULT_MAX_TARBALL_BYTES = 64 * 1024 * 1024;
/** Retries after the first attempt, and their backoff: 1 s, 3 s, 9 s (about 13 s before giving up). */
export const DEFAULT_RETRY: RetryPolicy = { retries: 3, factor: 3, minTimeout: 1000, maxTimeout: 20000 };
export const DEFAULT_TIMEOUT_MS = 60_000;

function invalidName(pkgId: string): PackageError {
  return new PackageError('EFETCH', `${pkgId.slice(0, 200)} is not a valid npm package name and exact version, so it was not fetched`);
}

export function createRegistryClient(options: RegistryOptions): RegistryClient {
  const npmConfig = readNpmConfig({ dirs: options.npmrcDirs ?? [], env: options.env, userConfig: options.userConfig });
  const secrets = Object.entries(npmConfig)
    .filter(([key]) => isSecretKey(key))
    .map(([, value]) => value);
  const retry: RetryPolicy = {
    retries: options.retries ?? DEFAULT_RETRY.retries,
    factor: DEFAULT_RETRY.factor,
    minTimeout: options.retryMinTimeoutMs ?? DEFAULT_RETRY.minTimeout,
    maxTimeout: options.retryMaxTimeoutMs ?? DEFAULT_RETRY.maxTimeout,
  };
  const fetchOptions = buildPacoteOptions(npmConfig, {
    registry: options.registry,
    cacheDir: options.cacheDir,
    offline: options.offline,
    retry,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    tlsRejectUnauthorized: options.env?.NODE_TLS_REJECT_UNAUTHORIZED !== '0',
  });
  const packumentCache = new Map<string, unknown>();
  const tarballCache = createTarballCache(String(fetchOptions.cache));
  const packuments = new Map<string, Promise<Packument>>();
  const maxBytes = options.maxTarballBytes ?? DEFAULT_MAX_TARBALL_BYTES;
  const maxPackumentBytes = options.maxPackumentBytes ?? DEFAULT_MAX_PACKUMENT_BYTES;

  function registryFor(name: string): string {
    const scope = name.startsWith('@') ? name.slice(0, name.indexOf('/')) : '';
    const scoped = scope ? fetchOptions[`${scope}:registry`] : undefined;
    return withTrailingSlash(typeof scoped === 'string' ? scoped : String(fetchOptions.registry));
  }

  function packument(name: string): Promise<Packument> {
    let pending = packuments.get(name);
    if (!pending) {
      if (registrySpec(name) === null) return Promise.reject(invalidName(name));
      pending = fetchPackument(name, fetchOptions, packumentCache, maxPackumentBytes).then(
        (doc) => slimPackument(doc as unknown as Packument),
        (error: unknown) => {
          packuments.delete(name);
          throw toPackageError(error, name, secrets);
        },
      );
      packuments.set(name, pending);
    }
    return pending;
  }

  async function tarball(req: TarballRequest, registryIntegrity?: string): Promise<Buffer> {
    const pkgId = `${req.name}@${req.version}`;
    if (!isRegistryResolved(req.name, req.version, req.resolved)) {
      throw new PackageError('ESOURCE', `${pkgId} comes from a non-registry source; depdiff does not fetch it (no git, no remote tarballs, no prepare scripts)`);
    }
    const spec = registrySpec(req.name, req.version);
    if (spec === null) throw invalidName(pkgId);
    const doc = await packument(req.name);
    const manifest = doc.versions?.[req.version];
    if (!manifest) {
      throw new PackageError('E404', `${pkgId} is not in the registry's packument for ${req.name} (unpublished, or never published)`);
    }
    const registrySide = registryIntegrity ?? manifest.dist?.integrity ?? manifest.dist?.shasum;
    const verify = (digests: Digests): void => {
      if (registrySide) verifyIntegrity(digests, registrySide, 'registry', pkgId);
      if (req.integrity) verifyIntegrity(digests, req.integrity, 'lockfile', pkgId);
    };
    const key = tarballKey([registrySide, req.integrity]);
    const cached = key ? await tarballCache.read(key, maxBytes) : null;
    if (key && cached) {
      const digests = new Digests(cached);
      // Bytes that match their own key are the bytes a download would bring: verified like them.
      if (digests.of(key.algorithm) === key.digest) {
        verify(digests);
        return cached;
      }
      await tarballCache.discard(key);
    }
    if (options.offline) {
      throw new PackageError('EOFFLINE', `${pkgId}: the tarball is not in the cache and offline mode forbids fetching it; run once online with the same --cache-dir`);
    }
    const conventional = `${registryFor(req.name)}${req.name}/-/${req.name.replace(/^@[^/]+\//, '')}-${req.version}.tgz`;
    const url = tarballUrl(manifest.dist?.tarball, conventional, String(fetchOptions.registry));
    let bytes: Buffer;
    try {
      bytes = await fetchTarball(url, spec, pkgId, fetchOptions, maxBytes);
    } catch (error) {
      throw toPackageError(error, pkgId, secrets);
    }
    verify(new Digests(bytes));
    if (key) await tarballCache.write(key, bytes);
    return bytes;
  }

  async function advisories(versionsByName: Record<string, string[]>): Promise<AdvisoryMap> {
    if (options.offline) throw new PackageError('EOFFLINE', 'advisories: the bulk advisory endpoint cannot be queried in offline mode');
    try {
      return await fetchBulkAdvisories(versionsByName, fetchOptions, retry);
    } catch (error) {
      throw toPackageError(error, 'advisories', secrets);
    }
  }

  return { registryFor, packument, tarball, advisories };
}
