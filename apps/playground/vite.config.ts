import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the API: the page at /graphql, its assets under /playground/.
export default defineConfig({
  base: '/playground/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 6000 },
  worker: { format: 'es' },
});
