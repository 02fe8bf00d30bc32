// Tampering with and reaching into globals: replacing the page's `fetch`, `XMLHttpRequest` or the wallet's
// `ethereum.request`, using the wallet itself, and calling or reaching globals through names computed at runtime.
import type { AnyNode, AssignmentExpression, MemberExpression } from 'acorn';
import { addFact, type FileScan, type MemberSite } from '../file-scan.js';
import { hookFact } from '../network-apis.js';
import { isGlobalObject } from '../references.js';

/** `window.fetch = ...`, `XMLHttpRequest.prototype.send = ...`, `ethereum.request = ...`. */
export function globalHookFacts(scan: FileScan, node: AssignmentExpression): void {
  hookFact(node.left as AnyNode, scan.folder, scan.path, (fact) => addFact(scan, fact, node));
}

/** `window[name]()`: a global called by a name no reader can see (the key did not fold). */
export function computedGlobalCallFacts(scan: FileScan, node: MemberExpression, parent: AnyNode | undefined): void {
  const isCallee = parent?.type === 'CallExpression' && parent.callee === node;
  if (!node.computed || !isCallee || !isGlobalObject(node.object as AnyNode, scan.folder)) return;
  addFact(
    scan,
    {
      key: 'obfuscation:dynamic-global-call',
      kind: 'obfuscation',
      severity: 'medium',
      detail: `${scan.path} calls a global function whose name is computed at runtime, which hides from review which function it calls.`,
    },
    node,
  );
}

/** `global['ev' + 'al']` taken without calling it there: `eval` or `Function` reached without writing the name. */
export function computedGlobalReachFacts(scan: FileScan, member: MemberSite, target: string | undefined): void {
  if (!member.node.computed || (target !== 'eval' && target !== 'Function') || member.call) return;
  addFact(
    scan,
    { key: `eval:${target}`, kind: 'eval', severity: 'high', detail: `${scan.path} reaches \`${target}\` through a computed name, a way to run code built from strings without writing \`${target}\`.` },
    member.node,
  );
}

/** `window.ethereum`: the browser's crypto wallet. */
export function walletFacts(scan: FileScan, member: MemberSite, target: string | undefined): void {
  if (target !== 'ethereum') return;
  addFact(
    scan,
    {
      key: 'network:wallet:ethereum',
      kind: 'network',
      severity: 'high',
      detail: `${scan.path} uses \`window.ethereum\`, the browser's crypto wallet, so it can see and request transactions from the user's wallet.`,
    },
    member.node,
  );
}
