// What lockfile-lint users expect from the lockfile alone, through the CLI with --no-fetch:
// plain-http tarball URLs and npm aliases that now install another package.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliSource } from '../helpers/run-cli-source.js';

interface Entry {
  folder: string;
  version: string;
  name?: string;
  resolved?: string;
  integrity?: string;
}

const INTEGRITY = 'sha512-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==';

/** A package-lock.json v3 as npm writes it: `name` only on aliased entries. */
function lock(entries: Entry[], dependencies: Record<string, string>): string {
  const packages: Record<string, unknown> = { '': { name: 'app', version: '1.0.0', dependencies } };
  for (const entry of entries) {
    const real = entry.name ?? entry.folder;
    packages[`node_modules/${entry.folder}`] = {
      ...(entry.name ? { name: entry.name } : {}),
      version: entry.version,
      resolved: entry.resolved ?? `https://registry.npmjs.org/${real}/-/${real}-${entry.version}.tgz`,
      integrity: entry.integrity ?? INTEGRITY,
    };
  }
  return JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2);
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'depdiff-lockfile-sources-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface JsonFinding {
  kind: string;
  severity: string;
  message: string;
  evidence?: string;
  file?: string;
}
interface JsonChange {
  name: string;
  from: string | null;
  to: string | null;
  findings: JsonFinding[];
}

async function reviewPair(name: string, before: string, after: string): Promise<{ code: number; changes: JsonChange[]; stderr: string }> {
  writeFileSync(join(work, `${name}-old.json`), before);
  writeFileSync(join(work, `${name}-new.json`), after);
  const result = await runCliSource([`${name}-old.json`, `${name}-new.json`, '--no-fetch', '--format', 'json', '-q'], work);
  const report = result.stdout ? JSON.parse(result.stdout) : { changes: [] };
  return { code: result.code, changes: report.changes, stderr: result.stderr };
}

function findingsOf(changes: JsonChange[], kind: string): Array<JsonFinding & { package: string }> {
  return changes.flatMap((change) => change.findings.filter((finding) => finding.kind === kind).map((finding) => ({ ...finding, package: change.name })));
}

describe('http: sources (lockfile-lint --validate-https)', () => {
  test('a tarball newly resolved over plain http is high and fails the review', async () => {
    const result = await reviewPair(
      'http-new',
      lock([{ folder: 'left-pad', version: '1.3.0' }], { 'left-pad': '^1.3.0' }),
      lock([{ folder: 'left-pad', version: '1.3.1', resolved: 'http://registry.npmjs.org/left-pad/-/left-pad-1.3.1.tgz' }], { 'left-pad': '^1.3.0' }),
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const [finding] = findingsOf(result.changes, 'insecure-source');
    expect(finding).toMatchObject({ package: 'left-pad', severity: 'high', file: 'http-new-new.json' });
    expect(finding.message).toContain('plain http from registry.npmjs.org');
    expect(finding.evidence).toBe('http://registry.npmjs.org/left-pad/-/left-pad-1.3.1.tgz');
  });

  test('says when no checksum guards the http download', async () => {
    const after = JSON.parse(lock([{ folder: 'x', version: '1.0.0', resolved: 'http://mirror.example.test/x-1.0.0.tgz' }], { x: '^1.0.0' }));
    delete after.packages['node_modules/x'].integrity;
    const result = await reviewPair('http-noint', lock([], {}), JSON.stringify(after));
    const [finding] = findingsOf(result.changes, 'insecure-source');
    expect(finding.message).toContain('records no checksum');
  });

  test('an http source the base already had is not news; https is never reported', async () => {
    const http = (version: string) => ({ folder: 'left-pad', version, resolved: `http://registry.npmjs.org/left-pad/-/left-pad-${version}.tgz` });
    const same = await reviewPair('http-old', lock([http('1.3.0')], { 'left-pad': '^1.3.0' }), lock([http('1.3.1')], { 'left-pad': '^1.3.0' }));
    expect(same.changes.map((change) => change.name)).toEqual(['left-pad']);
    expect(findingsOf(same.changes, 'insecure-source')).toEqual([]);
    const https = await reviewPair(
      'https',
      lock([{ folder: 'left-pad', version: '1.3.0' }], { 'left-pad': '^1.3.0' }),
      lock([{ folder: 'left-pad', version: '1.3.1' }], { 'left-pad': '^1.3.0' }),
    );
    expect(https.code).toBe(0);
    expect(findingsOf(https.changes, 'insecure-source')).toEqual([]);
  });
});

describe('npm alias swaps (lockfile-lint --allowed-package-name-aliases)', () => {
  test('"react": "npm:other@1" where react was the real react: high, on the package that now answers to react', async () => {
    const result = await reviewPair(
      'alias-swap',
      lock([{ folder: 'react', version: '18.2.0' }], { react: '^18.2.0' }),
      lock([{ folder: 'react', name: 'reakt-dom-utils', version: '1.0.0' }], { react: 'npm:reakt-dom-utils@^1.0.0' }),
    );
    expect(result.code).toBe(1);
    const [finding] = findingsOf(result.changes, 'alias-swap');
    expect(finding).toMatchObject({ package: 'reakt-dom-utils', severity: 'high', evidence: 'react: react@18.2.0 -> npm:reakt-dom-utils@1.0.0' });
    expect(finding.message).toContain('`react` is now an npm alias for `reakt-dom-utils@1.0.0`');
  });

  test('an alias retargeted from one package to another is a swap too', async () => {
    const result = await reviewPair(
      'alias-retarget',
      lock([{ folder: 'my-fetch', name: 'node-fetch', version: '2.7.0' }], { 'my-fetch': 'npm:node-fetch@^2.7.0' }),
      lock([{ folder: 'my-fetch', name: 'fetch-polyfill-x', version: '2.7.0' }], { 'my-fetch': 'npm:fetch-polyfill-x@^2.7.0' }),
    );
    expect(findingsOf(result.changes, 'alias-swap')[0]).toMatchObject({ package: 'fetch-polyfill-x', evidence: 'my-fetch: node-fetch@2.7.0 -> npm:fetch-polyfill-x@2.7.0' });
  });

  test('a swap to a package that stays elsewhere in the tree still gets a row of its own', async () => {
    const result = await reviewPair(
      'alias-existing',
      lock([{ folder: 'react', version: '18.2.0' }, { folder: 'preact', version: '10.0.0' }], { react: '^18.2.0', preact: '^10.0.0' }),
      lock([{ folder: 'react', name: 'preact', version: '10.0.0' }, { folder: 'preact', version: '10.0.0' }], { react: 'npm:preact@^10.0.0', preact: '^10.0.0' }),
    );
    expect(findingsOf(result.changes, 'alias-swap')).toEqual([expect.objectContaining({ package: 'preact', severity: 'high' })]);
    expect(result.code).toBe(1);
  });

  test('a version bump of an alias that keeps its target is not a swap', async () => {
    const result = await reviewPair(
      'alias-bump',
      lock([{ folder: 'my-fetch', name: 'node-fetch', version: '2.6.0' }], { 'my-fetch': 'npm:node-fetch@^2.6.0' }),
      lock([{ folder: 'my-fetch', name: 'node-fetch', version: '2.7.0' }], { 'my-fetch': 'npm:node-fetch@^2.7.0' }),
    );
    expect(result.changes.map((change) => [change.name, change.from, change.to])).toEqual([['node-fetch', '2.6.0', '2.7.0']]);
    expect(findingsOf(result.changes, 'alias-swap')).toEqual([]);
    expect(result.code).toBe(0);
  });
});
