// Mutation testing (opt-in: `npm run test:mutation`; not part of `npm test` or .ci/run). See docs/testing.md.
// Jest runs our ES modules through the esbuild transform with --experimental-vm-modules, so the test runner's
// node gets that flag too. The tests that judge a mutant must import the mutated source: the Action's end-to-end
// test and the CLI's first-contact tests (__tests__/cli/cli.test.ts) run the bundled dist/, which Stryker never
// mutates, so they are left out (a mutant they would "kill" is a build artefact, not a test result). The other
// CLI tests run src/cli/run.ts in process and judge mutants like any unit test.
// The modules that protect users (issue 9), in groups with the unit tests that judge them. Without a group, every
// module is mutated and jest picks the related tests of each (slow: hours on two cores). With
// MUTATION_GROUP=<name>, one group runs against its own test files only: a narrowed set that fits a shared machine.
// A group whose tests start no analysis workers gets a shorter timeout (`timeoutMS`): a mutant that hangs, such as
// a stream that never ends, then costs 15 s instead of a minute.
const GROUPS = {
  tarball: { mutate: ['src/tarball/*.ts'], tests: ['__tests__/tarball/'], timeoutMS: 15000 },
  registry: {
    mutate: [
      'src/registry/credential-guard-agent.ts',
      'src/registry/credential-origins.ts',
      'src/registry/fetch-errors.ts',
      'src/registry/integrity.ts',
      'src/registry/npmrc.ts',
      'src/registry/pacote-options.ts',
      'src/registry/fetch-packument.ts',
    ],
    tests: ['__tests__/registry/'],
    timeoutMS: 15000,
  },
  policy: {
    mutate: ['src/policy/apply.ts', 'src/policy/incomplete.ts', 'src/policy/ignore.ts', 'src/policy/severity.ts'],
    tests: ['__tests__/policy/'],
    timeoutMS: 15000,
  },
  escape: {
    mutate: ['src/report/escape.ts'],
    tests: ['__tests__/report/escape.test.ts', '__tests__/report/escape-edges.test.ts', '__tests__/report/markdown.test.ts'],
    timeoutMS: 15000,
  },
  // comment-identity holds the kills of the first comment run's survivors.
  comment: { mutate: ['src/github/comment.ts'], tests: ['__tests__/github/comment.test.ts', '__tests__/github/comment-identity.test.ts'] },
  sources: {
    mutate: ['src/sources/trusted-config.ts', 'src/sources/git-lockfile-pairs.ts', 'src/sources/run-git.ts', 'src/sources/github-base-lockfiles.ts'],
    // remoteConfigReader (trusted-config.ts) is judged by the remote-config tests under options/.
    tests: ['__tests__/sources/', '__tests__/options/remote-config.test.ts', '__tests__/options/remote-config-edges.test.ts'],
  },
};
const groupName = process.env.MUTATION_GROUP;
if (groupName !== undefined && !(groupName in GROUPS)) {
  throw new Error(`MUTATION_GROUP=${groupName} is not a group; use one of: ${Object.keys(GROUPS).join(', ')}`);
}
const group = groupName === undefined ? undefined : GROUPS[groupName];
/** A test file as itself; a folder as every test file under it. */
const testGlob = (path) => (path.endsWith('.test.ts') ? `<rootDir>/${path}` : `<rootDir>/${path}**/*.test.ts`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  testRunnerNodeArgs: ['--experimental-vm-modules', '--no-warnings'],
  jest: {
    projectType: 'custom',
    configFile: 'jest.config.js',
    // Per mutated file, only the test files that import it (directly or through other sources) run.
    enableFindRelatedTests: true,
    config: {
      testPathIgnorePatterns: ['/node_modules/', '/fixtures/', '/__tests__/cli/cli\\.test\\.ts$', '/__tests__/action/', '/__tests__/live/'],
      ...(group ? { testMatch: group.tests.map(testGlob) } : {}),
    },
  },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  mutate: group?.mutate ?? Object.values(GROUPS).flatMap((g) => g.mutate),
  ignorePatterns: ['dist', '.cache', 'coverage', 'reports', '.stryker-tmp', 'docs'],
  // A 2-core machine shared with other work: two runners, generous timeouts for worker-thread analysis.
  concurrency: 2,
  timeoutMS: group?.timeoutMS ?? 60000,
  timeoutFactor: 2.5,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${groupName ?? 'all'}.html` },
  jsonReporter: { fileName: `reports/mutation/${groupName ?? 'all'}.json` },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
