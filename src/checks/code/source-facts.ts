// Facts of one JavaScript/TypeScript file: what its code can do (network, shell, eval, env, secret files, obfuscation).
import type { Fact } from '../../model/types.js';
import { astFacts } from './ast/ast-facts.js';
import { FactCollector } from './ast/fact-collector.js';
import { parseJs } from './ast/js-ast.js';
import { StringFolder } from './ast/string-eval.js';
import { tokenScanFacts } from './token-scan.js';

/** Larger files are scanned as text: an AST of a multi-megabyte bundle costs more than it finds. */
export const MAX_AST_BYTES = 1024 * 1024;
/** Code hidden in decoded strings is analyzed too, but only this many levels deep and up to this size. */
const MAX_HIDDEN_DEPTH = 2;
const MAX_HIDDEN_BYTES = 256 * 1024;

export interface SourceScan {
  facts: Fact[];
  /** Relative specifiers the file requires or imports (`./lib/x`), for following code into skipped folders. */
  localImports: string[];
  /** How the file was read: a full AST, an error-tolerant AST, or a text scan. */
  method: 'ast' | 'loose-ast' | 'text';
}

const JS_EXTENSIONS = /\.(js|cjs|mjs|jsx|ts|cts|mts|tsx)$/i;
const NODE_SHEBANG = /^#!.*\bnode\b/;

/** True for files analyzeSource reads: JS/TS by extension, or extensionless scripts with a node shebang. */
export function isSourceFile(path: string, text: string | undefined): boolean {
  if (/\.d\.[cm]?ts$/i.test(path)) return false;
  if (JS_EXTENSIONS.test(path)) return true;
  const base = path.slice(path.lastIndexOf('/') + 1);
  return !base.includes('.') && text !== undefined && NODE_SHEBANG.test(text.slice(0, 200));
}

export function analyzeSource(path: string, text: string): Fact[] {
  return scanSource(path, text).facts;
}

export function scanSource(path: string, text: string, depth = 0): SourceScan {
  if (text.length > MAX_AST_BYTES) return { facts: tokenScanFacts(path, text), localImports: [], method: 'text' };
  const parsed = parseJs(text);
  if (!parsed) return { facts: tokenScanFacts(path, text), localImports: [], method: 'text' };

  const out = new FactCollector(path, text);
  const localImports = new Set<string>();
  const scanHidden = (code: string): Fact[] =>
    depth + 1 > MAX_HIDDEN_DEPTH || code.length > MAX_HIDDEN_BYTES ? [] : scanHiddenCode(path, code, depth + 1);
  try {
    astFacts(parsed.program, { path, out, folder: new StringFolder(), localImports, scanHidden });
  } catch {
    // A pathological file (nesting deep enough to exhaust the stack) must not stop the review of the package.
    return { facts: tokenScanFacts(path, text), localImports: [], method: 'text' };
  }
  return { facts: raiseSeverities(out), localImports: [...localImports], method: parsed.loose ? 'loose-ast' : 'ast' };
}

/** Decoded text counts as code only when it parses strictly: decoded binary or prose would only produce noise. */
function scanHiddenCode(path: string, code: string, depth: number): Fact[] {
  if (!parseJs(code, false)) return [];
  return scanSource(path, code, depth).facts;
}

/** Severities that depend on the rest of the file: env harvesting next to network access, blobs next to a decoder-fed eval. */
function raiseSeverities(out: FactCollector): Fact[] {
  const facts = out.list();
  const network = facts.some((f) => f.kind === 'network');
  const decodedEval = facts.some((f) => f.kind === 'eval' && f.key.endsWith(':decoded'));
  for (const fact of facts) {
    if (fact.kind === 'env' && network) {
      out.update(fact.key, (f) => ({ ...f, severity: 'critical', detail: `${f.detail.replace(/\.$/, '')}, and the same file can send data over the network.` }));
    }
    if (fact.kind === 'obfuscation' && decodedEval && fact.severity === 'medium') {
      out.update(fact.key, (f) => ({ ...f, severity: 'high', detail: `${f.detail.replace(/\.$/, '')}; the same file decodes a payload and runs it.` }));
    }
  }
  return out.list();
}
