// Reads the registry-related part of npm's config: project `.npmrc` files, the user's `.npmrc`, and
// the `npm_config_registry` environment variable. Only keys that choose a registry or authenticate to
// one are kept, so a repository's `.npmrc` cannot reach any other pacote option. Values are secrets.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { decode } from 'ini';

export interface NpmConfigOptions {
  /** Project folders whose `.npmrc` is read; the first folder wins over later ones (nearest first). */
  dirs: string[];
  env?: NodeJS.ProcessEnv;
  /** Path of the user config; `null` reads none; default `$NPM_CONFIG_USERCONFIG` or `~/.npmrc`. */
  userConfig?: string | null;
}

const AUTH_SUFFIXES = [':_authToken', ':_auth', ':_password', ':username'];
const PLAIN_KEYS = new Set(['registry', 'always-auth', 'strict-ssl', 'proxy', 'https-proxy', 'noproxy']);

/** A nerf-darted credential (`//host/path/:_authToken`); npm 9+ ignores unscoped ones. */
export function isRegistryCredentialKey(key: string): boolean {
  return key.startsWith('//') && (AUTH_SUFFIXES.some((s) => key.endsWith(s)) || key.endsWith(':always-auth'));
}

function isKeptKey(key: string): boolean {
  if (PLAIN_KEYS.has(key)) return true;
  if (/^@[^/:\s]+:registry$/.test(key)) return true;
  return isRegistryCredentialKey(key);
}

export function isSecretKey(key: string): boolean {
  return key.startsWith('//') && AUTH_SUFFIXES.some((s) => key.endsWith(s) && s !== ':username');
}

// npm's `${VAR}` expansion (@npmcli/config's env-replace): backslashes right before `${` are halved; an odd
// number leaves the expression literal. `${VAR?}` is empty when VAR is unset.
const ENV_EXPRESSION = /(?<!\\)(\\*)\$\{([^${}?]+)(\?)?\}/g;

/** Expands like npm, except that a missing variable without `?` returns undefined: the key is dropped. */
function expandEnv(text: string, env: NodeJS.ProcessEnv): string | undefined {
  let missing = false;
  const out = text.replace(ENV_EXPRESSION, (whole, slashes: string, name: string, optional?: string) => {
    if (slashes.length % 2 === 1) return whole.slice((slashes.length + 1) / 2);
    const value = env[name];
    // npm would send the literal `${VAR}` (a token or a registry that cannot be right); depdiff sends nothing.
    if (value === undefined && !optional) missing = true;
    return slashes.slice(slashes.length / 2) + (value ?? '');
  });
  return missing ? undefined : out;
}

/**
 * Parses one `.npmrc` text into the kept keys, with `${VAR}` expanded in keys and values. The text is read by
 * `ini`, the package npm reads it with, so quoting, comments, line ends and `[section]` headers are npm's own:
 * keys inside a section are nested objects npm never fetches with, and are ignored here.
 */
export function parseNpmrc(text: string, env: NodeJS.ProcessEnv): Record<string, string> {
  const config: Record<string, string> = {};
  for (const [rawKey, rawValue] of Object.entries(decode(text))) {
    // ini reads `true`/`false` as booleans; `null`, a `key[]=` list and a section are not a setting kept here.
    if (typeof rawValue !== 'string' && typeof rawValue !== 'boolean') continue;
    const key = expandEnv(rawKey, env);
    const value = expandEnv(String(rawValue), env);
    if (key === undefined || value === undefined || !isKeptKey(key)) continue;
    config[key] = value;
  }
  return config;
}

function readIfPresent(path: string, env: NodeJS.ProcessEnv): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return {};
  }
  return parseNpmrc(text, env);
}

function envValue(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name.toUpperCase()] ?? env[name];
  return value === undefined || value === '' ? undefined : value;
}

export function readNpmConfig(options: NpmConfigOptions): Record<string, string> {
  // No environment unless the entry point passes one: nothing below the entry points reads process.env.
  const env = options.env ?? {};
  let userConfig: string | null = null;
  if (options.userConfig !== null) {
    userConfig =
      options.userConfig ?? envValue(env, 'npm_config_userconfig') ?? join(env.HOME || homedir(), '.npmrc');
  }
  // Lowest precedence first; each layer overrides the one before, like npm's config stack.
  const layers: Array<Record<string, string>> = [];
  if (userConfig) layers.push(readIfPresent(userConfig, env));
  for (const dir of [...options.dirs].reverse()) layers.push(readIfPresent(join(dir, '.npmrc'), env));
  const config: Record<string, string> = Object.assign({}, ...layers);
  const envRegistry = envValue(env, 'npm_config_registry');
  if (envRegistry) config.registry = envRegistry;
  return config;
}

/** A copy safe to print: every credential replaced by `***`. */
export function redactNpmConfig(config: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(config)) out[key] = isSecretKey(key) ? '***' : value;
  return out;
}
