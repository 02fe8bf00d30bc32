// Constant folding of string expressions: sees through `'ht' + 'tps'`, `['e','v','a','l'].join('')`,
// `'lave'.split('').reverse().join('')`, `Buffer.from('...', 'base64').toString()`, `atob('...')`, one-line decoder
// helpers, and `const` names bound to any of these. Never runs package code: every step is re-implemented here.
import type { AnyNode, CallExpression, MemberExpression, NewExpression, Node } from 'acorn';
import { forEachChild } from './js-ast.js';

export interface Folded {
  value: string;
  /** How the value was hidden, when it was: 'base64', 'hex', 'char codes', 'reversed' ... */
  decoded?: string;
}

type Scope = Map<string, Folded> | undefined;
type CallNode = CallExpression | NewExpression;
type CallArgs = CallNode['arguments'];

interface Helper {
  params: string[];
  body: AnyNode;
}

const MAX_LENGTH = 512 * 1024;
const MAX_DEPTH = 24;
const MAX_ARRAY = 20000;
const MAX_TAINT_NODES = 400;
const DECODE_ENCODINGS = new Set(['base64', 'base64url', 'hex', 'latin1', 'binary', 'ucs2', 'utf16le']);

const propertyName = (node: AnyNode): string | undefined =>
  node.type === 'Identifier' ? node.name : node.type === 'Literal' && typeof node.value === 'string' ? node.value : undefined;

function decodeBytes(text: string, encoding: string): string {
  return Buffer.from(text, encoding as BufferEncoding).toString('utf8');
}

export class StringFolder {
  private readonly bindings = new Map<string, AnyNode[]>();
  private readonly helpers = new Map<string, Helper>();
  private readonly functions = new Map<string, AnyNode>();
  private readonly memo = new WeakMap<Node, Folded | null>();
  private readonly taintMemo = new WeakMap<Node, boolean>();

  /** Records `name = expr` (declaration or assignment). A name bound more than once is not folded. */
  bind(name: string, expr: AnyNode): void {
    const list = this.bindings.get(name);
    if (list) list.push(expr);
    else this.bindings.set(name, [expr]);
  }

  /** Records a named function; one whose body is a single `return` can be inlined when folding calls. */
  defineFunction(name: string, fn: AnyNode): void {
    if (fn.type !== 'FunctionDeclaration' && fn.type !== 'FunctionExpression' && fn.type !== 'ArrowFunctionExpression') return;
    this.functions.set(name, fn);
    const params = fn.params.map((p) => (p.type === 'Identifier' ? p.name : ''));
    if (params.includes('')) return;
    let body: AnyNode | undefined;
    if (fn.body.type !== 'BlockStatement') body = fn.body;
    else if (fn.body.body.length === 1 && fn.body.body[0]!.type === 'ReturnStatement') body = fn.body.body[0]!.argument ?? undefined;
    if (body) this.helpers.set(name, { params, body });
  }

  /** The single expression a name is bound to, if it is bound exactly once. */
  boundExpression(name: string): AnyNode | undefined {
    const list = this.bindings.get(name);
    return list && list.length === 1 ? list[0] : undefined;
  }

  fold(node: AnyNode): Folded | undefined {
    return this.foldAt(node, 0, undefined);
  }

  private foldAt(node: AnyNode, depth: number, scope: Scope): Folded | undefined {
    if (depth > MAX_DEPTH) return undefined;
    if (!scope) {
      const known = this.memo.get(node);
      if (known !== undefined) return known ?? undefined;
      this.memo.set(node, null); // guards against cycles through bindings
      const result = this.compute(node, depth, scope);
      this.memo.set(node, result ?? null);
      return result;
    }
    return this.compute(node, depth, scope);
  }

  private compute(node: AnyNode, depth: number, scope: Scope): Folded | undefined {
    const next = (n: AnyNode) => this.foldAt(n, depth + 1, scope);
    switch (node.type) {
      case 'Literal':
        if (typeof node.value === 'string') return { value: node.value };
        if (typeof node.value === 'number' || typeof node.value === 'boolean') return { value: String(node.value) };
        return undefined;
      case 'TemplateLiteral': {
        let value = '';
        let decoded: string | undefined;
        for (let i = 0; i < node.quasis.length; i++) {
          const cooked = node.quasis[i]!.value.cooked;
          if (cooked === null || cooked === undefined) return undefined;
          value += cooked;
          const expr = node.expressions[i];
          if (expr) {
            const part = next(expr);
            if (!part) return undefined;
            value += part.value;
            decoded ??= part.decoded;
          }
        }
        return limit({ value, decoded });
      }
      case 'BinaryExpression': {
        if (node.operator !== '+' || node.left.type === 'PrivateIdentifier') return undefined;
        const left = next(node.left);
        const right = left && next(node.right);
        return right ? limit({ value: left.value + right.value, decoded: left.decoded ?? right.decoded }) : undefined;
      }
      case 'Identifier': {
        const local = scope?.get(node.name);
        if (local) return local;
        const bound = this.boundExpression(node.name);
        return bound ? this.foldAt(bound, depth + 1, undefined) : undefined;
      }
      case 'SequenceExpression':
        return next(node.expressions[node.expressions.length - 1]!);
      case 'CallExpression':
      case 'NewExpression':
        return this.foldCall(node, depth, scope);
      default:
        return undefined;
    }
  }

  private foldCall(node: CallNode, depth: number, scope: Scope): Folded | undefined {
    if (node.callee.type === 'Identifier') return this.foldFunctionCall(node.callee.name, node.arguments, depth, scope);
    if (node.callee.type === 'MemberExpression') return this.foldMethodCall(node.callee, node.arguments, depth, scope);
    return undefined;
  }

  /** `atob(x)`, `decodeURIComponent(x)`, `String(x)`, or a one-line helper inlined with its folded arguments. */
  private foldFunctionCall(name: string, args: CallArgs, depth: number, scope: Scope): Folded | undefined {
    const next = (n: AnyNode | undefined) => (n && n.type !== 'SpreadElement' ? this.foldAt(n, depth + 1, scope) : undefined);
    if (name === 'atob' && args.length === 1) {
      const input = next(args[0]);
      return input ? limit({ value: decodeBytes(input.value, 'base64'), decoded: 'base64' }) : undefined;
    }
    if ((name === 'decodeURIComponent' || name === 'decodeURI' || name === 'unescape') && args.length === 1) {
      const input = next(args[0]);
      if (!input) return undefined;
      try {
        return { value: name === 'unescape' ? unescape(input.value) : decodeURIComponent(input.value), decoded: 'URI escapes' };
      } catch {
        return undefined;
      }
    }
    if (name === 'String' && args.length === 1) return next(args[0]);
    const helper = this.helpers.get(name);
    if (!helper || depth >= MAX_DEPTH - 4) return undefined;
    const inner = new Map<string, Folded>();
    for (let i = 0; i < helper.params.length; i++) {
      const value = next(args[i]);
      if (!value) return undefined;
      inner.set(helper.params[i]!, value);
    }
    return this.foldAt(helper.body, depth + 1, inner);
  }

  /** `Buffer.from(x, 'base64')`, `String.fromCharCode(...)`, `[...].join('')`, and string methods on a folded value. */
  private foldMethodCall(callee: MemberExpression, args: CallArgs, depth: number, scope: Scope): Folded | undefined {
    const next = (n: AnyNode | undefined) => (n && n.type !== 'SpreadElement' ? this.foldAt(n, depth + 1, scope) : undefined);
    const method = callee.computed ? next(callee.property as AnyNode)?.value : propertyName(callee.property as AnyNode);
    const object = callee.object;
    if (method === undefined || object.type === 'Super') return undefined;
    const objectName = object.type === 'Identifier' ? object.name : undefined;

    if (objectName === 'Buffer' && method === 'from' && args.length >= 1) return this.foldBuffer(args, depth, scope);
    if (objectName === 'String' && method === 'fromCharCode') {
      const codes = this.foldNumbers(args, depth, scope);
      return codes ? limit({ value: String.fromCharCode(...codes.slice(0, MAX_ARRAY)), decoded: 'char codes' }) : undefined;
    }
    if (method === 'join') {
      const parts = this.foldArray(object, depth + 1, scope);
      const separator = args.length === 0 ? { value: ',' } : next(args[0]);
      if (!parts || !separator) return undefined;
      return limit({ value: parts.values.join(separator.value), decoded: parts.decoded });
    }
    const base = next(object);
    return base ? this.foldStringMethod(method, base, args, depth, scope) : undefined;
  }

  /** What `base.method(...args)` returns, for the string methods that decoders and assemblers use. */
  private foldStringMethod(method: string, base: Folded, args: CallArgs, depth: number, scope: Scope): Folded | undefined {
    const next = (n: AnyNode | undefined) => (n && n.type !== 'SpreadElement' ? this.foldAt(n, depth + 1, scope) : undefined);
    switch (method) {
      case 'toString':
      case 'valueOf':
      case 'trim':
        return method === 'trim' ? { ...base, value: base.value.trim() } : base;
      case 'toLowerCase':
        return { ...base, value: base.value.toLowerCase() };
      case 'toUpperCase':
        return { ...base, value: base.value.toUpperCase() };
      case 'concat': {
        let value = base.value;
        for (const arg of args) {
          const part = next(arg);
          if (!part) return undefined;
          value += part.value;
        }
        return limit({ value, decoded: base.decoded });
      }
      case 'replace':
      case 'replaceAll': {
        // Only string patterns: a regular expression from package code could be made to backtrack for minutes.
        const pattern = args[0]?.type === 'Literal' && typeof args[0].value === 'string' ? args[0].value : undefined;
        const replacement = next(args[1]);
        if (pattern === undefined || !replacement || replacement.value.includes('$')) return undefined;
        const value = method === 'replace' ? base.value.replace(pattern, replacement.value) : base.value.split(pattern).join(replacement.value);
        return limit({ value, decoded: base.decoded });
      }
      case 'slice':
      case 'substring':
      case 'substr': {
        const numbers = this.foldNumbers(args, depth, scope);
        if (!numbers) return undefined;
        const [a, b] = numbers;
        const value = method === 'slice' ? base.value.slice(a, b) : method === 'substring' ? base.value.substring(a ?? 0, b) : base.value.substr(a ?? 0, b);
        return { ...base, value };
      }
      default:
        return undefined;
    }
  }

  private foldBuffer(args: AnyNode[], depth: number, scope: Scope): Folded | undefined {
    const first = args[0]!;
    if (first.type === 'ArrayExpression') {
      const codes = this.foldNumbers(first.elements as AnyNode[], depth, scope);
      return codes ? limit({ value: Buffer.from(codes.slice(0, MAX_ARRAY)).toString('utf8'), decoded: 'byte values' }) : undefined;
    }
    const input = first.type === 'SpreadElement' ? undefined : this.foldAt(first, depth + 1, scope);
    if (!input) return undefined;
    const encodingArg = args[1];
    const encoding = encodingArg && encodingArg.type !== 'SpreadElement' ? this.foldAt(encodingArg, depth + 1, scope)?.value : 'utf8';
    if (encoding === undefined) return undefined;
    const normalized = encoding.toLowerCase();
    if (!DECODE_ENCODINGS.has(normalized)) return input;
    return limit({ value: decodeBytes(input.value, normalized), decoded: normalized === 'base64url' ? 'base64' : normalized });
  }

  private foldNumbers(args: Array<AnyNode | null>, depth: number, scope: Scope): number[] | undefined {
    if (args.length > MAX_ARRAY) return undefined;
    const numbers: number[] = [];
    for (const arg of args) {
      if (!arg) return undefined;
      if (arg.type === 'SpreadElement') {
        const spread = this.foldArray(arg.argument, depth + 1, scope);
        if (!spread) return undefined;
        for (const v of spread.values) numbers.push(Number(v));
        continue;
      }
      const value = arg.type === 'Literal' && typeof arg.value === 'number' ? arg.value : Number(this.foldAt(arg, depth + 1, scope)?.value);
      if (!Number.isFinite(value)) return undefined;
      numbers.push(value);
    }
    return numbers;
  }

  private foldArray(node: AnyNode, depth: number, scope: Scope): { values: string[]; decoded?: string } | undefined {
    if (depth > MAX_DEPTH) return undefined;
    if (node.type === 'ArrayExpression') {
      if (node.elements.length > MAX_ARRAY) return undefined;
      const values: string[] = [];
      for (const element of node.elements) {
        const part = element && element.type !== 'SpreadElement' ? this.foldAt(element, depth + 1, scope) : undefined;
        if (!part) return undefined;
        values.push(part.value);
      }
      return { values };
    }
    if (node.type === 'Identifier') {
      const bound = scope ? undefined : this.boundExpression(node.name);
      return bound ? this.foldArray(bound, depth + 1, undefined) : undefined;
    }
    if (node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression' || node.callee.computed) return undefined;
    const method = propertyName(node.callee.property as AnyNode);
    const object = node.callee.object as AnyNode;
    if (method === 'reverse' && node.arguments.length === 0) {
      const inner = this.foldArray(object, depth + 1, scope);
      return inner ? { values: [...inner.values].reverse(), decoded: 'reversed' } : undefined;
    }
    if (method === 'split' && node.arguments.length === 1) {
      const text = this.foldAt(object, depth + 1, scope);
      const separator = node.arguments[0]!.type === 'SpreadElement' ? undefined : this.foldAt(node.arguments[0] as AnyNode, depth + 1, scope);
      if (!text || !separator) return undefined;
      const values = text.value.split(separator.value);
      return values.length > MAX_ARRAY ? undefined : { values, decoded: text.decoded };
    }
    return undefined;
  }

  /**
   * True when the expression's value comes out of a decoder (base64/hex Buffer, atob, a decipher, char codes), directly,
   * through names bound to such values, or through a function that decodes: the shape of a hidden payload.
   */
  isDecoded(node: AnyNode): boolean {
    let budget = MAX_TAINT_NODES;
    const seen = new Set<string>();
    const visit = (n: AnyNode, hops: number): boolean => {
      if (--budget < 0) return false;
      const known = this.taintMemo.get(n);
      if (known !== undefined) return known;
      let found = isDecoderCall(n);
      if (!found && n.type === 'Identifier' && hops < 4 && !seen.has(n.name)) {
        seen.add(n.name);
        // Bindings are per file, not per scope: a name reused many times (minified code) says nothing reliable.
        const bound = this.bindings.get(n.name) ?? [];
        found = bound.length <= 3 && bound.some((expr) => visit(expr, hops + 1));
      }
      if (!found && n.type === 'CallExpression' && n.callee.type === 'Identifier' && hops < 4 && !seen.has(`${n.callee.name}()`)) {
        seen.add(`${n.callee.name}()`);
        const fn = this.functions.get(n.callee.name);
        if (fn) found = visit(fn, hops + 1);
      }
      if (!found) forEachChild(n, (child) => (found ||= visit(child, hops)));
      if (budget >= 0) this.taintMemo.set(n, found);
      return found;
    };
    return visit(node, 0);
  }
}

function limit(folded: Folded): Folded | undefined {
  if (folded.value.length > MAX_LENGTH) return undefined;
  return folded.decoded === undefined ? { value: folded.value } : folded;
}

const DECODER_NAMES = new Set(['atob', 'createDecipher', 'createDecipheriv', 'fromCharCode', 'inflateSync', 'gunzipSync', 'brotliDecompressSync']);

function isDecoderCall(node: AnyNode): boolean {
  if (node.type !== 'CallExpression' && node.type !== 'NewExpression') return false;
  const callee = node.callee;
  const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? propertyName(callee.property as AnyNode) : undefined;
  if (name === undefined) return false;
  if (DECODER_NAMES.has(name)) return true;
  // Buffer.from(x, 'base64'), decipher.update(x, 'hex', 'utf8'): an encoding argument names what is decoded.
  if (name === 'from' || name === 'update' || name === 'Buffer') {
    return node.arguments.some((arg) => arg.type === 'Literal' && typeof arg.value === 'string' && /^(base64|base64url|hex)$/i.test(arg.value));
  }
  return false;
}
