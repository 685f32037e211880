import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Absolute paths, so the config works wherever it is loaded from: `vite --config client/vite.config.ts`
// at the repository root, or the server's `vite.build({ configFile: 'client/vite.config.ts' })`.
const clientRoot = fileURLToPath(new URL('.', import.meta.url));
const clientOutDir = fileURLToPath(new URL('./dist', import.meta.url));

const apiTarget = `http://localhost:${process.env.PORT ?? 4000}`;

export default defineConfig({
  root: clientRoot,
  plugins: [react()],
  build: {
    outDir: clientOutDir,
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the console, so their chunks stay cached across releases.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/,
            },
            {
              name: 'apollo',
              test: /node_modules[\\/](@apollo|@wry|graphql|optimism|rxjs|tslib)[\\/]/,
            },
          ],
        },
      },
    },
  },
  // The API, and the files it serves (exports, report attachments), from the dev server's origin.
  server: {
    proxy: {
      '/graphql': { target: apiTarget, ws: true },
      '/exports': { target: apiTarget },
      '/files': { target: apiTarget },
    },
  },
  preview: {
    proxy: {
      '/graphql': { target: apiTarget, ws: true },
      '/exports': { target: apiTarget },
      '/files': { target: apiTarget },
    },
  },
});
