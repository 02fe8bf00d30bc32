// Text scans for what cannot be parsed: JavaScript too large or too broken for an AST (only precise patterns, so the
// fallback adds no noise), and shell, batch and PowerShell scripts (downloads and the servers they name).
import type { Fact } from '../../model/types.js';
import { FactCollector, type FactInput } from './ast/fact-collector.js';
import { CHILD_PROCESS_MEMBERS, moduleFact } from './ast/module-capabilities.js';
import { networkApi } from './ast/network-apis.js';
import { sensitivePathsIn } from './ast/sensitive-paths.js';
import { stringFacts } from './ast/string-facts.js';
import { urlHostsIn } from './ast/url-hosts.js';

/**
 * Matches scanned per costly pattern. The cheap, precise patterns (modules, eval, child_process, hooks) have no cap:
 * with one, a file could push its one `require('child_process')` past thousands of decoys.
 */
const MAX_MATCHES = 200_000;
const MAX_LOCAL_IMPORTS = 1000;
const MODULE_REFERENCE = /\b(?:require\s*\(\s*|import\s*\(\s*|from\s*|import\s*)(['"`])((?:node:)?[@\w./-]{1,100})\1/g;
const STRING_LITERAL = /(['"`])((?:\\.|(?!\1)[^\\\r\n]){4,4096})\1/g;
const EVAL_CALL = /(?<![\w$.])eval\s*\(/g;
// `Function(...)` with or without `new`, but not `isFunction(` or `obj.Function(`.
const FUNCTION_CONSTRUCTOR = /(?<![\w$.])(?:new\s+)?Function\s*\(/g;
const ENV_ENUMERATE = /\bObject\.(?:keys|entries|values)\s*\(\s*process\.env\s*\)(?!\s*\.\s*(?:filter|find|some|every|includes|indexOf)\b)|\bin\s+process\.env\s*\)/g;
const ENV_SERIALIZE = /\bJSON\.stringify\s*\(\s*process\.env\s*[,)]/g;
const CHILD_PROCESS_CALL = /\b(?:child_process|childProcess|cp)\.(\w+)\s*\(|\brequire\s*\(\s*(['"`])(?:node:)?child_process\2\s*\)\s*\.\s*(\w+)\s*\(/g;
const OBFUSCATED_ID = /\b_0x[0-9a-f]{4,}\b/gi;
const NETWORK_API = /\b(fetch|sendBeacon)\s*\(|\bnew\s+(XMLHttpRequest|WebSocket)\b/g;
const MODULE_COMPILE = /\._compile\s*\(/g;
const PROCESS_BINDING = /\bprocess\s*\.\s*(?:binding|_linkedBinding)\s*\(\s*(['"])(spawn_sync|process_wrap)\1/g;
const HOOK = /\b(?:(?:window|globalThis|self|global)\s*\.\s*(fetch)|XMLHttpRequest\s*\.\s*prototype\s*\.\s*(open|send)|ethereum\s*\.\s*(request|send|sendAsync))\s*=(?!=)/g;

function* limited(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  let count = 0;
  for (const match of text.matchAll(pattern)) {
    if (++count > MAX_MATCHES) return;
    yield match as RegExpExecArray;
  }
}

/** Relative modules a file read as text loads (`require('./lib/x')`), so that what npm runs is followed past the AST limit. */
export function localImportsIn(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(MODULE_REFERENCE)) {
    if (/^\.\.?\//.test(match[2]!) && found.size < MAX_LOCAL_IMPORTS) found.add(match[2]!);
  }
  return [...found];
}

/** Facts of a JavaScript file read as text; every detail says it came from a text scan. */
export function tokenScanFacts(path: string, text: string): Fact[] {
  const out = new FactCollector(path, text);
  out.suffix = '(found by a text scan: the file is too large or too broken to parse)';
  const ctx = { path, out, scanHidden: () => [] };
  for (const match of text.matchAll(MODULE_REFERENCE)) {
    const fact = moduleFact(path, match[2]!);
    if (fact) out.add(fact, match.index);
  }
  addAtFirstMatch(out, text, EVAL_CALL, { key: 'eval:eval', kind: 'eval', severity: 'high', detail: `${path} runs code built from strings with \`eval\`, so what it runs cannot be read in the published source.` });
  addAtFirstMatch(out, text, FUNCTION_CONSTRUCTOR, { key: 'eval:Function', kind: 'eval', severity: 'high', detail: `${path} runs code built from strings with \`Function\`, so what it runs cannot be read in the published source.` });
  // The same keys as the AST analysis, so that code moving past the AST limit is not news.
  addAtFirstMatch(out, text, ENV_ENUMERATE, { key: 'env:enumerate', kind: 'env', severity: 'high', detail: `${path} walks through every environment variable in \`process.env\`, which is how credential stealers collect CI secrets and tokens.` });
  addAtFirstMatch(out, text, ENV_SERIALIZE, { key: 'env:serialize', kind: 'env', severity: 'high', detail: `${path} serializes the whole \`process.env\` (every environment variable, including CI secrets and tokens), the first step of sending it elsewhere.` });
  for (const match of text.matchAll(CHILD_PROCESS_CALL)) {
    const member = match[1] ?? match[3]!;
    if (CHILD_PROCESS_MEMBERS.has(member)) {
      out.add({ key: `shell:child_process.${member}`, kind: 'shell', severity: 'high', detail: `${path} runs other programs through \`child_process.${member}\`, so this package can run any program on the machine that installs or uses it.` }, match.index);
    }
  }
  for (const match of text.matchAll(NETWORK_API)) {
    const name = match[1] ?? match[2]!;
    if (!out.has(`network:${name.toLowerCase()}`)) out.add(networkApi(name, path), match.index);
  }
  addAtFirstMatch(out, text, MODULE_COMPILE, { key: 'eval:module._compile', kind: 'eval', severity: 'high', detail: `${path} reaches Node's internal \`module._compile\`, which compiles and runs source text as a module.` });
  for (const match of text.matchAll(PROCESS_BINDING)) {
    out.add({ key: `shell:process.binding:${match[2]}`, kind: 'shell', severity: 'high', detail: `${path} reaches Node's internal \`${match[2]}\` binding through \`process.binding\`, starting programs without going through \`child_process\`.` }, match.index);
  }
  addHookFacts(out, path, text);
  for (const match of limited(text, STRING_LITERAL)) stringFacts(ctx, match[2]!, match.index);
  addObfuscatedNamesFact(out, path, text);
  return out.list();
}

/** Records `fact` where `pattern` first matches, if it does: one place is enough for a capability. */
function addAtFirstMatch(out: FactCollector, text: string, pattern: RegExp, fact: FactInput): void {
  for (const match of text.matchAll(pattern)) {
    out.add(fact, match.index);
    break;
  }
}

/** Assignments that replace the page's fetch or XMLHttpRequest, or a wallet's request functions. */
function addHookFacts(out: FactCollector, path: string, text: string): void {
  for (const match of text.matchAll(HOOK)) {
    const target = match[1] ? 'fetch' : match[2] ? 'XMLHttpRequest' : 'ethereum';
    const detail =
      target === 'ethereum'
        ? `${path} replaces the wallet's \`ethereum.${match[3]}\` with its own function, so it can read and rewrite the user's crypto transactions.`
        : `${path} replaces the page's \`${target === 'fetch' ? 'fetch' : `XMLHttpRequest.prototype.${match[2]}`}\` with its own function, so it can read and rewrite every request the page makes.`;
    out.add({ key: `network:hook:${target.toLowerCase()}`, kind: 'network', severity: 'high', detail }, match.index);
  }
}

/** Five distinct `_0x…` names mark obfuscator output; the fact is placed at the first one. */
function addObfuscatedNamesFact(out: FactCollector, path: string, text: string): void {
  const ids = new Set<string>();
  let first = -1;
  for (const match of limited(text, OBFUSCATED_ID)) {
    if (first < 0) first = match.index;
    ids.add(match[0]);
    if (ids.size >= 5) {
      out.add({ key: 'obfuscation:hex-identifiers', kind: 'obfuscation', severity: 'medium', detail: `${path} uses machine-generated names like \`${match[0]}\`, the mark of an obfuscator hiding what the code does.` }, first);
      break;
    }
  }
}

const DOWNLOADERS = /\b(curl|wget|Invoke-WebRequest|Invoke-RestMethod|iwr|irm|Start-BitsTransfer|bitsadmin|certutil)\b/i;

/** Facts of a shell, batch or PowerShell script: the tools it downloads with, the servers and secret files it names. */
export function shellScriptFacts(path: string, text: string): Fact[] {
  const out = new FactCollector(path, text);
  const lines = text.split('\n').slice(0, 20000);
  let offset = 0;
  for (const line of lines) {
    const comment = /^\s*(#|rem\b|::)/i.test(line);
    if (!comment) {
      const tool = DOWNLOADERS.exec(line);
      if (tool) {
        out.add({ key: 'network:download', kind: 'network', severity: 'high', detail: `${path} downloads files with \`${tool[1]}\`, so what runs can change after review without a new release.` }, offset + tool.index);
      }
      for (const { host, url } of urlHostsIn(line, { prose: true })) {
        out.add({ key: `network:host:${host}`, kind: 'network', severity: 'medium', detail: `${path} contains the address \`${url}\`, so this package may send data to or download code from \`${host}\`.` }, offset);
      }
      for (const word of line.split(/[\s'"=;|&()]+/)) {
        for (const target of sensitivePathsIn(word)) {
          out.add({ key: `fs-sensitive:${target.target}`, kind: 'fs-sensitive', severity: target.severity, detail: `${path} refers to \`${target.target}\`, which holds ${target.holds}; reading it is how credential stealers start.` }, offset);
        }
      }
    }
    offset += line.length + 1;
  }
  return out.list();
}
