// @npmcli/agent ships no types; only the Agent class that make-fetch-happen uses for every request is needed.
declare module '@npmcli/agent' {
  import { Agent as HttpAgent, type ClientRequest } from 'node:http';

  export interface RequestTarget {
    protocol?: string | null;
    host?: string | null;
    hostname?: string | null;
    port?: number | string | null;
    secureEndpoint?: boolean;
  }

  export class Agent extends HttpAgent {
    constructor(options?: Record<string, unknown>);
    addRequest(request: ClientRequest, options: RequestTarget): void;
    isSecureEndpoint(options?: RequestTarget): boolean;
  }

  const npmcliAgent: { Agent: typeof Agent };
  export default npmcliAgent;
}
