// The programs a package starts: `execSync('npm config get registry')` starts `npm`. A package that already ran
// programs is news again when it starts a new kind of program (`curl` where it ran `git`), so each named program is
// a fact (`shell:program:<name>`) compared by its family (see capabilities.ts): npm, yarn and pnpm are one.
import type { FactInput } from './fact-collector.js';
import { UNKNOWN } from './partial-string.js';

/** Words before the program that only change how it runs (`sudo npm`, `FOO=1 node`, `cross-env X=1 node`). */
const WRAPPERS = new Set(['sudo', 'env', 'exec', 'nohup', 'cross-env', 'command', 'call', 'start', 'time']);
/** Programs that fetch and run code from elsewhere: starting one is how droppers work. */
export const DOWNLOADERS = new Set(['curl', 'wget', 'powershell', 'pwsh', 'certutil', 'bitsadmin', 'iwr', 'invoke-webrequest']);

/**
 * The program a command or file argument starts, lower-cased and without folder or `.exe`; undefined when the text
 * does not name one. For shell commands (`exec`, `execSync`) the first word after wrappers and `VAR=value` pairs.
 */
export function programOfCommand(text: string, viaShell: boolean): string | undefined {
  let words = viaShell ? text.trim().split(/\s+/) : [text.trim()];
  while (words.length > 0 && (WRAPPERS.has(words[0]!.toLowerCase()) || /^\w+=/.test(words[0]!) || /^-/.test(words[0]!))) words = words.slice(1);
  const first = words[0]?.replace(/^["']|["']$/g, '');
  if (first === undefined || first === '' || first === UNKNOWN) return undefined;
  const base = first.replace(/\\/g, '/').split('/').pop()!.replace(/\.(exe|cmd|bat)$/i, '').toLowerCase();
  if (!/^[\w.+-]{1,64}$/.test(base) && !base.includes(UNKNOWN)) return undefined;
  return base;
}

export function programFact(path: string, program: string): FactInput {
  const downloader = DOWNLOADERS.has(program);
  return {
    key: `shell:program:${program}`,
    kind: 'shell',
    severity: downloader ? 'high' : 'medium',
    detail: downloader
      ? `${path} starts \`${program}\`, a program that downloads from the network, so what runs can change after review.`
      : `${path} starts the program \`${program}\`.`,
  };
}
