import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { FOREIGN_TITLE, HOSTILE_DATA_PORT } from './hostileData';
import { openTimeline } from './page';

const bundled = JSON.parse(readFileSync('data/kazakhstan-2022-01.json', 'utf8')) as {
  title: string;
  locations: { id: string; coordinates: [number, number] }[];
};

/**
 * Records every Content-Security-Policy (and Trusted Types) violation the page reports, every
 * console error and every uncaught error, from the first script on.
 */
async function watchForViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation: (t: string) => void })
        .reportViolation;
      report(`CSP ${event.effectiveDirective}: ${event.blockedURI} (${event.sourceFile})`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') seen.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => seen.push(`error: ${error.message}`));
  return seen;
}

test.describe('under the page’s own Content-Security-Policy', () => {
  test('the built page carries the policy, with Trusted Types', async ({ page }) => {
    await page.goto('./');
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("require-trusted-types-for 'script'");
  });

  test('the main journeys run with no violation and no console error', async ({ page }) => {
    test.slow();
    const seen = await watchForViolations(page);

    // The bundled story: the timeline, an event, a filter, the map.
    await openTimeline(page);
    await page
      .getByRole('region', { name: /^Events/ })
      .getByRole('link')
      .first()
      .click();
    await expect(
      page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Category', exact: true }).click();
    await page.getByRole('checkbox').first().check();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('group', { name: 'Map of the places' })).toBeVisible();

    // A dataset from another site, through the worker, after the question.
    await page.goto(
      `./?data=${encodeURIComponent(`http://127.0.0.1:${HOSTILE_DATA_PORT}/foreign.json`)}`,
    );
    await page.getByRole('button', { name: /^Load the timeline from / }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(FOREIGN_TITLE);

    // A file from the computer whose places lie outside the shipped map: the world map chunk.
    await page.getByRole('button', { name: 'Open a dataset' }).click();
    const faraway = {
      ...bundled,
      title: 'Far away',
      locations: bundled.locations.map((l) => ({ ...l, coordinates: [-58.4, -34.6] })),
    };
    await page.locator('input[type=file]').setInputFiles({
      name: 'faraway.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(faraway)),
    });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Far away');
    await expect(page.getByRole('group', { name: 'Map of the places' })).toBeVisible();

    // A problem page, and a load stopped half-way.
    await page.goto('./?data=javascript:alert(1)');
    await expect(page.getByText(/only over http: or https:/)).toBeVisible();
    await page.goto(
      `./?data=${encodeURIComponent(`http://127.0.0.1:${HOSTILE_DATA_PORT}/gate/csp-${Date.now()}.json`)}`,
    );
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Loading stopped');

    expect(seen).toEqual([]);
  });

  test('the embed view, the Embed dialog and a share page run with no violation', async ({
    page,
  }) => {
    const seen = await watchForViolations(page);
    await page.goto('./?event=protests-begin&embed=1&theme=dark');
    await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
    await page.getByRole('button', { name: /^Category/ }).click();
    await page.getByRole('checkbox').first().check();

    await openTimeline(page, 'event=protests-begin');
    await page.getByRole('button', { name: 'Embed' }).click();
    const preview = page.getByRole('dialog').locator('iframe').contentFrame();
    await expect(preview.getByRole('heading', { level: 1 })).toBeVisible();

    // A share page under its own policy: its script takes the reader on to the app.
    await page.goto('./share/protests-begin.html');
    await expect(page).toHaveURL(/\?event=protests-begin$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(seen).toEqual([]);
  });

  test('a violation would be seen: an image from another site is refused and reported', async ({
    page,
  }) => {
    const seen = await watchForViolations(page);
    await openTimeline(page);
    await page.evaluate((port) => {
      const image = document.createElement('img');
      image.src = `http://127.0.0.1:${port}/pixel.png`;
      document.body.append(image);
    }, HOSTILE_DATA_PORT);
    await expect.poll(() => seen.join('\n')).toContain('CSP img-src');
  });
});
