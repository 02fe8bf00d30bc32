// Each incident-shaped fixture, packed into a real tarball, served by the local registry and reviewed
// through the whole pipeline (download, integrity, extraction, analysis, metadata, policy).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_POLICY } from '../../src/policy/config.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { review } from '../../src/pipeline/review.js';
import type { ChangeReport, Report } from '../../src/model/types.js';
import { npmLockV3, type LockEntry } from '../helpers/lockfile-writer.js';
import { startTestRegistry, type FixturePackageSpec, type TestRegistry } from '../helpers/test-registry.js';

const FIXTURES = resolve('__tests__/fixtures/packages');
const alice = { name: 'alice', email: 'alice@example.org' };
const right9 = { name: 'right9', email: 'r9@example.net' };

function oldAndNew(name: string, oldVersion: string, newVersion: string): FixturePackageSpec {
  return {
    versions: {
      [oldVersion]: { dir: join(FIXTURES, name, 'old'), manifest: { _npmUser: alice, maintainers: [alice] }, time: '2024-01-01T00:00:00.000Z' },
      [newVersion]: { dir: join(FIXTURES, name, 'new'), manifest: { _npmUser: alice, maintainers: [alice] }, time: '2024-03-01T00:00:00.000Z' },
    },
  };
}

const INCIDENTS: Record<string, [string, string]> = {
  'scope-like': ['3.7.1', '3.7.2'],
  'ua-like': ['0.7.28', '0.7.29'],
  'ipc-like': ['10.1.0', '10.1.1'],
  'chalk-like': ['5.6.0', '5.6.1'],
  'worm-like': ['1.0.0', '1.0.1'],
  'quiet-like': ['2.0.0', '2.1.0'],
};

let registry: TestRegistry;
let report: Report;
let cacheDir: string;

beforeAll(async () => {
  const packages: Record<string, FixturePackageSpec> = {};
  for (const [name, [from, to]] of Object.entries(INCIDENTS)) packages[name] = oldAndNew(name, from, to);
  // event-stream 2018: a new hand publishes a release that adds a dependency carrying the payload.
  packages['stream-like'] = {
    versions: {
      '3.3.5': { files: { 'index.js': 'module.exports = {};\n' }, manifest: { _npmUser: alice }, time: '2018-01-01T00:00:00.000Z' },
      '3.3.6': {
        files: { 'index.js': "module.exports = require('flatmap-like');\n" },
        manifest: { _npmUser: right9, dependencies: { 'flatmap-like': '^0.1.0' } },
        time: '2018-09-01T00:00:00.000Z',
      },
    },
  };
  packages['flatmap-like'] = { versions: { '0.1.1': { dir: join(FIXTURES, 'flatmap-like', 'new'), manifest: { _npmUser: right9 } } } };
  registry = await startTestRegistry(packages);
  cacheDir = mkdtempSync(join(tmpdir(), 'depdiff-incidents-'));

  const before: LockEntry[] = [...Object.entries(INCIDENTS).map(([name, [from]]) => ({ name, version: from })), { name: 'stream-like', version: '3.3.5' }];
  const after: LockEntry[] = [
    ...Object.entries(INCIDENTS).map(([name, [, to]]) => ({ name, version: to })),
    { name: 'stream-like', version: '3.3.6' },
    { name: 'flatmap-like', version: '0.1.1', transitive: true },
  ];
  report = await review({
    pairs: [{ path: 'package-lock.json', before: npmLockV3(registry, before), after: npmLockV3(registry, after) }],
    policy: DEFAULT_POLICY,
    registry: { registry: registry.url, cacheDir, userConfig: null },
    now: new Date('2024-06-01T00:00:00.000Z'),
  });
});

afterAll(async () => {
  await registry?.close();
  if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
});

const change = (name: string): ChangeReport => report.changes.find((c) => c.name === name)!;
const kinds = (name: string): Set<string> => new Set(change(name).findings.map((f) => f.kind));

test('every package was downloaded, verified and reviewed', () => {
  expect(report.errors).toEqual([]);
  expect(report.changes).toHaveLength(Object.keys(INCIDENTS).length + 2);
  expect(report.verdict).toBe('fail');
});

test('eslint-scope-like: ~/.npmrc read and sent over http is critical', () => {
  expect(change('scope-like').worst).toBe('critical');
  expect(kinds('scope-like')).toEqual(new Set(['fs-sensitive', 'network', 'eval']));
});

test('ua-parser-js-like: a new preinstall that downloads and runs a binary', () => {
  expect(kinds('ua-like')).toEqual(new Set(['install-script', 'binary', 'network', 'shell']));
  const script = change('ua-like').findings.find((f) => f.kind === 'install-script')!;
  expect(script).toMatchObject({ file: 'package.json', evidence: expect.stringContaining('preinstall') });
});

test('node-ipc-like and chalk-like: network hooks and hidden hosts are reported with file and line', () => {
  for (const name of ['ipc-like', 'chalk-like']) {
    for (const finding of change(name).findings) {
      expect(finding.file).toBeTruthy();
      expect(finding.line).toBeGreaterThan(0);
      expect(finding.url).toContain(`/package/${name}/v/`);
    }
  }
  expect(kinds('chalk-like')).toEqual(new Set(['network', 'obfuscation']));
});

test('Shai-Hulud-like: install script, env harvest, token read and exfiltration are all critical or high', () => {
  expect(change('worm-like').worst).toBe('critical');
  for (const kind of ['install-script', 'env', 'fs-sensitive', 'network', 'shell']) expect(kinds('worm-like').has(kind)).toBe(true);
});

test('event-stream-like: a new publisher adds a dependency whose code compiles a decoded payload', () => {
  expect(kinds('stream-like')).toEqual(new Set(['maintainer-change', 'new-dependency']));
  expect(change('flatmap-like')).toMatchObject({ type: 'added', direct: false });
  expect(change('flatmap-like').worst).toBe('critical');
  expect(kinds('flatmap-like').has('eval')).toBe(true);
});

test('the look-alike package stays silent', () => {
  expect(change('quiet-like').findings).toEqual([]);
  expect(change('quiet-like').worst).toBeNull();
});

test('the rendered comment stays within budget and keeps package text inert', () => {
  const body = renderMarkdown(report, { maxChars: 65_000, marker: '<!-- depdiff -->' });
  expect(body.length).toBeLessThanOrEqual(65_000);
  expect((body.match(/<details>/g) ?? []).length).toBe((body.match(/<\/details>/g) ?? []).length);
  expect(body).toContain('scope\\-like');
});
