import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium-path.mjs';
import {
  E2E_APP_PORT,
  EMBED_HOST_PORT,
  HOSTILE_DATA_PORT,
  SCALE_DATA_PORT,
} from './tests/e2e/ports';

const port = E2E_APP_PORT;

/** Browser tests run against the production build, served by `vite preview`. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: 'list',
  // Per journey: 45 s, and 15 s for each expectation to come true, on a shared 2-core machine.
  // Slower journeys add their own: each axe scan a minute (axe.ts), the 100,000-event tests
  // minutes (scale.spec.ts), `test.slow()` where a test streams 100 MB.
  timeout: 45_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    timezoneId: 'UTC',
    locale: 'en-GB',
    trace: 'off',
    launchOptions: {
      // When no system Chromium exists, Playwright's own download (if installed) is used.
      executablePath: findChromium(),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${port}/`,
      // Never test whatever else happens to listen there (a stale `npm run preview`, another checkout).
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The generated 100,000-event dataset for tests/e2e/scale.spec.ts, served cross-origin.
      command: 'npx tsx tests/e2e/serveScaleData.ts',
      url: `http://127.0.0.1:${SCALE_DATA_PORT}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      // Stalled, trickling, huge and foreign datasets for tests/e2e/loading.spec.ts, cross-origin.
      command: 'npx tsx tests/e2e/serveHostileData.ts',
      url: `http://127.0.0.1:${HOSTILE_DATA_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // A news site on another origin whose articles embed the app (tests/e2e/embed.spec.ts).
      command: 'npx tsx tests/e2e/serveEmbedHost.ts',
      url: `http://127.0.0.1:${EMBED_HOST_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
