// A package.json dependency change that no lockfile follows must never pass as "No dependency changes":
// real git repositories in temp folders, the CLI in --base-ref mode.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { twoCommitRepo } from '../helpers/run-cli.js';
import { runCliSource } from '../helpers/run-cli-source.js';

const INTEGRITY = 'sha512-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==';

function manifest(dependencies: Record<string, string>, extra: Record<string, unknown> = {}): string {
  return `${JSON.stringify({ name: 'app', version: '1.0.0', dependencies, ...extra }, null, 2)}\n`;
}

function lock(versions: Record<string, string>): string {
  const packages: Record<string, unknown> = { '': { name: 'app', version: '1.0.0', dependencies: Object.fromEntries(Object.keys(versions).map((name) => [name, '*'])) } };
  for (const [name, version] of Object.entries(versions)) {
    packages[`node_modules/${name}`] = { version, resolved: `https://registry.npmjs.org/${name}/-/${name}-${version}.tgz`, integrity: INTEGRITY };
  }
  return `${JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2)}\n`;
}

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A repository whose HEAD~1 holds `base` and whose HEAD holds `head` (a null file is deleted / absent). */
function repo(base: Record<string, string>, head: Record<string, string | null>): string {
  const root = mkdtempSync(join(tmpdir(), 'depdiff-unlocked-'));
  roots.push(root);
  return twoCommitRepo(root, base, head);
}

interface JsonReport {
  verdict: string;
  notes: string[];
  changes: Array<{ name: string; from: string | null; to: string | null; lockfile: string; dev: boolean; findings: Array<{ kind: string; severity: string; message: string; file?: string; evidence?: string }> }>;
}

async function reviewRepo(root: string, cwd = root): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const result = await runCliSource(['--base-ref', 'HEAD~1', '--head-ref', 'HEAD', '--no-fetch', '--format', 'json', '-q'], cwd);
  return { code: result.code, report: result.stdout ? JSON.parse(result.stdout) : null, stderr: result.stderr };
}

function unlocked(report: JsonReport) {
  return report.changes.flatMap((change) => change.findings.filter((finding) => finding.kind === 'unlocked-change').map((finding) => ({ ...finding, change })));
}

test('a repository without a lockfile that adds a dependency fails, naming the package.json and the range', async () => {
  const root = repo({ 'package.json': manifest({}) }, { 'package.json': manifest({ 'left-pad': '^1.3.0' }, { devDependencies: { jest: '^29.0.0' } }) });
  const { code, report, stderr } = await reviewRepo(root);
  expect(stderr).toBe('');
  expect(code).toBe(1);
  expect(report.verdict).toBe('fail');
  const found = unlocked(report);
  expect(found.map((finding) => [finding.change.name, finding.severity, finding.file, finding.evidence])).toEqual([
    ['left-pad', 'high', 'package.json', 'dependencies: left-pad (new) -> ^1.3.0'],
    ['jest', 'high', 'package.json', 'devDependencies: jest (new) -> ^29.0.0'],
  ]);
  expect(found[0].message).toContain('has no lockfile');
  expect(found.find((finding) => finding.change.name === 'jest')!.change.dev).toBe(true);
  expect(report.notes.join('\n')).toContain('Dependencies changed in package.json without a lockfile change: package.json (no lockfile)');
});

test('a range change while the lockfile stays the same is medium and says which lockfile', async () => {
  const root = repo(
    { 'package.json': manifest({ 'left-pad': '^1.3.0' }), 'package-lock.json': lock({ 'left-pad': '1.3.0' }) },
    { 'package.json': manifest({ 'left-pad': '^2.0.0' }) },
  );
  const { code, report } = await reviewRepo(root);
  const [finding] = unlocked(report);
  expect(finding).toMatchObject({ severity: 'medium', evidence: 'dependencies: left-pad ^1.3.0 -> ^2.0.0' });
  expect(finding.change).toMatchObject({ name: 'left-pad', from: '^1.3.0', to: '^2.0.0', lockfile: 'package.json' });
  expect(finding.message).toContain('but package-lock.json did not change');
  expect(code).toBe(0); // medium is under the default fail-on (high)
  expect(report.notes.join('\n')).toContain('package.json (package-lock.json unchanged)');
});

test('a workspace package.json is governed by the lockfile at the workspace root', async () => {
  const base = { 'package.json': manifest({}, { workspaces: ['packages/*'] }), 'package-lock.json': lock({ 'left-pad': '1.3.0' }), 'packages/a/package.json': manifest({}) };
  const unchangedRoot = repo(base, { 'packages/a/package.json': manifest({ 'is-odd': '^3.0.0' }) });
  const [finding] = unlocked((await reviewRepo(unchangedRoot, join(unchangedRoot, 'packages/a'))).report);
  expect(finding).toMatchObject({ file: 'packages/a/package.json', severity: 'medium' });
  expect(finding.message).toContain('but package-lock.json did not change');

  const followed = repo(base, { 'packages/a/package.json': manifest({ 'is-odd': '^3.0.0' }), 'package-lock.json': lock({ 'left-pad': '1.3.0', 'is-odd': '3.0.1' }) });
  const { report } = await reviewRepo(followed);
  expect(unlocked(report)).toEqual([]);
  expect(report.changes.map((change) => change.name)).toEqual(['is-odd']);
});

test('package.json changes that install nothing new are not reported', async () => {
  const root = repo(
    { 'package.json': manifest({ 'left-pad': '^1.3.0', 'is-odd': '^3.0.0' }) },
    { 'package.json': manifest({ 'left-pad': '^1.3.0' }, { scripts: { test: 'jest' }, version: '1.1.0' }) },
  );
  const { code, report } = await reviewRepo(root);
  expect(unlocked(report)).toEqual([]);
  expect(report.changes).toEqual([]);
  expect(code).toBe(0);
});
