// Reaching out with the browser and global network APIs: `fetch`, `XMLHttpRequest`, `WebSocket`, `navigator.sendBeacon`.
// Network modules are reported by the modules family, hosts named in strings by the strings family.
import type { AnyNode, Identifier } from 'acorn';
import { addFact, type CallSite, type FileScan, type MemberSite } from '../file-scan.js';
import { networkApi } from '../network-apis.js';
import { hostOptionFacts } from '../string-facts.js';

const NETWORK_GLOBALS = new Set(['fetch', 'XMLHttpRequest', 'WebSocket']);

/** `fetch(url)` under any alias (`target` is the global the callee refers to). */
export function fetchCallFacts(scan: FileScan, site: CallSite, target: string | undefined): void {
  if (target === 'fetch') addFact(scan, networkApi('fetch', scan.path), site.node);
}

/** A bare `XMLHttpRequest` or `WebSocket` (the walk only hands over these two names). */
export function networkGlobalFacts(scan: FileScan, node: Identifier): void {
  addFact(scan, networkApi(node.name, scan.path), node);
}

/** `window.fetch`, `globalThis['Web' + 'Socket']`, `navigator.sendBeacon`; `target` is the global the member refers to. */
export function networkMemberFacts(scan: FileScan, member: MemberSite, target: string | undefined): void {
  if (target !== undefined && NETWORK_GLOBALS.has(target)) addFact(scan, networkApi(target, scan.path), member.node);
  if (member.key === 'sendBeacon') addFact(scan, networkApi('sendBeacon', scan.path), member.node);
}

const HOST_OPTIONS = new Set(['host', 'hostname']);

/**
 * `https.request({ hostname: HOST })`, `http.get(options)` with `options = { host: 'api' + TLD }`: a request's server
 * named through a constant or a `+` chain. (Written-out literals are read where they stand, by the strings family.)
 */
export function requestOptionHostFacts(scan: FileScan, site: CallSite): void {
  for (const arg of site.args) {
    const options: AnyNode | undefined = arg.type === 'Identifier' ? scan.folder.boundExpression(arg.name) : arg;
    if (options?.type !== 'ObjectExpression') continue;
    for (const property of options.properties) {
      if (property.type !== 'Property' || property.computed) continue;
      const key = property.key as AnyNode;
      const name = key.type === 'Identifier' ? key.name : key.type === 'Literal' ? String(key.value) : undefined;
      const value = property.value as AnyNode;
      if (name === undefined || !HOST_OPTIONS.has(name) || value.type === 'Literal') continue;
      const folded = scan.folder.fold(value);
      if (folded) hostOptionFacts(scan, folded.value, value.start);
    }
  }
}
