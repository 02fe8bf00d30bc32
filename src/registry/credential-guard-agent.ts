// The HTTP agent every registry request goes through (packuments, tarballs, advisories, and each
// redirect hop, which make-fetch-happen follows itself). It drops a credential header unless the
// credential belongs to the request's own origin.
//
// Why here and not in the fetching code: make-fetch-happen copies `Authorization` onto a redirect
// unless the host *name* changes, so another port or `http:` on the same host would receive the
// token; npm-registry-fetch also sends a registry's token to tarball URLs on the same host whatever
// their scheme. Every one of those paths, and any future one, ends in `agent.addRequest`, with the
// final headers and the real target, so a guard here holds whatever the layers above decide.
import type { ClientRequest } from 'node:http';
import npmcliAgent, { type RequestTarget } from '@npmcli/agent';
import { credentialMayGo, type CredentialOrigins } from './credential-origins.js';

/**
 * Headers that can carry a credential. npm sends its tokens and basic auth only in `authorization`;
 * depdiff never sends a one-time password or cookies, so those never leave at all.
 */
export const CREDENTIAL_HEADERS = ['authorization', 'npm-otp', 'cookie'] as const;

function requestOrigin(target: RequestTarget, secure: boolean): string | null {
  const rawHost = target.hostname ?? target.host;
  if (!rawHost) return null;
  const host = rawHost.includes(':') && !rawHost.startsWith('[') ? `[${rawHost}]` : rawHost;
  const port = target.port ? `:${target.port}` : '';
  try {
    return new URL(`${secure ? 'https:' : 'http:'}//${host}${port}/`).origin;
  } catch {
    return null;
  }
}

export class CredentialGuardAgent extends npmcliAgent.Agent {
  readonly #origins: CredentialOrigins;

  /** `options` are @npmcli/agent's (timeout, proxy, noProxy, rejectUnauthorized, maxSockets...). */
  constructor(origins: CredentialOrigins, options: Record<string, unknown>) {
    super(options);
    this.#origins = origins;
  }

  addRequest(request: ClientRequest, options: RequestTarget): void {
    const origin = requestOrigin(options, this.isSecureEndpoint(options));
    for (const header of CREDENTIAL_HEADERS) {
      const value = request.getHeader(header);
      if (value === undefined) continue;
      // minipass-fetch hands Node every header as an array of values.
      const values = Array.isArray(value) ? value : [String(value)];
      if (header === 'authorization' && values.length === 1 && credentialMayGo(this.#origins, origin, values[0])) continue;
      // Throws if the headers were already written: the request then fails instead of leaking.
      request.removeHeader(header);
    }
    super.addRequest(request, options);
  }
}
