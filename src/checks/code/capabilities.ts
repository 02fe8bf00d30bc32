// What a fact grants, for the old/new comparison: "new" means new to the package, not a new API name for the same
// power. `execSync` -> `execFileSync`, `https` -> `http`, `require` -> `import` or code moved to another file keep the
// capability; a new target (a host, a secret file, a program, a hooked global) is a capability of its own.
// Fact keys stay specific (`shell:child_process.execSync`) for display, ignores and SARIF fingerprints.

/** Programs that install packages: a package that ran `npm install` does nothing new by running `pnpm i`. */
const PACKAGE_MANAGERS = new Set(['npm', 'npx', 'yarn', 'yarnpkg', 'pnpm', 'pnpx', 'bun', 'bunx', 'corepack']);

const STARTS_PROGRAMS = /^shell:(child_process\.|module:|process\.binding:)/;
const NETWORK_CLIENT = /^network:(module:.+|fetch|xmlhttprequest|websocket|sendbeacon)$/;
// Code built from strings and run, by whichever runner; decoded payloads and `data:` imports stay their own.
const RUNS_STRINGS = /^eval:(eval|Function|vm|vm\.\w+|module\._compile|module\.constructor|setTimeout-string|setInterval-string)$/;

/** The capability a fact key stands for; facts of different keys with one capability are the same power. */
export function capabilityOf(key: string): string {
  if (STARTS_PROGRAMS.test(key)) return 'shell';
  if (NETWORK_CLIENT.test(key)) return 'network:client';
  if (RUNS_STRINGS.test(key)) return 'eval:strings';
  if (key.startsWith('shell:program:')) {
    const program = key.slice('shell:program:'.length);
    return PACKAGE_MANAGERS.has(program) ? 'shell:program:package-manager' : key;
  }
  return key;
}

/** A fact that only refines another capability: a program is news only where starting programs is not itself new. */
export function refinedCapability(key: string): string | undefined {
  return key.startsWith('shell:program:') ? 'shell' : undefined;
}
