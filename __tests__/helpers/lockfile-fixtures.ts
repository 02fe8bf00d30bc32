// Shared by the lockfile parser tests: fixture text, a single-package lookup and a line finder.
import { readFileSync } from 'node:fs';
import type { LockedPackage, Lockfile } from '../../src/model/types.js';

export const fixture = (name: string): string => readFileSync(new URL(`../fixtures/lockfiles/${name}`, import.meta.url), 'utf8');

/** The one package with this name (and version); throws when there are none or several. */
export function find(lockfile: Lockfile, name: string, version?: string): LockedPackage {
  const found = lockfile.packages.filter((p) => p.name === name && (version === undefined || p.version === version));
  if (found.length !== 1) throw new Error(`expected one ${name}@${version ?? '*'}, found ${found.length}`);
  return found[0]!;
}

/** 1-based line of the first line that starts with `needle`. */
export const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((line) => line.startsWith(needle)) + 1;
