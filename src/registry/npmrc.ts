// Reads the registry-related part of npm's config: project `.npmrc` files, the user's `.npmrc`, and
// the `npm_config_registry` environment variable. Only keys that choose a registry or authenticate to
// one are kept, so a repository's `.npmrc` cannot reach any other pacote option. Values are secrets.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

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

/** npm's `${VAR}` expansion; `\${VAR}` stays literal. Returns undefined when a variable is missing. */
function expandEnv(text: string, env: NodeJS.ProcessEnv): string | undefined {
  let missing = false;
  const out = text.replace(/(\\*)\$\{([^}?]+)(\?)?\}/g, (whole, slashes: string, name: string, optional?: string) => {
    if (slashes.length % 2 === 1) return whole.slice(1);
    const value = env[name];
    if (value === undefined) {
      if (!optional) missing = true;
      return slashes + '';
    }
    return slashes + value;
  });
  return missing ? undefined : out;
}

function unquote(raw: string): string {
  const value = raw.trim();
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(value);
      if (typeof parsed === 'string') return parsed;
    } catch {
      return value.slice(1, -1);
    }
  }
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1);
  // Like the `ini` package npm uses: an unescaped ; or # starts a comment in an unquoted value.
  let result = '';
  for (let i = 0; i < value.length; i += 1) {
    const ch = value[i];
    if (ch === '\\' && (value[i + 1] === ';' || value[i + 1] === '#')) {
      result += value[i + 1];
      i += 1;
    } else if (ch === ';' || ch === '#') {
      break;
    } else {
      result += ch;
    }
  }
  return result.trim();
}

/** Parses one `.npmrc` text into the kept keys, with `${VAR}` expanded in keys and values. */
export function parseNpmrc(text: string, env: NodeJS.ProcessEnv): Record<string, string> {
  const config: Record<string, string> = {};
  let inSection = false;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith(';') || line.startsWith('#')) continue;
    if (/^\[.*\]$/.test(line)) {
      // npm reads sections as nested objects it then ignores; keys inside them never reach fetches.
      inSection = true;
      continue;
    }
    if (inSection) continue;
    const eq = line.indexOf('=');
    const rawKey = unquote(eq === -1 ? line : line.slice(0, eq));
    const rawValue = eq === -1 ? 'true' : unquote(line.slice(eq + 1));
    const key = expandEnv(rawKey, env);
    const value = expandEnv(rawValue, env);
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
