import react from '@vitejs/plugin-react';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'src/web');

/**
 * The staff web app (src/web), built into dist/web and served by the API server at `/`.
 * `npm start` builds it when its sources changed (scripts/build-web.mjs). In development,
 * `npm run dev:web` serves it with hot reload and proxies /api to a running `npm start`.
 */
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // Read by scripts/web-size.mjs to measure what each page loads.
    manifest: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      input: {
        main: path.join(web, 'index.html'),
        // The public site's map over tiles (public-site module), loaded only by its pages.
        'site-map': path.join(web, 'site/map.ts'),
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
