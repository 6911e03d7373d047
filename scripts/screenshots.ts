/**
 * Takes the README's screenshots of the production build: phone (375×812) and desktop (1440×900),
 * light and dark, with an event open, and the embed in an article column at a phone's and an
 * article's width (on the embed tests' news site, tests/e2e/serveEmbedHost.ts, with embed.js).
 * Run `npm run build` first; `npm run screenshots` serves dist/ on SCREENSHOT_PORT (default 4179)
 * and the news site three ports above.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.mjs';

/** The preview server's port; SCREENSHOT_PORT overrides it (each engineer has a port of their own). */
const PORT = Number(process.env.SCREENSHOT_PORT ?? 4179);
/** The news site of serveEmbedHost.ts, three ports above the app (tests/e2e/ports.ts). */
const HOST_PORT = PORT + 3;
const OUT = 'docs/screenshots';

interface Shot {
  name: string;
  width: number;
  height: number;
  scheme: 'light' | 'dark';
  query: string;
  fullPage?: boolean;
  /** A selector to scroll to the top of the viewport before the shot. */
  scrollTo?: string;
  /** A selector to bring into view inside whatever scrolls it (the detail panel), before the shot. */
  reveal?: string;
  /** A button (by its accessible name) to press before the shot. */
  press?: string;
  /** The embed view of `query` in an article column this wide; the shot is of the column. */
  embedIn?: number;
}

const args = process.argv.slice(2);
const only = args.length > 0 ? new Set(args) : null;

const shots: Shot[] = [
  {
    name: 'desktop-light',
    width: 1440,
    height: 900,
    scheme: 'light',
    query: 'event=almaty-restore-order-operation',
  },
  { name: 'desktop-dark', width: 1440, height: 900, scheme: 'dark', query: 'event=injured-so-far' },
  {
    name: 'wide-light',
    width: 1920,
    height: 1080,
    scheme: 'light',
    query: 'event=taldykorgan-nazarbayev-statue',
  },
  { name: 'wide-dark', width: 1920, height: 1080, scheme: 'dark', query: '' },
  {
    name: 'widest-light',
    width: 2560,
    height: 1440,
    scheme: 'light',
    query: 'event=independence-from-soviet-union',
  },
  {
    name: 'widest-dark',
    width: 2560,
    height: 1440,
    scheme: 'dark',
    query: 'event=death-toll-so-far',
  },
  { name: 'phone-light', width: 375, height: 812, scheme: 'light', query: '' },
  {
    name: 'phone-dark',
    width: 375,
    height: 812,
    scheme: 'dark',
    query: 'event=almaty-restore-order-operation',
  },
  // The interface in Norwegian, and the pseudo-locale right to left (docs/i18n.md).
  {
    name: 'nb-desktop-light',
    width: 1440,
    height: 900,
    scheme: 'light',
    query: 'lang=nb&event=almaty-restore-order-operation',
  },
  { name: 'nb-desktop-dark', width: 1440, height: 900, scheme: 'dark', query: 'lang=nb' },
  { name: 'nb-phone-light', width: 375, height: 812, scheme: 'light', query: 'lang=nb' },
  {
    name: 'nb-phone-dark',
    width: 375,
    height: 812,
    scheme: 'dark',
    query: 'lang=nb&event=death-toll-so-far',
  },
  {
    name: 'pseudo-rtl-desktop-light',
    width: 1440,
    height: 900,
    scheme: 'light',
    query: 'lang=pseudo&dir=rtl&event=injured-so-far',
  },
  {
    name: 'pseudo-rtl-phone-dark',
    width: 375,
    height: 812,
    scheme: 'dark',
    query: 'lang=pseudo&dir=rtl&event=almaty-restore-order-operation',
  },
  {
    name: 'desktop-lanes-light',
    width: 1440,
    height: 900,
    scheme: 'light',
    query: 'lanes=category',
  },
  {
    name: 'map-desktop-light',
    width: 1440,
    height: 900,
    scheme: 'light',
    query: 'event=taldykorgan-nazarbayev-statue',
    scrollTo: '.stage',
  },
  {
    name: 'map-desktop-dark',
    width: 1440,
    height: 900,
    scheme: 'dark',
    query: 'mapSize=casualties',
    scrollTo: '.stage',
  },
  {
    name: 'map-phone-light',
    width: 375,
    height: 812,
    scheme: 'light',
    query: '',
    scrollTo: '.map-panel',
  },
  {
    name: 'map-phone-dark',
    width: 375,
    height: 812,
    scheme: 'dark',
    query: 'location=almaty',
    scrollTo: '.map-panel',
  },
  // Later reporting (issue 11): the two accounts, a reporting date, the sources, a figure's history.
  { name: 'reporting-article-desktop-light', width: 1440, height: 900, scheme: 'light', query: '' },
  {
    name: 'reporting-later-desktop-light',
    width: 1440,
    height: 900,
    scheme: 'light',
    query: 'account=later-reporting&event=lpg-price-cap-rise',
  },
  {
    name: 'reporting-later-desktop-dark',
    width: 1440,
    height: 900,
    scheme: 'dark',
    query: 'account=later-reporting&known=2022-01-09&event=toll-of-164-posted-and-withdrawn',
  },
  {
    name: 'reporting-article-phone-light',
    width: 375,
    height: 812,
    scheme: 'light',
    query: '',
  },
  {
    name: 'reporting-later-phone-dark',
    width: 375,
    height: 812,
    scheme: 'dark',
    query: 'account=later-reporting&known=2022-01-06',
  },
  {
    name: 'figure-history-desktop-light',
    width: 1440,
    height: 900,
    scheme: 'light',
    query: 'account=later-reporting&event=death-toll-so-far',
    reveal: '#detail-casualties',
  },
  {
    name: 'figure-history-desktop-dark',
    width: 1440,
    height: 900,
    scheme: 'dark',
    query: 'account=later-reporting&known=2022-01-15',
    press: 'Show the revisions',
  },
  {
    name: 'figure-history-phone-light',
    width: 375,
    height: 812,
    scheme: 'light',
    query: 'account=later-reporting&known=2022-01-15',
    press: 'Show the revisions',
    scrollTo: '.reporting__figures',
  },
  {
    name: 'figure-history-phone-dark',
    width: 375,
    height: 812,
    scheme: 'dark',
    query: 'account=later-reporting&event=death-toll-so-far',
    reveal: '#detail-casualties',
  },
  {
    name: 'sources-desktop-light',
    width: 1440,
    height: 900,
    scheme: 'light',
    query: 'account=later-reporting&sourceList=1',
    scrollTo: '#source-list',
  },
  {
    name: 'sources-phone-dark',
    width: 375,
    height: 812,
    scheme: 'dark',
    query: 'account=later-reporting&sourceList=1',
    scrollTo: '#source-list',
  },
  {
    name: 'embed-phone',
    width: 375,
    height: 812,
    scheme: 'light',
    query: 'event=almaty-mayors-office-stormed&embed=1',
    embedIn: 375,
  },
  {
    name: 'embed-article',
    width: 1024,
    height: 900,
    scheme: 'light',
    query: 'event=death-toll-so-far&embed=1',
    embedIn: 680,
  },
  {
    name: 'embed-article-dark',
    width: 1024,
    height: 900,
    scheme: 'light',
    query: 'category=violence&embed=1&theme=dark',
    embedIn: 680,
  },
];

/** Opens the embed view of `shot` in the news site's column and waits until embed.js has fitted it. */
async function openEmbed(page: Page, shot: Shot): Promise<void> {
  const frame = `http://127.0.0.1:${HOST_PORT}/plain.html?width=${shot.embedIn ?? 640}&frame=${encodeURIComponent(shot.query)}`;
  await page.goto(frame);
  const content = page.locator('#visible').contentFrame();
  await content.locator('.timeline__viewport').waitFor();
  for (let i = 0; i < 100; i++) {
    const outer = await page.locator('#visible').evaluate((e) => e.getBoundingClientRect().height);
    const inner = await content.locator('.embed').evaluate((e) => e.getBoundingClientRect().height);
    if (Math.abs(outer - inner) <= 3) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`the embed of ${shot.name} was not fitted to its content`);
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server at ${url} did not start`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  const host = spawn('npx', ['tsx', 'tests/e2e/serveEmbedHost.ts'], {
    stdio: 'ignore',
    detached: true,
    env: { ...process.env, E2E_PORT: String(PORT) },
  });
  try {
    await waitForServer(`http://127.0.0.1:${PORT}/`);
    await waitForServer(`http://127.0.0.1:${HOST_PORT}/`);
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    for (const shot of shots) {
      if (only && !only.has(shot.name)) continue;
      const page = await browser.newPage({
        viewport: { width: shot.width, height: shot.height },
        deviceScaleFactor: shot.width < 500 ? 2 : 1,
        colorScheme: shot.scheme,
        timezoneId: 'UTC',
        locale: 'en-GB',
      });
      if (shot.embedIn !== undefined) {
        await openEmbed(page, shot);
        await page.waitForTimeout(300);
        await page.locator('main').screenshot({ path: `${OUT}/${shot.name}.png` });
        console.log(`wrote ${OUT}/${shot.name}.png`);
        await page.close();
        continue;
      }
      await page.goto(`http://127.0.0.1:${PORT}/${shot.query ? `?${shot.query}` : ''}`);
      // By class, not by name: the chart's name is in the page's language.
      await page.locator('.timeline__viewport').waitFor();
      if (shot.press) await page.getByRole('button', { name: shot.press }).click();
      if (shot.reveal) {
        await page.locator(shot.reveal).evaluate((element) => element.scrollIntoView());
      }
      if (shot.scrollTo) {
        await page.locator(shot.scrollTo).evaluate((element) => {
          window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 8);
        });
      }
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${OUT}/${shot.name}.png`, fullPage: shot.fullPage ?? false });
      console.log(`wrote ${OUT}/${shot.name}.png`);
      await page.close();
    }
    await browser.close();
  } finally {
    if (server.pid) process.kill(-server.pid);
    if (host.pid) process.kill(-host.pid);
  }
}

await main();
