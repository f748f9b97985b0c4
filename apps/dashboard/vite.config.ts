import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  // In development the API runs on :4000; the dashboard proxies GraphQL to it.
  server: { port: 5173, proxy: { '/graphql': 'http://127.0.0.1:4000' } },
  build: { outDir: 'dist', emptyOutDir: true },
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
