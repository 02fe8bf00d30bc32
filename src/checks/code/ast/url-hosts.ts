// Servers named in string literals: `https://evil.example/collect` in code is a host the package may contact.

export interface UrlHost {
  host: string;
  url: string;
}

const URL_PATTERN = /\b(?:https?|wss?):\/\/[^\s'"`<>]{1,2000}/gi;

// Placeholders and namespace identifiers, never contacted: flagging them would only add noise.
const IGNORED = /^(localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1?\]|(.*\.)?example\.(com|org|net)|(.*\.)?schema\.org|(.*\.)?w3\.org|(.*\.)?localhost|(.*\.)?test|(.*\.)?invalid)$/i;

// A URL inside a sentence ("see https://x.dev/docs for details") is a pointer for humans, not an endpoint.
// Shell command lines also contain spaces, so strings that look like one still count.
const SHELL_LIKE = /\b(curl|wget|powershell|iwr|invoke-webrequest|invoke-restmethod|certutil|bitsadmin|nc|bash|sh|cmd)\b|[|&;>]/i;

function isProse(text: string): boolean {
  return /\s/.test(text.trim()) && !SHELL_LIKE.test(text);
}

const MAX_HOSTS_PER_STRING = 20;

/** Hosts of the http(s)/ws(s) URLs a string literal holds, skipping placeholders and (unless `prose`) URLs inside sentences. */
export function urlHostsIn(text: string, options: { prose?: boolean } = {}): UrlHost[] {
  if (text.length < 10 || !text.includes('://')) return [];
  // Judged line by line: a font's credits or a license inside a template literal are prose even when the
  // ASCII art around them has the `|` and `>` of a command line.
  const lines = text.includes('\n') ? text.split('\n').filter((line) => line.includes('://')) : [text];
  const hosts: UrlHost[] = [];
  for (const line of lines) {
    if (!options.prose && isProse(line)) continue;
    for (const host of hostsOfLine(line)) {
      hosts.push(host);
      if (hosts.length >= MAX_HOSTS_PER_STRING) return hosts;
    }
  }
  return hosts;
}

/** The host a `host`/`hostname` option names (`api.x.io`, `api.x.io:8443`), read as a request would read it. */
export function hostOptionHost(value: string): UrlHost | undefined {
  // A bare name: anything with a scheme, a path or spaces is not a host option's value.
  if (!/^[^\s/:@]+(:\d{1,5})?$/.test(value) && !/^\[[0-9a-f:.]+\](:\d{1,5})?$/i.test(value)) return undefined;
  const host = hostOf(`https://${value}/`);
  if (host === undefined || (!host.includes('.') && !host.startsWith('[')) || IGNORED.test(host)) return undefined;
  return { host, url: value };
}

/**
 * The host a request to `url` reaches, as the WHATWG URL parser (what `fetch` and `http.get` use) reads it:
 * `http://3232235777`, `http://0xC0.0xA8.1.1` and `http://0300.0250.1.1` are 192.168.1.1, `https://token@evil.io`
 * reaches evil.io, IDNs become punycode, and a trailing dot names the same host.
 */
function hostOf(url: string): string | undefined {
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
    return host === '' || host.includes('%') ? undefined : host;
  } catch {
    return undefined;
  }
}

function hostsOfLine(text: string): UrlHost[] {
  const hosts: UrlHost[] = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    const host = hostOf(match[0]);
    if (host === undefined || (!host.includes('.') && !host.startsWith('['))) continue;
    if (IGNORED.test(host)) continue;
    hosts.push({ host, url: match[0].length > 120 ? `${match[0].slice(0, 117)}...` : match[0] });
    if (hosts.length >= MAX_HOSTS_PER_STRING) break;
  }
  return hosts;
}
