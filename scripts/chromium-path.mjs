// Where the browser tests find a Chromium: an explicit environment variable first, then the
// usual system locations. Shared by the Playwright config, the benchmark and ensure-chromium.
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = [
  process.env.CHROMIUM_PATH,
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].filter((path) => typeof path === 'string' && path.length > 0);

/** Flags that keep Chromium quiet on a machine with a closed network and no GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The first existing Chromium executable, or undefined. */
export function findChromium() {
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path));
}
