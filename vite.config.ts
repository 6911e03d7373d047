/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { mapShapesPlugin } from './scripts/map-shapes/vite-plugin-map-shapes';
import { docsPlugin } from './scripts/vite-plugin-docs';

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
    mapShapesPlugin({ datasets: ['data/kazakhstan-2022-01.json'] }),
    docsPlugin(),
  ],
  // The dataset worker is started as a module (`new Worker(url, { type: 'module' })`).
  worker: { format: 'es' },
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
