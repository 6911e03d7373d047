/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { mapShapesPlugin } from './scripts/map-shapes/vite-plugin-map-shapes.ts';
import { catalogsPlugin } from './scripts/vite-plugin-catalogs.ts';
import { docsPlugin } from './scripts/vite-plugin-docs.ts';
import { publishPlugin } from './scripts/vite-plugin-publish.ts';

/** The story bundled with the app (src/app/useDataset.ts imports the same file). */
const BUNDLED_DATASET = 'data/kazakhstan-2022-01.json';

/**
 * The page's Content-Security-Policy (the meta tag in index.html) is for the built site. Vite's dev
 * server injects inline scripts and styles (React Refresh, hot CSS), so `npm run dev` drops it.
 */
const devServerWithoutCsp: Plugin = {
  name: 'chronicle:dev-server-without-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
};

// `base: './'` makes the built site work from any folder of any static host.
export default defineConfig({
  base: './',
  plugins: [
    devServerWithoutCsp,
    react(),
    catalogsPlugin(),
    mapShapesPlugin({ datasets: [BUNDLED_DATASET] }),
    docsPlugin(),
    publishPlugin({ dataset: BUNDLED_DATASET }),
  ],
  // The dataset worker is started as a module (`new Worker(url, { type: 'module' })`); it writes
  // validation messages in the reader's language, so it reads the catalogs too.
  worker: { format: 'es', plugins: () => [catalogsPlugin()] },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
    css: false,
    // Generous for a shared 2-core machine; the suite's own speed is measured, not asserted.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
