// Paths built at runtime: `path.join(os.homedir(), '.npmrc')` names a secret file no single literal shows.
// Secret files written out in one string are found by the strings family.
import type { CallSite, FileScan } from '../file-scan.js';
import { partialString } from '../partial-string.js';
import { stringFacts } from '../string-facts.js';

const PATH_BUILDERS = new Set(['join', 'resolve']);

export function pathJoinFacts(scan: FileScan, site: CallSite, method: string | undefined): void {
  if (method === undefined || !PATH_BUILDERS.has(method) || site.args.length < 2) return;
  stringFacts(scan, site.args.map((a) => partialString(a, scan.folder)).join('/'), site.node.start);
}
