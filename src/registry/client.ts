// The registry edge of the pipeline: full packuments and integrity-checked tarballs through pacote,
// with the user's .npmrc (scoped registries, tokens), retries, a cache dir and a download bound.
import pacote from 'pacote';
import { PackageError } from '../model/errors.js';
import type { Packument } from '../model/types.js';
import type { AdvisoryMap } from './advisory.js';
import { fetchBulkAdvisories } from './bulk-advisories.js';
import { toPackageError } from './fetch-errors.js';
import { verifyIntegrity } from './integrity.js';
import { slimPackument } from './slim-packument.js';
import { isSecretKey, readNpmConfig } from './npmrc.js';
import { buildPacoteOptions, withTrailingSlash, type RetryPolicy } from './pacote-options.js';
import { isRegistryResolved, registrySpec } from './source.js';

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

/** Reads a tarball stream into memory, aborting the download once it passes `max` bytes. */
function collectBounded(stream: NodeJS.ReadableStream, max: number, pkgId: string, abort: () => void): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let done = false;
    const finish = (error: unknown, data?: Buffer): void => {
      if (done) return;
      done = true;
      if (error) reject(error);
      else resolve(data ?? Buffer.alloc(0));
    };
    // Listening for 'error' directly (not via for-await) keeps a late integrity failure from
    // surfacing as an unhandled 'error' event.
    stream.on('error', (error: unknown) => finish(error));
    stream.on('data', (chunk: Buffer) => {
      if (done) return;
      total += chunk.length;
      if (total > max) {
        abort();
        finish(new PackageError('ELIMIT', `${pkgId}: the tarball is larger than the ${max}-byte download limit; it was not reviewed`));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('end', () => finish(null, Buffer.concat(chunks)));
  });
}

function invalidName(pkgId: string): PackageError {
  return new PackageError('EFETCH', `${pkgId.slice(0, 200)} is not a valid npm package name and exact version, so it was not fetched`);
}

export function createRegistryClient(options: RegistryOptions): RegistryClient {
  const npmConfig = readNpmConfig({ dirs: options.npmrcDirs ?? [], env: options.env, userConfig: options.userConfig });
  const secrets = Object.entries(npmConfig)
    .filter(([key]) => isSecretKey(key))
    .map(([, value]) => value);
  const retry: RetryPolicy = {
    retries: options.retries ?? 3,
    factor: 3,
    minTimeout: options.retryMinTimeoutMs ?? 1000,
    maxTimeout: options.retryMaxTimeoutMs ?? 20000,
  };
  const fetchOptions = buildPacoteOptions(npmConfig, {
    registry: options.registry,
    cacheDir: options.cacheDir,
    offline: options.offline,
    retry,
    timeoutMs: options.timeoutMs ?? 60_000,
  });
  // Shared with pacote, so tarball() reuses the packument packument() fetched instead of asking again.
  const packumentCache = new Map<string, unknown>();
  const pacoteOptions = { ...fetchOptions, packumentCache } as unknown as pacote.Options;
  const packuments = new Map<string, Promise<Packument>>();
  const maxBytes = options.maxTarballBytes ?? DEFAULT_MAX_TARBALL_BYTES;

  function registryFor(name: string): string {
    const scope = name.startsWith('@') ? name.slice(0, name.indexOf('/')) : '';
    const scoped = scope ? fetchOptions[`${scope}:registry`] : undefined;
    return withTrailingSlash(typeof scoped === 'string' ? scoped : String(fetchOptions.registry));
  }

  function packument(name: string): Promise<Packument> {
    let pending = packuments.get(name);
    if (!pending) {
      const spec = registrySpec(name);
      if (spec === null) return Promise.reject(invalidName(name));
      pending = pacote
        .packument(spec, { ...pacoteOptions, fullMetadata: true })
        .then(
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
    const controller = new AbortController();
    let bytes: Buffer;
    try {
      bytes = await pacote.tarball.stream(
        spec,
        (stream) => collectBounded(stream as unknown as NodeJS.ReadableStream, maxBytes, pkgId, () => controller.abort()),
        { ...pacoteOptions, signal: controller.signal } as pacote.Options,
      );
    } catch (error) {
      throw toPackageError(error, pkgId, secrets);
    }
    // pacote already checked dist.integrity while streaming; checking again here also covers a
    // registryIntegrity handed in by the caller and gives the error its source.
    if (registrySide) verifyIntegrity(bytes, registrySide, 'registry', pkgId);
    if (req.integrity) verifyIntegrity(bytes, req.integrity, 'lockfile', pkgId);
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
