// Servers named in string literals: `https://evil.example/collect` in code is a host the package may contact.

export interface UrlHost {
  host: string;
  url: string;
}

const URL_PATTERN = /\b(?:https?|wss?):\/\/([a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?|\[[0-9a-f:.]+\])(?::\d{1,5})?(?=[/?#'"`\s:]|$)[^\s'"`<>]*/gi;

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
  if (text.length < 10 || !text.includes('://') || (!options.prose && isProse(text))) return [];
  const hosts: UrlHost[] = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    const host = (match[1] ?? '').toLowerCase();
    if (!host.includes('.') && !host.startsWith('[')) continue;
    if (IGNORED.test(host)) continue;
    hosts.push({ host, url: match[0].length > 120 ? `${match[0].slice(0, 117)}...` : match[0] });
    if (hosts.length >= MAX_HOSTS_PER_STRING) break;
  }
  return hosts;
}
