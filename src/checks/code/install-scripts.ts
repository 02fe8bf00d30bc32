// Lifecycle scripts npm runs on install: the one moment a dependency's code runs without anyone importing it.
import type { Fact, FileEntry, Severity, SourceType } from '../../model/types.js';
import { lineOf, lineStarts } from './ast/js-ast.js';
import { analyzeSource } from './source-facts.js';

/** Scripts `npm install` runs for a dependency. `prepare` runs only for git, file, tarball and link sources. */
export function lifecycleScripts(manifest: Record<string, unknown> | null, source: SourceType): Array<[string, string]> {
  const scripts = manifest?.scripts;
  if (!scripts || typeof scripts !== 'object') return [];
  const names = ['preinstall', 'install', 'postinstall', ...(source === 'registry' ? [] : ['prepare'])];
  const found: Array<[string, string]> = [];
  for (const name of names) {
    const value = (scripts as Record<string, unknown>)[name];
    if (typeof value === 'string' && value.trim() !== '') found.push([name, value]);
  }
  return found;
}

/** npm's default: a root `binding.gyp` and no install/preinstall script means `node-gyp rebuild` runs on install. */
function implicitGyp(manifest: Record<string, unknown> | null, files: Map<string, FileEntry>, explicit: Array<[string, string]>): boolean {
  if (!files.has('binding.gyp') || manifest?.gypfile === false) return false;
  return !explicit.some(([name]) => name === 'install' || name === 'preinstall');
}

const INLINE_CODE = /\b(?:node|nodejs|bun)(?:\.exe)?\s+(?:--?[\w-]+(?:=\S+)?\s+)*?(?:-e|--eval|-p|--print)\s+(?:"((?:\\.|[^"\\])*)"|'([^']*)')/g;
const RUNNERS = new Set(['node', 'nodejs', 'node.exe', 'bun', 'sh', 'bash', 'zsh', 'dash', 'powershell', 'pwsh', 'powershell.exe']);
const PREFIXES = new Set(['cross-env', 'exec', 'call', 'start', 'cmd', 'npx', 'env', 'sudo', 'nohup']);

/** The package files a script command runs (`node install.js`, `sh ./setup.sh`, `./run.bat`), resolved in `files`. */
export function scriptFiles(script: string, files: Map<string, FileEntry>): string[] {
  const withoutInline = script.replace(INLINE_CODE, ' ');
  const found: string[] = [];
  for (const segment of withoutInline.split(/&&|\|\||[;|&\n]/)) {
    const words = segment.trim().split(/\s+/).filter(Boolean);
    while (words.length > 0 && (PREFIXES.has(words[0]!.toLowerCase()) || /^\w+=/.test(words[0]!) || /^\/[a-z]$/i.test(words[0]!))) words.shift();
    if (words.length === 0) continue;
    const runner = words[0]!.toLowerCase();
    const candidates = RUNNERS.has(runner) ? words.slice(1).filter((w) => !w.startsWith('-')).slice(0, 1) : [words[0]!];
    for (const candidate of candidates) {
      const resolved = resolveFile(candidate, files);
      if (resolved && !found.includes(resolved)) found.push(resolved);
    }
  }
  return found;
}

function resolveFile(word: string, files: Map<string, FileEntry>): string | undefined {
  const clean = word.replace(/^["']|["']$/g, '').replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  if (clean === '' || clean.startsWith('../') || clean.startsWith('/')) return undefined;
  for (const path of [clean, `${clean}.js`, `${clean}.cjs`, `${clean}.mjs`, `${clean}/index.js`]) {
    if (files.get(path)?.type === 'file') return path;
  }
  return undefined;
}

function inlineCode(script: string): string[] {
  return [...script.matchAll(INLINE_CODE)].map((m) => (m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] ?? '')));
}

const DOWNLOAD = /\b(curl|wget|Invoke-WebRequest|iwr|Invoke-RestMethod|irm|certutil|bitsadmin)\b/i;
const PIPE_TO_SHELL = /\|\s*(sudo\s+)?(sh|bash|zsh|node|iex|Invoke-Expression|powershell)\b/i;

/** What a set of facts says a file can do, as a clause: "makes network calls (`https`) and runs other programs". */
export function summarizeCapabilities(facts: Fact[]): string[] {
  const parts: string[] = [];
  const network = facts.filter((f) => f.kind === 'network').map((f) => f.key.replace(/^network:(module:)?/, '').replace(/^host:/, 'host '));
  if (network.length > 0) parts.push(`makes network calls (${network.slice(0, 4).map((n) => `\`${n}\``).join(', ')}${network.length > 4 ? ', ...' : ''})`);
  if (facts.some((f) => f.kind === 'shell')) parts.push('runs other programs');
  if (facts.some((f) => f.kind === 'eval' && f.key.endsWith(':decoded'))) parts.push('decodes and runs a hidden payload');
  else if (facts.some((f) => f.kind === 'eval')) parts.push('runs code built from strings');
  if (facts.some((f) => f.kind === 'env')) parts.push('collects environment variables');
  const secrets = facts.filter((f) => f.kind === 'fs-sensitive').map((f) => `\`${f.key.slice('fs-sensitive:'.length)}\``);
  if (secrets.length > 0) parts.push(`refers to secret files (${secrets.slice(0, 4).join(', ')})`);
  if (facts.some((f) => f.kind === 'obfuscation')) parts.push('is obfuscated');
  return parts;
}

function joinClauses(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function isDangerous(facts: Fact[]): boolean {
  const network = facts.some((f) => f.kind === 'network');
  const reach = facts.some((f) => f.kind === 'env' || f.kind === 'fs-sensitive' || f.kind === 'shell');
  return (network && reach) || facts.some((f) => f.kind === 'eval' && f.key.endsWith(':decoded'));
}

const MAX_KEY_SCRIPT = 300;

/** An install-script fact, with the script's name and command so that a changed command can say what it was. */
export interface InstallScriptFact extends Fact {
  script: { name: string; command: string };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The command with the package's own version as a placeholder: `napi-postinstall unrs-resolver 1.11.1 check` is the
 * same script in every release. Only the package's own version counts: `npx tool@1.2.3` names another package's
 * version, and changing it changes what runs.
 */
export function commandIdentity(command: string, manifest: Record<string, unknown> | null): string {
  const version = typeof manifest?.version === 'string' ? manifest.version : '';
  const name = typeof manifest?.name === 'string' ? manifest.name : '';
  if (!/^\d+\.\d+\.\d+/.test(version)) return command;
  const own = name ? `${escapeRegExp(name)}@` : '(?!)';
  // A standalone version (or `<own name>@version`), not the version of another package or part of a longer one.
  const pattern = new RegExp(`(^|[\\s='"]|${own})v?${escapeRegExp(version)}(?![\\w.+-])`, 'g');
  return command.replace(pattern, '$1{version}');
}

export function installScriptFacts(
  manifest: Record<string, unknown> | null,
  files: Map<string, FileEntry>,
  source: SourceType,
  factsOfFile: (path: string) => Fact[],
): InstallScriptFact[] {
  const explicit = lifecycleScripts(manifest, source);
  const scripts = implicitGyp(manifest, files, explicit) ? [...explicit, ['install', 'node-gyp rebuild'] as [string, string]] : explicit;
  const raw = files.get('package.json')?.text ?? '';
  const starts = raw ? lineStarts(raw) : [];
  const facts: InstallScriptFact[] = [];
  for (const [name, script] of scripts) {
    const normalized = script.replace(/\s+/g, ' ').trim();
    const shown = normalized.length > 120 ? `${normalized.slice(0, 117)}...` : normalized;
    const implicit = !explicit.some(([n]) => n === name);
    const clauses: string[] = [];
    const capabilities: Fact[] = [];
    for (const path of scriptFiles(script, files)) {
      const fileFacts = factsOfFile(path);
      capabilities.push(...fileFacts);
      const summary = summarizeCapabilities(fileFacts);
      if (summary.length > 0) clauses.push(`${path} ${joinClauses(summary)}`);
    }
    for (const code of inlineCode(script)) {
      const inline = analyzeSource(`package.json (inline ${name} code)`, code);
      capabilities.push(...inline);
      const summary = summarizeCapabilities(inline);
      if (summary.length > 0) clauses.push(`its inline code ${joinClauses(summary)}`);
    }
    const downloads = DOWNLOAD.test(script);
    if (downloads) clauses.push(PIPE_TO_SHELL.test(script) ? 'it downloads code and runs it straight away' : 'it downloads files from the network');
    const gyp = /^node-gyp rebuild$/.test(normalized);
    const severity: Severity = gyp ? 'medium' : isDangerous(capabilities) || (downloads && PIPE_TO_SHELL.test(script)) ? 'critical' : 'high';
    const scriptsAt = Math.max(0, raw.indexOf('"scripts"'));
    const found = raw.slice(scriptsAt).search(new RegExp(`"${name}"\\s*:`));
    const where = found < 0 ? -1 : scriptsAt + found;
    const lineEnd = where >= 0 ? raw.indexOf('\n', where) : -1;
    const detail = implicit
      ? `The package ships a \`binding.gyp\`, so npm runs \`node-gyp rebuild\` on every install: native code is compiled and can run arbitrary build steps on the installing machine.`
      : `The \`${name}\` script runs \`${shown}\` on every install of this package${clauses.length > 0 ? `; ${clauses.join('; ')}` : ', before any of its code is imported'}.`;
    facts.push({
      key: `install-script:${name}:${commandIdentity(normalized, manifest).slice(0, MAX_KEY_SCRIPT)}`,
      kind: 'install-script',
      severity,
      detail,
      file: implicit ? 'binding.gyp' : 'package.json',
      ...(where >= 0 && !implicit ? { line: lineOf(starts, where), evidence: raw.slice(where, lineEnd < 0 ? undefined : lineEnd).trim().slice(0, 160) } : {}),
      script: { name, command: shown },
    });
  }
  return facts;
}
