// Findings for package.json dependency changes that no lockfile change covers (src/sources/unlocked-manifests.ts).
// Without a lockfile nothing the PR installs can be reviewed, so that fails by default (high), as depdiff
// fails closed on anything it could not review. With a lockfile left unchanged a strict install
// (`npm ci`, `--frozen-lockfile`, `--immutable`) refuses to run, and a loose one resolves freely: medium.
import type { Fact, UnlockedManifest } from '../../model/types.js';
import { oneLine } from '../fact-text.js';
import { standaloneChange, type PairFact } from '../../model/pair-fact.js';


export function unlockedChangeFacts(unlocked: UnlockedManifest[]): PairFact[] {
  return unlocked.flatMap(({ manifest, lockfile, edits }) =>
    edits.map((edit): PairFact => {
      const spec = `${oneLine(edit.name, 100)}@${oneLine(edit.to, 100)}`;
      const why =
        lockfile === null
          ? 'the project has no lockfile, so every install resolves this range anew and depdiff has nothing to review. Commit a lockfile (npm install, pnpm install or yarn) so that the installed versions are pinned and reviewed.'
          : `but ${lockfile} did not change: a strict install (npm ci, --frozen-lockfile) refuses to run and a loose one installs whatever the range resolves to, unreviewed. Run the package manager's install and commit the lockfile.`;
      const change = standaloneChange(manifest, edit.name, edit.from, edit.to);
      change.dev = edit.field === 'devDependencies';
      const fact: Fact = {
        key: `unlocked-change:${edit.field}:${edit.name}`,
        kind: 'unlocked-change',
        severity: lockfile === null ? 'high' : 'medium',
        detail: `${manifest} ${edit.from === null ? 'adds' : 'changes'} ${spec} in ${edit.field}${lockfile === null ? ': ' : ', '}${why}`,
        evidence: `${edit.field}: ${oneLine(edit.name, 100)} ${edit.from === null ? '(new)' : oneLine(edit.from, 100)} -> ${oneLine(edit.to, 100)}`,
        file: manifest,
      };
      return { change, fact };
    }),
  );
}

/** Said once in the report, so that "no lockfile changes" is never read as "nothing changed". */
export function unlockedNote(unlocked: UnlockedManifest[]): string | null {
  if (unlocked.length === 0) return null;
  const list = unlocked.map((entry) => `${entry.manifest} (${entry.lockfile === null ? 'no lockfile' : `${entry.lockfile} unchanged`})`).join(', ');
  return `Dependencies changed in package.json without a lockfile change: ${list}. Those versions were not reviewed; see the unlocked-change findings.`;
}
