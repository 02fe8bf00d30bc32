// Which origin (scheme, host, port) each configured credential belongs to. npm keys credentials by
// `//host[:port]/path/` with no scheme and sends them to whatever URL on that host it is asked for,
// so the scheme is taken from the registry URLs configured for that host: a token set up for an
// https registry is bound to https, and an http URL on the same host never qualifies.

/** The `Authorization` header value npm would send -> the origins it may be sent to. */
export type CredentialOrigins = ReadonlyMap<string, ReadonlySet<string>>;

const CREDENTIAL_SUFFIXES = [':_authToken', ':_auth', ':_password', ':username'] as const;

/** `https://host[:port]` with the default port elided and the host lower-cased; null for non-http(s). */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}

/** npm-registry-fetch's header values for one nerf-darted credential group (see its lib/auth.js). */
function headerValues(group: Partial<Record<(typeof CREDENTIAL_SUFFIXES)[number], string>>): string[] {
  const values: string[] = [];
  if (group[':_authToken']) values.push(`Bearer ${group[':_authToken']}`);
  if (group[':_auth']) values.push(`Basic ${group[':_auth']}`);
  if (group[':username'] && group[':_password']) {
    const password = Buffer.from(group[':_password'], 'base64').toString('utf8');
    values.push(`Basic ${Buffer.from(`${group[':username']}:${password}`, 'utf8').toString('base64')}`);
  }
  return values;
}

/**
 * Binds every credential in `npmConfig` to origins. `registries` are the registry URLs in use (the
 * default and the scoped ones). A credential whose host has no configured registry is bound to
 * https on that host, npm's default scheme. Credentials written into a registry URL
 * (`https://user:pass@host/`) are bound to that URL's origin.
 */
export function credentialOrigins(npmConfig: Record<string, string>, registries: readonly string[]): CredentialOrigins {
  const groups = new Map<string, Partial<Record<(typeof CREDENTIAL_SUFFIXES)[number], string>>>();
  for (const [key, value] of Object.entries(npmConfig)) {
    if (!key.startsWith('//')) continue;
    const suffix = CREDENTIAL_SUFFIXES.find((s) => key.endsWith(s));
    if (!suffix) continue;
    const prefix = key.slice(0, -suffix.length);
    const group = groups.get(prefix) ?? {};
    group[suffix] = value;
    groups.set(prefix, group);
  }

  const result = new Map<string, Set<string>>();
  const bind = (value: string, origin: string): void => {
    const origins = result.get(value) ?? new Set<string>();
    origins.add(origin);
    result.set(value, origins);
  };

  for (const [prefix, group] of groups) {
    const host = prefix.slice(2).split('/')[0].toLowerCase();
    if (!host) continue;
    const fromRegistries = registries.filter((registry) => hostOf(registry) === host).map(originOf);
    const origins = fromRegistries.length > 0 ? fromRegistries : [originOf(`https://${host}/`)];
    for (const value of headerValues(group)) {
      for (const origin of origins) if (origin) bind(value, origin);
    }
  }

  for (const registry of registries) {
    let parsed: URL;
    try {
      parsed = new URL(registry);
    } catch {
      continue;
    }
    const origin = originOf(registry);
    // Node builds this header from the URL's user info exactly as minipass-fetch hands it over (still percent-encoded).
    if (origin && (parsed.username || parsed.password)) bind(`Basic ${Buffer.from(`${parsed.username}:${parsed.password}`).toString('base64')}`, origin);
  }
  return result;
}

export function credentialMayGo(origins: CredentialOrigins, origin: string | null, headerValue: string): boolean {
  return origin !== null && (origins.get(headerValue)?.has(origin) ?? false);
}
