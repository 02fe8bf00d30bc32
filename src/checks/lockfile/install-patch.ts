// Findings for install-time patches the PR adds or changes (src/sources/install-patches.ts). The patch is
// the project's own code and shows in the PR's diff, but it runs inside a dependency on every install and
// build, where a reviewer of package.json and the lockfile does not look: medium, with the patch as evidence.
import { posix } from 'node:path';
import type { Fact, PatchFile } from '../../model/types.js';
import { standaloneChange, type PairFact } from '../../model/pair-fact.js';
import { oneLine } from '../fact-text.js';

const MAX_PATCH_LINES = 60;
const MAX_PATCH_CHARS = 4_000;

/** The patch text, bounded, with control characters (other than tab) removed: it is untrusted input. */
export function patchEvidence(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, '').split('\n');
  let shown = lines.slice(0, MAX_PATCH_LINES).join('\n');
  if (shown.length > MAX_PATCH_CHARS) shown = shown.slice(0, MAX_PATCH_CHARS);
  const cut = shown.length < lines.join('\n').trimEnd().length;
  return cut ? `${shown.trimEnd()}\n… (${lines.length} lines in all: read the file in the pull request)` : shown.trimEnd();
}

export function installPatchFacts(patches: PatchFile[]): PairFact[] {
  return patches.map((patch): PairFact => {
    const target = patchedPackageOf(patch.path);
    const name = target?.name ?? oneLine(patch.path, 200);
    const change = standaloneChange(patch.path, name, target?.version ?? null, target?.version ?? 'patched');
    change.type = 'updated';
    const what = target ? `${oneLine(target.name, 100)}${target.version ? `@${oneLine(target.version, 60)}` : ''}` : 'a dependency';
    const fact: Fact = {
      key: `install-patch:${patch.path}`,
      kind: 'install-patch',
      severity: 'medium',
      detail: `${oneLine(patch.path, 200)} ${patch.before === null ? 'adds a patch' : 'changes the patch'} that rewrites ${what} at install time: that code never went through the registry. Read the patch below as you would code in the package itself.`,
      evidence: patchEvidence(patch.after),
      file: patch.path,
    };
    return { change, fact };
  });
}

/** The package a patch file is for, read from the naming conventions of the three tools; null when none fits. */
export function patchedPackageOf(path: string): { name: string; version: string | null } | null {
  const file = posix.basename(path).replace(/\.(?:patch|diff)$/i, '');
  // yarn berry: `name-npm-1.2.3-0123456789.patch`, scoped `@scope-name-npm-...`
  const yarn = /^(.+)-npm-(\d[^-]*(?:-[^-]+)*?)-[0-9a-f]{6,}$/i.exec(file);
  if (path.includes('.yarn/patches/') && yarn) return { name: yarn[1].replace(/^@([^-]+)-/, '@$1/'), version: yarn[2] };
  // patch-package: `name+1.2.3.patch`, scoped `@scope+name+1.2.3.patch` (an optional `+dev` or `+001` suffix)
  const plus = /^(@[^+]+\+)?([^+@]+)\+(\d[^+]*)(?:\+.*)?$/.exec(file);
  if (plus) return { name: `${plus[1] ? `${plus[1].slice(0, -1)}/` : ''}${plus[2]}`, version: plus[3] };
  // pnpm: `name@1.2.3.patch`, scoped `@scope__name@1.2.3.patch`; `name.patch` for every version
  const at = /^(@?[^@]+)(?:@(\d.*))?$/.exec(file);
  if (at) return { name: at[1].replace(/^@([^_]+)__/, '@$1/'), version: at[2] ?? null };
  return null;
}
