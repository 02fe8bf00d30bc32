// Browser and global network APIs: calling `fetch`/`XMLHttpRequest`/`WebSocket`, and replacing them (or the
// wallet's `ethereum.request`) to intercept what a page sends: the technique of wallet-draining payloads.
import type { AnyNode } from 'acorn';
import type { FactInput } from './fact-collector.js';
import { isGlobalObject, memberKey, refersTo } from './references.js';
import type { StringFolder } from './string-eval.js';

export function networkApi(name: string, path: string): FactInput {
  const what: Record<string, string> = {
    fetch: 'calls `fetch`',
    XMLHttpRequest: 'uses `XMLHttpRequest`',
    WebSocket: 'opens a `WebSocket`',
    sendBeacon: 'calls `navigator.sendBeacon`',
  };
  return {
    key: `network:${name.toLowerCase()}`,
    kind: 'network',
    severity: 'medium',
    detail: `${path} ${what[name] ?? `uses \`${name}\``}, so it can send data to and receive data from any server.`,
  };
}

/** Replacing `fetch`, `XMLHttpRequest.prototype.open/send` or the wallet's `request`: intercepting what a page sends. */
export function hookFact(left: AnyNode, folder: StringFolder, path: string, add: (fact: FactInput) => void): void {
  if (left.type !== 'MemberExpression') return;
  const key = memberKey(left, folder);
  const object = left.object as AnyNode;
  let target: string | undefined;
  if (key === 'fetch' && isGlobalObject(object, folder)) target = 'fetch';
  else if ((key === 'open' || key === 'send') && object.type === 'MemberExpression' && memberKey(object, folder) === 'prototype' && refersTo(object.object as AnyNode, folder) === 'XMLHttpRequest') target = 'XMLHttpRequest';
  else if ((key === 'request' || key === 'send' || key === 'sendAsync') && refersTo(object, folder) === 'ethereum') target = 'ethereum';
  if (!target) return;
  add({
    key: `network:hook:${target.toLowerCase()}`,
    kind: 'network',
    severity: 'high',
    detail:
      target === 'ethereum'
        ? `${path} replaces the wallet's \`ethereum.${key}\` with its own function, so it can read and rewrite the user's crypto transactions.`
        : `${path} replaces the page's \`${target === 'fetch' ? 'fetch' : `XMLHttpRequest.prototype.${key}`}\` with its own function, so it can read and rewrite every request the page makes.`,
  });
}
