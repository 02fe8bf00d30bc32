// Reaching out with the browser and global network APIs: `fetch`, `XMLHttpRequest`, `WebSocket`, `navigator.sendBeacon`.
// Network modules are reported by the modules family, hosts named in strings by the strings family.
import type { Identifier } from 'acorn';
import { addFact, type CallSite, type FileScan, type MemberSite } from '../file-scan.js';
import { networkApi } from '../network-apis.js';

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
