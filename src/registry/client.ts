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
import { createTarballCache, tarballKey, type TarballCache, type TarballKey } from './tarball-cache.js';

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

/** What every request of one client shares: its fetch options, the secrets to scrub from errors, its caches and bounds. */
interface ClientContext {
  offline: boolean;
  fetchOptions: Record<string, unknown>;
  /** Values of the .npmrc's secret keys: scrubbed from every error message. */
  secrets: string[];
  retry: RetryPolicy;
  /** npm-registry-fetch's revalidation cache for packument bodies. */
  packumentCache: Map<string, unknown>;
  /** One request per package name per run, shared by every caller; a failed one is forgotten so a later caller retries. */
  packuments: Map<string, Promise<Packument>>;
  tarballCache: TarballCache;
  maxTarballBytes: number;
  maxPackumentBytes: number;
}

function retryPolicyOf(options: RegistryOptions): RetryPolicy {
  return {
    retries: options.retries ?? DEFAULT_RETRY.retries,
    factor: DEFAULT_RETRY.factor,
    minTimeout: options.retryMinTimeoutMs ?? DEFAULT_RETRY.minTimeout,
    maxTimeout: options.retryMaxTimeoutMs ?? DEFAULT_RETRY.maxTimeout,
  };
}

function clientContext(options: RegistryOptions): ClientContext {
  const npmConfig = readNpmConfig({ dirs: options.npmrcDirs ?? [], env: options.env, userConfig: options.userConfig });
  const secrets = Object.entries(npmConfig)
    .filter(([key]) => isSecretKey(key))
    .map(([, value]) => value);
  const retry = retryPolicyOf(options);
  const fetchOptions = buildPacoteOptions(npmConfig, {
    registry: options.registry,
    cacheDir: options.cacheDir,
    offline: options.offline,
    retry,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    tlsRejectUnauthorized: options.env?.NODE_TLS_REJECT_UNAUTHORIZED !== '0',
  });
  return {
    offline: options.offline ?? false,
    fetchOptions,
    secrets,
    retry,
    packumentCache: new Map<string, unknown>(),
    packuments: new Map<string, Promise<Packument>>(),
    tarballCache: createTarballCache(String(fetchOptions.cache)),
    maxTarballBytes: options.maxTarballBytes ?? DEFAULT_MAX_TARBALL_BYTES,
    maxPackumentBytes: options.maxPackumentBytes ?? DEFAULT_MAX_PACKUMENT_BYTES,
  };
}

function registryFor(context: ClientContext, name: string): string {
  const { fetchOptions } = context;
  const scope = name.startsWith('@') ? name.slice(0, name.indexOf('/')) : '';
  const scoped = scope ? fetchOptions[`${scope}:registry`] : undefined;
  return withTrailingSlash(typeof scoped === 'string' ? scoped : String(fetchOptions.registry));
}

function packumentOf(context: ClientContext, name: string): Promise<Packument> {
  const { packuments } = context;
  let pending = packuments.get(name);
  if (!pending) {
    if (registrySpec(name) === null) return Promise.reject(invalidName(name));
    pending = fetchPackument(name, context.fetchOptions, context.packumentCache, context.maxPackumentBytes).then(
      (doc) => slimPackument(doc as unknown as Packument),
      (error: unknown) => {
        packuments.delete(name);
        throw toPackageError(error, name, context.secrets);
      },
    );
    packuments.set(name, pending);
  }
  return pending;
}

async function tarballOf(context: ClientContext, req: TarballRequest, registryIntegrity?: string): Promise<Buffer> {
  const pkgId = `${req.name}@${req.version}`;
  if (!isRegistryResolved(req.name, req.version, req.resolved)) {
    throw new PackageError('ESOURCE', `${pkgId} comes from a non-registry source; depdiff does not fetch it (no git, no remote tarballs, no prepare scripts)`);
  }
  const spec = registrySpec(req.name, req.version);
  if (spec === null) throw invalidName(pkgId);
  const doc = await packumentOf(context, req.name);
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
  const cached = key ? await cachedTarball(context, key, verify) : null;
  if (cached) return cached;
  if (context.offline) {
    throw new PackageError('EOFFLINE', `${pkgId}: the tarball is not in the cache and offline mode forbids fetching it; run once online with the same --cache-dir`);
  }
  const conventional = `${registryFor(context, req.name)}${req.name}/-/${req.name.replace(/^@[^/]+\//, '')}-${req.version}.tgz`;
  const url = tarballUrl(manifest.dist?.tarball, conventional, String(context.fetchOptions.registry));
  let bytes: Buffer;
  try {
    bytes = await fetchTarball(url, spec, pkgId, context.fetchOptions, context.maxTarballBytes);
  } catch (error) {
    throw toPackageError(error, pkgId, context.secrets);
  }
  verify(new Digests(bytes));
  if (key) await context.tarballCache.write(key, bytes);
  return bytes;
}

/** The cached bytes stored under `key`, verified like a download; null (and the entry dropped) when they do not match their key. */
async function cachedTarball(context: ClientContext, key: TarballKey, verify: (digests: Digests) => void): Promise<Buffer | null> {
  const cached = await context.tarballCache.read(key, context.maxTarballBytes);
  if (!cached) return null;
  const digests = new Digests(cached);
  // Bytes that match their own key are the bytes a download would bring: verified like them.
  if (digests.of(key.algorithm) === key.digest) {
    verify(digests);
    return cached;
  }
  await context.tarballCache.discard(key);
  return null;
}

async function advisoriesOf(context: ClientContext, versionsByName: Record<string, string[]>): Promise<AdvisoryMap> {
  if (context.offline) throw new PackageError('EOFFLINE', 'advisories: the bulk advisory endpoint cannot be queried in offline mode');
  try {
    return await fetchBulkAdvisories(versionsByName, context.fetchOptions, context.retry);
  } catch (error) {
    throw toPackageError(error, 'advisories', context.secrets);
  }
}

export function createRegistryClient(options: RegistryOptions): RegistryClient {
  const context = clientContext(options);
  return {
    registryFor: (name) => registryFor(context, name),
    packument: (name) => packumentOf(context, name),
    tarball: (req, registryIntegrity) => tarballOf(context, req, registryIntegrity),
    advisories: (versionsByName) => advisoriesOf(context, versionsByName),
  };
}
