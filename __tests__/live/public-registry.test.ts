// Opt-in (npm run test:live): real Dependabot bumps reviewed against the public npm registry.
// Skipped in `npm test`, which never leaves the machine.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_POLICY } from '../../src/policy/config.js';
import { review } from '../../src/pipeline/review.js';

const live = process.env.DEPDIFF_LIVE ? test : test.skip;
const fixture = (name: string, side: string, file = 'package-lock.json') => readFileSync(join('__tests__/fixtures/lockfiles', name, side, file), 'utf8');

live(
  'a real 7-package Dependabot bump is downloaded, verified and reviewed without errors',
  async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'depdiff-live-'));
    try {
      const report = await review({
        pairs: [{ path: 'package-lock.json', before: fixture('npm-v2-dependabot', 'old'), after: fixture('npm-v2-dependabot', 'new') }],
        policy: DEFAULT_POLICY,
        registry: { cacheDir, npmrcDirs: [] },
      });
      expect(report.changes.length).toBe(7);
      expect(report.errors).toEqual([]);
      const eslintPlugin = report.changes.find((c) => c.name === '@typescript-eslint/eslint-plugin');
      expect(eslintPlugin).toMatchObject({ from: '5.50.0', to: '5.51.0', direct: true });
      // A routine typescript-eslint minor bump does nothing new that is high or critical.
      expect(report.counts.critical + report.counts.high).toBe(0);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  },
  300_000,
);

live.each([
  ['pnpm-v9-renovate', 'pnpm-lock.yaml', 16],
  ['yarn-classic-dev-bump', 'yarn.lock', 47],
  ['bun-text-small', 'bun.lock', 3],
])(
  'a real %s bump (%s) is fetched and reviewed with no errors',
  async (name, file, changes) => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'depdiff-live-'));
    try {
      const report = await review({
        pairs: [{ path: file, before: fixture(name, 'old', file), after: fixture(name, 'new', file) }],
        policy: DEFAULT_POLICY,
        registry: { cacheDir, npmrcDirs: [] },
      });
      expect(report.changes.length).toBe(changes);
      expect(report.errors).toEqual([]);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  },
  300_000,
);
