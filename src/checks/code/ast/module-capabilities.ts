// What loading a module lets a package do: the table behind `network:module:*`, `shell:module:*` and `eval:vm`.
import type { FactInput } from './fact-collector.js';

const NETWORK_BUILTINS = new Set(['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns']);
const NETWORK_PACKAGES = new Set([
  'undici', 'ws', 'axios', 'node-fetch', 'got', 'request', 'superagent', 'needle', 'cross-fetch', 'isomorphic-fetch',
  'socket.io-client', 'phin', 'bent', 'ky', 'make-fetch-happen', 'minipass-fetch',
]);
const SHELL_PACKAGES = new Set(['execa', 'cross-spawn', 'shelljs', 'shell-exec', 'node-pty']);

export const CHILD_PROCESS_MEMBERS = new Set(['exec', 'execSync', 'spawn', 'spawnSync', 'execFile', 'execFileSync', 'fork']);

/** `node:https` -> `https`, `dns/promises` -> `dns`, `@scope/pkg/sub` -> `@scope/pkg`. */
export function moduleBase(specifier: string): string {
  const bare = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
  const parts = bare.split('/');
  return bare.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

export function isRelativeSpecifier(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..';
}

/** The fact loading `specifier` amounts to, or undefined for modules that grant nothing worth reporting. */
export function moduleFact(path: string, specifier: string): FactInput | undefined {
  const base = moduleBase(specifier);
  if (NETWORK_BUILTINS.has(base) || NETWORK_PACKAGES.has(base)) {
    return {
      key: `network:module:${base}`,
      kind: 'network',
      severity: 'medium',
      detail: `${path} loads the \`${base}\` module, so this package can send data to and receive data from other machines over the network.`,
    };
  }
  if (base === 'child_process' || SHELL_PACKAGES.has(base)) {
    return {
      key: `shell:module:${base}`,
      kind: 'shell',
      severity: 'high',
      detail: `${path} loads \`${base}\`, so this package can run any program on the machine that installs or uses it.`,
    };
  }
  if (base === 'vm') {
    return {
      key: 'eval:vm',
      kind: 'eval',
      severity: 'high',
      detail: `${path} loads Node's \`vm\` module, which compiles and runs code from strings that a reviewer cannot read in the published source.`,
    };
  }
  if (base === 'module' && !specifier.includes('/')) {
    return {
      key: 'eval:module',
      kind: 'eval',
      severity: 'medium',
      detail: `${path} uses Node's internal \`module\` API, which can compile and run code from strings and change how every \`require\` resolves.`,
    };
  }
  return undefined;
}

/** Members of `module` that only resolve or list modules: `createRequire` is how ES modules load CommonJS. */
export const BENIGN_MODULE_MEMBERS = new Set(['createRequire', 'builtinModules', 'isBuiltin', 'findPackageJSON', 'enableCompileCache', 'getCompileCacheDir', 'findSourceMap', 'SourceMap', 'syncBuiltinESMExports']);

export function childProcessMemberFact(path: string, member: string): FactInput {
  const viaShell = member === 'exec' || member === 'execSync';
  return {
    key: `shell:child_process.${member}`,
    kind: 'shell',
    severity: 'high',
    detail: viaShell
      ? `${path} spawns shell commands through \`child_process.${member}\`, so this package can run any program on the machine that installs or uses it.`
      : `${path} starts other programs through \`child_process.${member}\`, so this package can run any program on the machine that installs or uses it.`,
  };
}
