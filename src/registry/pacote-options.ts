// Builds the flat options object pacote and npm-registry-fetch read: registry choice, nerf-darted
// credentials, cache, offline mode, retries and timeouts.
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
    if (key.startsWith('//') || /^@[^:]+:registry$/.test(key)) {
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
  return options;
}
