/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { mapShapesPlugin } from './scripts/map-shapes/vite-plugin-map-shapes';

// `base: './'` makes the built site work from any folder of any static host.
export default defineConfig({
  base: './',
  plugins: [react(), mapShapesPlugin({ datasets: ['data/kazakhstan-2022-01.json'] })],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
    css: false,
  },
});
