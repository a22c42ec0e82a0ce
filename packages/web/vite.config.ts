/**
 * The web app's build: React, one chunk per portal and console (React.lazy routes), the output in dist/ that
 * the server serves at /. `npm run dev -w packages/web` proxies /api to a server on :8080.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500, reportCompressedSize: true },
  server: { proxy: { '/api': 'http://localhost:8080' } },
});
