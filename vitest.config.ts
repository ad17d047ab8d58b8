import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Prints, after the results, one line per suite skipped for want of ../shared or PostgreSQL.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // PGlite instances are memory-hungry; keep workers few on 2-core machines.
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    pool: 'forks',
    // In CI, also write machine-readable results so .ci/run can print a plain closing line.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'test-artifacts/vitest-results.json' }]]
      : ['default'],
  },
});
