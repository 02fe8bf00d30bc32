// The whole pipeline against a private registry that echoes every credential it receives in its
// error answers: neither the configured token nor a wrong one may reach the report (JSON, SARIF,
// Markdown) or the log.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_POLICY } from '../../src/policy/config.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { review } from '../../src/pipeline/review.js';
import { npmLockV3 } from '../helpers/lockfile-writer.js';
import { startTestRegistry, type TestRegistry } from '../helpers/test-registry.js';

const TOKEN = 'right-token-8c1d77e2';
const WRONG = 'wrong-token-41b0a9f3';
let registry: TestRegistry;
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'depdiff-secrets-out-'));
  registry = await startTestRegistry(
    {
      '@corp/lib': {
        versions: {
          '1.0.0': { files: { 'index.js': 'module.exports = 1;\n' } },
          '1.0.1': { files: { 'index.js': 'module.exports = 2;\n' } },
        },
      },
    },
    { token: TOKEN },
  );
});

afterAll(async () => {
  await registry.close();
  await rm(work, { recursive: true, force: true });
});

async function reviewWith(token: string) {
  const project = await mkdtemp(join(work, 'project-'));
  await writeFile(join(project, '.npmrc'), `@corp:registry=${registry.url}\n//127.0.0.1:${new URL(registry.url).port}/:_authToken=${token}\n`);
  const logs: string[] = [];
  const pair = {
    path: 'package-lock.json',
    before: npmLockV3(registry, [{ name: '@corp/lib', version: '1.0.0' }]),
    after: npmLockV3(registry, [{ name: '@corp/lib', version: '1.0.1' }]),
  };
  const report = await review({
    pairs: [pair],
    policy: DEFAULT_POLICY,
    registry: { registry: registry.url, npmrcDirs: [project], cacheDir: await mkdtemp(join(work, 'cache-')), userConfig: null, env: {}, retries: 0 },
    log: (message) => logs.push(message),
  });
  return { report, outputs: [renderJson(report), renderSarif(report), renderMarkdown(report), logs.join('\n')] };
}

test('a wrong token echoed by every refusal reaches no report and no log', async () => {
  const { report, outputs } = await reviewWith(WRONG);
  expect(registry.requests.some((r) => r.headers.authorization === `Bearer ${WRONG}`)).toBe(true);
  expect(report.errors.length).toBeGreaterThan(0);
  expect(report.errors.map((e) => e.message).join('\n')).toContain('received authorization');
  for (const output of outputs) expect(output).not.toContain(WRONG);
});

test('the right token echoed by server errors (tarballs, advisories) reaches no report and no log', async () => {
  registry.failNext('/@corp/lib/-/', 500, 10);
  registry.failNext('/-/npm/v1/security', 500, 10);
  const { report, outputs } = await reviewWith(TOKEN);
  expect(report.errors.map((e) => e.message).join('\n')).toContain('received authorization');
  expect(JSON.stringify(report)).toContain('advisory endpoint failed');
  for (const output of outputs) expect(output).not.toContain(TOKEN);
});
