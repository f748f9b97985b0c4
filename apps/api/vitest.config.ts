import { defineConfig } from 'vitest/config';

export default defineConfig({
  // type-graphql loads graphql's CommonJS build; make test files use the same copy, not the .mjs one.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['test/**/*.test.ts'],
    // Each file gets its own databases; files run one at a time to stay gentle on a 2-core machine.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
