// The registry's bulk advisory endpoint, as `npm audit` calls it: POST {name: [versions]} gzipped,
// answer {name: [advisory]}. POSTs are not retried by make-fetch-happen, so retries live here.
import npmFetch from 'npm-registry-fetch';
import type { Advisory, AdvisoryMap } from './advisory.js';
import type { RetryPolicy } from './pacote-options.js';

export const BULK_ADVISORY_PATH = '-/npm/v1/security/advisories/bulk';
/** Names per request; npm audit sends a whole tree at once, but a smaller body fails less on proxies. */
export const ADVISORY_CHUNK_SIZE = 200;
const MAX_ADVISORIES_PER_PACKAGE = 500;

function isRetriable(error: unknown): boolean {
  const { statusCode, code } = (typeof error === 'object' && error !== null ? error : {}) as { statusCode?: number; code?: string };
  if (statusCode !== undefined) return statusCode === 408 || statusCode === 429 || statusCode >= 500;
  return code !== undefined && ['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EAI_AGAIN', 'EPIPE', 'FETCH_ERROR', 'ERR_SOCKET_TIMEOUT'].includes(code);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function withRetry<T>(retry: RetryPolicy, task: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await task();
    } catch (error) {
      if (attempt >= retry.retries || !isRetriable(error)) throw error;
      await sleep(Math.min(retry.maxTimeout, retry.minTimeout * retry.factor ** attempt));
    }
  }
}

function isAdvisory(value: unknown): value is Advisory {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.vulnerable_versions === 'string' && (typeof v.id === 'number' || typeof v.id === 'string');
}

/** Keeps only well-formed advisories for names we asked about; the body is the registry's word, not ours. */
function sanitize(body: unknown, asked: Set<string>): AdvisoryMap {
  const out: AdvisoryMap = {};
  if (typeof body !== 'object' || body === null) return out;
  for (const [name, list] of Object.entries(body as Record<string, unknown>)) {
    if (!asked.has(name) || !Array.isArray(list)) continue;
    const advisories = list.filter(isAdvisory).slice(0, MAX_ADVISORIES_PER_PACKAGE).map((a) => ({ ...a, title: String(a.title ?? ''), severity: String(a.severity ?? 'info') }));
    if (advisories.length > 0) out[name] = advisories;
  }
  return out;
}

export async function fetchBulkAdvisories(
  versionsByName: Record<string, string[]>,
  fetchOptions: Record<string, unknown>,
  retry: RetryPolicy,
): Promise<AdvisoryMap> {
  const names = Object.keys(versionsByName).filter((name) => versionsByName[name].length > 0);
  const result: AdvisoryMap = {};
  for (let start = 0; start < names.length; start += ADVISORY_CHUNK_SIZE) {
    const chunk = names.slice(start, start + ADVISORY_CHUNK_SIZE);
    const body = Object.fromEntries(chunk.map((name) => [name, [...new Set(versionsByName[name])]]));
    const answer = await withRetry(retry, () =>
      npmFetch.json(BULK_ADVISORY_PATH, {
        ...fetchOptions,
        method: 'POST',
        gzip: true,
        body,
        // POST answers are never cached; offline mode is handled by the caller.
        retry: { retries: 0 },
      } as npmFetch.Options),
    );
    Object.assign(result, sanitize(answer, new Set(chunk)));
  }
  return result;
}
