// lockfile-lint's `--allowed-package-name-aliases`: `"react": "npm:other@1"` makes `require('react')`
// load `other`. The diff pairs packages by their real name, so such a swap reads as one package removed
// and an unrelated one added; this check connects the two by the name the project installs them under.
import type { Fact, LockedPackage, Lockfile } from '../../model/types.js';
import { oneLine } from '../fact-text.js';

export interface AliasSwap {
  /** The name the project imports, e.g. `react`. */
  installedAs: string;
  before: LockedPackage;
  after: LockedPackage;
}

/** Install name -> the entries installed under it (an entry without `alias` is installed under its own name). */
function byInstallName(lockfile: Lockfile | null): Map<string, LockedPackage[]> {
  const names = new Map<string, LockedPackage[]>();
  for (const entry of lockfile?.packages ?? []) {
    if (entry.source === 'workspace' || entry.source === 'link') continue;
    const installedAs = entry.alias ?? entry.name;
    const list = names.get(installedAs);
    if (list) list.push(entry);
    else names.set(installedAs, [entry]);
  }
  return names;
}

/** Names installed on both sides whose new entries include a real package the old side never put there. */
export function aliasSwaps(before: Lockfile | null, after: Lockfile | null): AliasSwap[] {
  if (before === null || after === null) return [];
  const old = byInstallName(before);
  const swaps: AliasSwap[] = [];
  for (const [installedAs, entries] of byInstallName(after)) {
    const previous = old.get(installedAs);
    if (previous === undefined) continue;
    const realBefore = new Set(previous.map((entry) => entry.name));
    const swapped = entries.find((entry) => entry.alias !== undefined && !realBefore.has(entry.name));
    if (swapped === undefined) continue;
    const replaced = previous.find((entry) => entry.name === installedAs) ?? previous[0];
    swaps.push({ installedAs, before: replaced, after: swapped });
  }
  return swaps.sort((a, b) => (a.installedAs < b.installedAs ? -1 : a.installedAs > b.installedAs ? 1 : 0));
}

export function aliasSwapFact(swap: AliasSwap, lockfile: string): Fact {
  const name = oneLine(swap.installedAs, 100);
  const target = `${oneLine(swap.after.name, 100)}@${oneLine(swap.after.version, 60)}`;
  const was = `${oneLine(swap.before.name, 100)}@${oneLine(swap.before.version, 60)}`;
  return {
    key: `alias-swap:${swap.installedAs}:${swap.after.name}`,
    kind: 'alias-swap',
    severity: 'high',
    detail: `\`${name}\` is now an npm alias for \`${target}\` (it was \`${was}\`): code that imports \`${name}\` gets a different package. Check that the package.json change behind it is intended.`,
    evidence: `${name}: ${was} -> npm:${target}`,
    file: lockfile,
    line: swap.after.line,
  };
}
