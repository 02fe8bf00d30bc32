// ESM + TypeScript: esbuild strips the types (scripts/jest-transform.cjs); tsc type-checks separately.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': '<rootDir>/scripts/jest-transform.cjs' },
  testMatch: ['**/__tests__/**/*.test.ts'],
  // .stryker-tmp: the sandbox copies of a mutation run in progress (npm run test:mutation).
  testPathIgnorePatterns: ['/node_modules/', '/fixtures/', '<rootDir>/.stryker-tmp/'],
  // Fixture packages carry package.json files with equal names (old/ and new/ of one package): not modules.
  modulePathIgnorePatterns: ['<rootDir>/__tests__/fixtures/packages/', '<rootDir>/.stryker-tmp/'],
  // Every core: jest's default (cores - 1) leaves one of the two CI cores idle.
  maxWorkers: '100%',
  testTimeout: 60000,
};
