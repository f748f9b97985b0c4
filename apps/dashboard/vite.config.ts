import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { PAGE_PATHS } from './src/pages';

export default defineConfig({
  plugins: [
    react(),
    {
      // The page list for the server (HTTP 404 for any other path): see src/pages.ts.
      name: 'vertailu-pages',
      generateBundle() {
        this.emitFile({ type: 'asset', fileName: 'pages.json', source: JSON.stringify(PAGE_PATHS) });
      },
    },
  ],
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
