// Running code built from strings: `eval`, `Function` (and `fn.constructor`), string timers, `vm`, `module._compile`,
// `module.constructor` and `import('data:...')`. A payload that comes out of a decoder makes it critical, and a
// payload that folds to a constant is analyzed like the file itself.
import type { AnyNode, Expression } from 'acorn';
import { addFact, type CallSite, type FileScan, type MemberSite } from '../file-scan.js';
import { isFunctionNode } from '../js-ast.js';
import { refersTo } from '../references.js';

const VM_RUNNERS = new Set(['runInThisContext', 'runInNewContext', 'runInContext', 'compileFunction']);
/** Shorter constant payloads (`eval('1')`) hold no code worth a second analysis. */
const MIN_ANALYZED_PAYLOAD = 8;

/** `label` runs `payload` (when known) at `at`: a decoded payload is critical, any other a high. */
export function runsCodeFacts(scan: FileScan, label: string, payload: AnyNode | undefined, at: AnyNode, enclosing?: AnyNode): void {
  const { folder, out, path } = scan;
  // A parameter of the enclosing function is whatever the caller passes, not the file-level name it may shadow.
  if (payload?.type === 'Identifier' && enclosing && isParameter(enclosing, payload.name)) payload = undefined;
  const decoded = payload !== undefined && folder.isDecoded(payload);
  const id = label.replace(/ with a string$/, '-string');
  addFact(
    scan,
    decoded
      ? {
          key: `eval:${id}:decoded`,
          kind: 'eval',
          severity: 'critical',
          detail: `${path} decodes a hidden payload and runs it with \`${label}\`, the way malware keeps what it does out of sight of reviewers.`,
        }
      : {
          key: `eval:${id}`,
          kind: 'eval',
          severity: 'high',
          detail: `${path} runs code built from strings with \`${label}\`, so what it runs cannot be read in the published source.`,
        },
    at,
  );
  const constant = payload && payload.type !== 'Literal' ? folder.fold(payload) : payload?.type === 'Literal' && typeof payload.value === 'string' ? { value: payload.value } : undefined;
  if (constant && constant.value.length >= MIN_ANALYZED_PAYLOAD) out.adopt(scan.scanHidden(constant.value), at.start, `(in code it runs with \`${label}\`)`);
}

/** `eval(x)`, `Function(..., body)`, `setTimeout('code')`: calls of the global itself (`target`), under any alias. */
export function evalTargetFacts(scan: FileScan, site: CallSite, target: string | undefined): void {
  const { node, args, enclosing } = site;
  if (target === 'eval' && node.type === 'CallExpression') runsCodeFacts(scan, 'eval', args[0], node, enclosing);
  else if (target === 'Function') runsCodeFacts(scan, 'Function', args[args.length - 1], node, enclosing);
  else if ((target === 'setTimeout' || target === 'setInterval') && isStringTimer(scan, args[0])) runsCodeFacts(scan, `${target} with a string`, args[0], node);
}

/** A timer handed code as a string rather than a function. */
function isStringTimer(scan: FileScan, first: Expression | undefined): boolean {
  return first !== undefined && /Literal|TemplateLiteral|BinaryExpression/.test(first.type) && scan.folder.fold(first) !== undefined;
}

/** `(function(){}).constructor(body)`, `vm.runInNewContext(code)`: code runners called as methods. */
export function evalMethodFacts(scan: FileScan, site: CallSite, method: string | undefined): void {
  const { node, args, enclosing } = site;
  const callee = node.callee as AnyNode;
  if (method === 'constructor' && callee.type === 'MemberExpression' && (isFunctionNode(callee.object as AnyNode) || refersTo(callee.object as AnyNode, scan.folder) === 'Function')) {
    runsCodeFacts(scan, 'Function', args[args.length - 1], node, enclosing);
  }
  if (method !== undefined && VM_RUNNERS.has(method)) runsCodeFacts(scan, `vm.${method}`, args[0], node, enclosing);
}

/** `module._compile` and `module.constructor`; true when the member is settled here and no later family looks at it. */
export function evalMemberFacts(scan: FileScan, member: MemberSite): boolean {
  const { key, node, object, call } = member;
  const { path } = scan;
  if (key === '_compile') {
    if (call) runsCodeFacts(scan, 'module._compile', call.arguments[0] as AnyNode | undefined, call);
    else addFact(scan, { key: 'eval:module._compile', kind: 'eval', severity: 'high', detail: `${path} reaches Node's internal \`module._compile\`, which compiles and runs source text as a module.` }, node);
    return true;
  }
  if (key !== 'constructor' || refersTo(object, scan.folder) !== 'module') return false;
  addFact(
    scan,
    {
      key: 'eval:module.constructor',
      kind: 'eval',
      severity: 'high',
      detail: `${path} creates a fresh module object through \`module.constructor\`, a way to compile and run code from a string outside any file.`,
    },
    node,
  );
  return true;
}

/** `import('data:text/javascript;base64,...')`: code that is in no file of the package; its text is analyzed too. */
export function dataUrlImportFacts(scan: FileScan, spec: string, at: AnyNode): void {
  const match = /^data:([^,;]*)((?:;[^,;]*)*),(.*)$/s.exec(spec);
  const base64 = match !== null && /;base64/i.test(match[2] ?? '');
  addFact(
    scan,
    {
      key: 'eval:data-url-import',
      kind: 'eval',
      severity: base64 ? 'critical' : 'high',
      detail: `${scan.path} imports code from a \`data:\` URL${base64 ? ' holding base64' : ''}, which runs code that is in no file of the package.`,
    },
    at,
  );
  if (!match) return;
  let code = match[3] ?? '';
  try {
    code = base64 ? Buffer.from(code, 'base64').toString('utf8') : decodeURIComponent(code);
  } catch {
    // keep the raw text
  }
  scan.out.adopt(scan.scanHidden(code), at.start, '(in code imported from a `data:` URL)');
}

function isParameter(fn: AnyNode, name: string): boolean {
  if (fn.type !== 'FunctionDeclaration' && fn.type !== 'FunctionExpression' && fn.type !== 'ArrowFunctionExpression') return false;
  return fn.params.some((p) => p.type === 'Identifier' && p.name === name);
}
