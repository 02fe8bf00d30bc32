// Executables, native libraries and shell scripts shipped in a package: code that no JavaScript review covers.
import type { Fact, FileEntry } from '../../model/types.js';

const NATIVE_MAGIC: Record<string, string> = { elf: 'ELF', pe: 'Windows PE', macho: 'Mach-O' };
const NATIVE_EXTENSIONS: Record<string, string> = { '.node': 'node', '.exe': 'pe', '.dll': 'pe', '.so': 'elf', '.dylib': 'macho' };
const SCRIPT_EXTENSIONS = new Set(['.sh', '.bash', '.zsh', '.bat', '.cmd', '.ps1']);
const SHELL_SHEBANG = /^#!\s*(\/usr)?\/bin\/(env\s+)?(ba|z|da)?sh\b/;

const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const extension = (path: string) => {
  const base = basename(path);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
};

/** True for shell, batch and PowerShell scripts, by extension or by a `#!/bin/sh`-style first line. */
export function isShellScript(file: FileEntry): boolean {
  if (SCRIPT_EXTENSIONS.has(extension(file.path))) return true;
  return !basename(file.path).includes('.') && file.text !== undefined && SHELL_SHEBANG.test(file.text.slice(0, 100));
}

/**
 * One fact per executable, library or script. The key holds the file's basename, not its path:
 * a binary that only moved folders is the same binary, while a second, differently named one is new.
 */
export function binaryFacts(file: FileEntry): Fact[] {
  if (file.type !== 'file') return [];
  const ext = extension(file.path);
  const type = file.magic && NATIVE_MAGIC[file.magic] ? file.magic : NATIVE_EXTENSIONS[ext];
  if (type) {
    const what = type === 'node' ? 'a compiled Node.js native addon' : `a compiled ${NATIVE_MAGIC[type]} ${ext === '.dll' || ext === '.so' || ext === '.dylib' ? 'library' : 'executable'}`;
    return [
      {
        key: `binary:${type}:${basename(file.path)}`,
        kind: 'binary',
        severity: 'high',
        detail: `${file.path} is ${what}: its code cannot be reviewed from the package source, and it runs with the full rights of whoever loads it.`,
        file: file.path,
      },
    ];
  }
  if (isShellScript(file)) {
    return [
      {
        key: `binary:script:${basename(file.path)}`,
        kind: 'binary',
        severity: 'medium',
        detail: `${file.path} is a ${ext === '.bat' || ext === '.cmd' ? 'Windows batch' : ext === '.ps1' ? 'PowerShell' : 'shell'} script; it can run any command on the machine when an install script or the package's code executes it.`,
        file: file.path,
        ...(file.text ? { line: 1, evidence: file.text.split('\n', 1)[0]!.trim().slice(0, 160) } : {}),
      },
    ];
  }
  return [];
}
