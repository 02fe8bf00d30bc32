// Builds the flat options object pacote and npm-registry-fetch read: registry choice, nerf-darted
// credentials, cache, offline mode, retries, timeouts, and the HTTP agent that keeps each credential
// on its own origin. This is the second filter on the npm config: only registry choices and
// credentials are copied, whatever the caller hands in, and every other option is set here.
import { lookup } from 'node:dns';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CredentialGuardAgent } from './credential-guard-agent.js';
import { credentialOrigins } from './credential-origins.js';
import { isRegistryCredentialKey } from './npmrc.js';

export const DEFAULT_REGISTRY = 'https://registry.npmjs.org/';

export interface RetryPolicy {
  retries: number;
  factor: number;
  minTimeout: number;
  maxTimeout: number;
}

export interface PacoteSettings {
  registry?: string;
  cacheDir?: string;
  offline?: boolean;
  retry: RetryPolicy;
  timeoutMs: number;
  /** Node's own TLS switch, from the environment the entry point read (NODE_TLS_REJECT_UNAUTHORIZED=0 turns checks off). */
  tlsRejectUnauthorized?: boolean;
}

export function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

export function defaultCacheDir(): string {
  return join(tmpdir(), 'depdiff-cache');
}

/** Scope registries and credentials pass through under npm's own key names, which is how npm-registry-fetch looks them up. */
export function buildPacoteOptions(npmConfig: Record<string, string>, settings: PacoteSettings): Record<string, unknown> {
  const passthrough: Record<string, string> = {};
  for (const [key, value] of Object.entries(npmConfig)) {
    // Not `//host/:certfile` or `:keyfile`: npm-registry-fetch would read those paths from disk.
    if (isRegistryCredentialKey(key) || /^@[^/:\s]+:registry$/.test(key)) {
      passthrough[key] = key.endsWith(':registry') ? withTrailingSlash(value) : value;
    }
  }
  const options: Record<string, unknown> = {
    ...passthrough,
    // An explicit --registry wins over .npmrc's default; `@scope:registry` entries above still apply.
    registry: withTrailingSlash(settings.registry ?? npmConfig.registry ?? DEFAULT_REGISTRY),
    cache: settings.cacheDir ?? defaultCacheDir(),
    offline: settings.offline ?? false,
    preferOnline: false,
    preferOffline: false,
    fullMetadata: true,
    retry: settings.retry,
    timeout: settings.timeoutMs,
    // Never fall back to other fetchers' side effects: depdiff only reads registry data.
    ignoreScripts: true,
    userAgent: 'depdiff (+pacote)',
  };
  if (npmConfig['strict-ssl'] !== undefined) options.strictSSL = npmConfig['strict-ssl'] !== 'false';
  if (npmConfig['always-auth'] === 'true') options.alwaysAuth = true;
  if (npmConfig.proxy) options.proxy = npmConfig.proxy;
  if (npmConfig['https-proxy']) options.httpsProxy = npmConfig['https-proxy'];
  if (npmConfig.noproxy) options.noProxy = npmConfig.noproxy;
  const registries = [options.registry as string, ...Object.keys(passthrough).filter((k) => k.endsWith(':registry')).map((k) => passthrough[k])];
  options.agent = new CredentialGuardAgent(credentialOrigins(passthrough, registries), {
    // What make-fetch-happen would hand @npmcli/agent's getAgent for these options (lib/options.js, lib/remote.js).
    timeout: settings.timeoutMs,
    rejectUnauthorized: options.strictSSL === undefined ? settings.tlsRejectUnauthorized !== false : options.strictSSL !== false,
    proxy: options.httpsProxy ?? options.proxy,
    noProxy: options.noProxy,
    dns: { ttl: 5 * 60 * 1000, lookup },
  });
  return options;
}
