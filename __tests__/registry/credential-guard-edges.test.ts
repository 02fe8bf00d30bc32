// The guard's decisions that the mutation run (MUTATION_GROUP=registry) found unjudged: IPv6 and port-less
// targets, headers other than authorization, several authorization values, and how credentials are bound.
// The guard is judged at `addRequest`, with @npmcli/agent's own addRequest (which opens the socket) replaced
// by a recorder, so each case sees exactly the headers that would have left.
import type { ClientRequest } from 'node:http';
import npmcliAgent, { type RequestTarget } from '@npmcli/agent';
import { CredentialGuardAgent } from '../../src/registry/credential-guard-agent.js';
import { credentialOrigins, originOf } from '../../src/registry/credential-origins.js';

const TOKEN = 'guard-edge-token-7c1e';
const BEARER = `Bearer ${TOKEN}`;

/** The part of ClientRequest the guard uses: headers it can read and remove. */
class RecordedRequest {
  readonly headers: Map<string, string | string[]>;
  constructor(headers: Record<string, string | string[]>) {
    this.headers = new Map(Object.entries(headers));
  }
  getHeader(name: string): string | string[] | undefined {
    return this.headers.get(name);
  }
  removeHeader(name: string): void {
    this.headers.delete(name);
  }
}

const agentPrototype = npmcliAgent.Agent.prototype as unknown as { addRequest: (...args: unknown[]) => void };
const realAddRequest = agentPrototype.addRequest;
let sent = 0;
beforeAll(() => {
  agentPrototype.addRequest = () => {
    sent += 1;
  };
});
afterAll(() => {
  agentPrototype.addRequest = realAddRequest;
});

/** The headers left on a request for `target`, after the guard built from this .npmrc and these registries. */
function headersLeft(
  npmrc: Record<string, string>,
  registries: string[],
  headers: Record<string, string | string[]>,
  target: Partial<RequestTarget> & { secureEndpoint: boolean },
): Record<string, string | string[]> {
  const agent = new CredentialGuardAgent(credentialOrigins(npmrc, registries), {});
  const request = new RecordedRequest(headers);
  const before = sent;
  agent.addRequest(request as unknown as ClientRequest, target as RequestTarget);
  expect(sent).toBe(before + 1);
  return Object.fromEntries(request.headers);
}

describe('CredentialGuardAgent targets', () => {
  const v6 = { '//[::1]:4873/:_authToken': TOKEN };
  test.each([
    ['a bare IPv6 hostname', { hostname: '::1', port: 4873 }],
    ['a bracketed IPv6 hostname', { hostname: '[::1]', port: 4873 }],
  ])('keeps the token for its own origin given %s', (_label, target) => {
    expect(headersLeft(v6, ['http://[::1]:4873/'], { authorization: BEARER }, { ...target, secureEndpoint: false })).toEqual({
      authorization: BEARER,
    });
  });

  test('keeps the token for an https origin on the default port (no port in the target)', () => {
    const left = headersLeft({ '//r.test/:_authToken': TOKEN }, ['https://r.test/'], { authorization: BEARER }, { hostname: 'r.test', secureEndpoint: true });
    expect(left).toEqual({ authorization: BEARER });
  });

  test('judges the hostname, not the host, when both are given', () => {
    const npmrc = { '//r.test/:_authToken': TOKEN };
    expect(headersLeft(npmrc, ['https://r.test/'], { authorization: BEARER }, { hostname: 'r.test', host: 'evil.test', secureEndpoint: true })).toEqual({
      authorization: BEARER,
    });
    expect(headersLeft(npmrc, ['https://r.test/'], { authorization: BEARER }, { hostname: 'evil.test', host: 'r.test', secureEndpoint: true })).toEqual({});
    expect(headersLeft(npmrc, ['https://r.test/'], { authorization: BEARER }, { host: 'r.test', secureEndpoint: true })).toEqual({
      authorization: BEARER,
    });
  });
});

describe('CredentialGuardAgent headers', () => {
  const npmrc = { '//r.test/:_authToken': TOKEN };
  const own = { hostname: 'r.test', secureEndpoint: true };

  test('a credential value in a cookie or one-time-password header never leaves, even to its own origin', () => {
    expect(headersLeft(npmrc, ['https://r.test/'], { cookie: BEARER, 'npm-otp': BEARER, accept: 'x' }, own)).toEqual({ accept: 'x' });
  });

  test('several authorization values are dropped, even when the first one belongs here', () => {
    expect(headersLeft(npmrc, ['https://r.test/'], { authorization: [BEARER, 'Bearer other'] }, own)).toEqual({});
  });
});

describe('credentialOrigins', () => {
  test('originOf: http and https only', () => {
    expect(originOf('ftp://r.test/')).toBeNull();
    expect(originOf('HTTP://R.test:80/x')).toBe('http://r.test');
  });

  test('a credential takes the scheme of the registry configured for its host, whatever the case of either', () => {
    const origins = credentialOrigins({ '//R.Test/:_authToken': TOKEN }, ['http://r.test/']);
    expect([...(origins.get(BEARER) ?? [])]).toEqual(['http://r.test']);
  });

  test('keys that are not nerf-darted (no leading //) bind nothing', () => {
    expect(credentialOrigins({ 'evil.test:_authToken': TOKEN, 'x.evil.test/:_authToken': TOKEN }, []).size).toBe(0);
  });

  test('a registry URL with only a user name binds that user, with an empty password', () => {
    const origins = credentialOrigins({}, ['https://alice@r.test/']);
    expect([...origins.entries()]).toEqual([[`Basic ${Buffer.from('alice:').toString('base64')}`, new Set(['https://r.test'])]]);
  });
});
