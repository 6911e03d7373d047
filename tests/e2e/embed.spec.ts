import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { E2E_APP_PORT, EMBED_HOST_PORT, LIAR_HEIGHT } from './embedHost';

/** The embed journeys: the app in an iframe of an article on another site, with embed.js. */

const APP = `http://127.0.0.1:${E2E_APP_PORT}/`;
const HOST = `http://127.0.0.1:${EMBED_HOST_PORT}/`;
const dataset = JSON.parse(readFileSync('data/kazakhstan-2022-01.json', 'utf8')) as {
  events: { id: string; title: string }[];
};
const titleOf = (id: string) => dataset.events.find((e) => e.id === id)?.title ?? id;
const STORMED = 'almaty-mayors-office-stormed';
/** How far the frame's height may be from its content's: rounding up to whole pixels. */
const HEIGHT_TOLERANCE_PX = 3;

async function openArticle(page: Page, frameQuery: string): Promise<void> {
  await page.goto(`${HOST}article.html?frame=${encodeURIComponent(frameQuery)}`);
}

/** The frame `id` on the host page: to find things in, and its window's address. */
function embedFrame(page: Page, id: string) {
  const element = page.locator(`#${id}`);
  const content = element.contentFrame();
  return {
    element,
    content,
    /** The frame element's height on the host page. */
    height: () => element.evaluate((e) => Math.round(e.getBoundingClientRect().height)),
    /** The height of the embed's content, inside the frame. */
    contentHeight: () =>
      content.locator('.embed').evaluate((e) => Math.round(e.getBoundingClientRect().height)),
    url: async () => (await (await element.elementHandle())?.contentFrame())?.url() ?? '',
  };
}

/** Waits until the frame's height on the host page is its content's, and returns it. */
async function expectFitted(frame: ReturnType<typeof embedFrame>): Promise<number> {
  await expect
    .poll(async () => Math.abs((await frame.height()) - (await frame.contentHeight())))
    .toBeLessThanOrEqual(HEIGHT_TOLERANCE_PX);
  return frame.height();
}

test.describe('embedded in an article on another site', () => {
  test('the frame fits its content, and follows it as an event closes and opens', async ({
    page,
  }) => {
    await openArticle(page, `event=${STORMED}&embed=1`);
    const frame = embedFrame(page, 'visible');
    const detail = frame.content.getByRole('region', { name: 'Event details' });
    await expect(detail.getByRole('heading', { level: 2, name: titleOf(STORMED) })).toBeVisible();
    // The embed view: the story's title, no masthead or dataset opener, "Open in full view".
    await expect(frame.content.getByRole('heading', { level: 1 })).toHaveText(
      'Unrest in Kazakhstan, January 2022',
    );
    await expect(frame.content.getByRole('button', { name: 'Open a dataset' })).toHaveCount(0);
    const withEvent = await expectFitted(frame);
    expect(withEvent).not.toBe(575);

    // Escape closes the detail inside the frame; focus stays in the frame, on the event's mark.
    await detail.getByRole('heading', { level: 2 }).click();
    await page.keyboard.press('Escape');
    await expect(detail).toHaveCount(0);
    await expect(frame.content.locator(`.timeline [data-event-id="${STORMED}"]`)).toBeFocused();
    const closed = await expectFitted(frame);
    expect(closed).toBeLessThan(withEvent - 100);
    expect(await frame.url()).toBe(`${APP}?embed=1`);

    // Opening an event updates the frame's own address and its height.
    await frame.content.locator('.timeline [data-event-id="protests-begin"]').click();
    await expect(
      detail.getByRole('heading', { level: 2, name: titleOf('protests-begin') }),
    ).toBeFocused();
    expect(await expectFitted(frame)).toBeGreaterThan(closed + 100);
    expect(await frame.url()).toBe(`${APP}?event=protests-begin&embed=1`);
    // The article's own address never changes.
    expect(page.url()).toContain('/article.html');
  });

  test('"Open in full view" and "Share" give the view the reader sees, without embed', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP });
    await context.grantPermissions(['clipboard-read'], { origin: HOST });
    await openArticle(page, `event=${STORMED}&lanes=category&embed=1`);
    const frame = embedFrame(page, 'visible');
    const full = frame.content.getByRole('link', { name: /^Open in full view/ });
    await expect(full).toHaveAttribute('href', `${APP}?event=${STORMED}&lanes=category`);
    await expect(full).toHaveAttribute('target', '_blank');

    await frame.content.getByRole('button', { name: 'Share link' }).click();
    const status = frame.content.getByRole('status').filter({ hasText: /copied|The link is/ });
    await expect(status).toBeVisible();
    // Where the frame may not write the clipboard, it shows the link; else the article reads it.
    const said = (await status.textContent()) ?? '';
    const shared = said.includes('The link is: ')
      ? said.slice(said.indexOf('The link is: ') + 'The link is: '.length)
      : await page.evaluate(() => navigator.clipboard.readText());
    expect(shared).toBe(`${APP}share/${STORMED}.html?lanes=category`);
  });

  test('a frame started in a closed <details> lays out when it is opened', async ({ page }) => {
    await openArticle(page, 'embed=1');
    const hidden = embedFrame(page, 'hidden');
    await expect(hidden.content.getByRole('region', { name: 'Timeline chart' })).toBeAttached();
    await page.getByText('The whole timeline').click();
    await expect(hidden.content.getByRole('region', { name: 'Timeline chart' })).toBeVisible();
    await expectFitted(hidden);
    // The timeline is drawn at the frame's width, not at a width guessed while hidden.
    await expect
      .poll(() =>
        hidden.content.getByRole('region', { name: 'Timeline chart' }).evaluate((viewport) => {
          const svg = viewport.querySelector('svg');
          return svg ? Math.abs(svg.getBoundingClientRect().width - viewport.clientWidth) : -1;
        }),
      )
      .toBeLessThanOrEqual(1);
    const frameWidth = await hidden.element.evaluate((e) => e.getBoundingClientRect().width);
    const chartWidth = await hidden.content
      .getByRole('region', { name: 'Timeline chart' })
      .evaluate((e) => e.clientWidth);
    expect(chartWidth).toBeGreaterThan(frameWidth * 0.8);
    expect(chartWidth).toBeLessThanOrEqual(frameWidth);
  });

  test('embed.js ignores size messages from anyone but the frame’s own site', async ({ page }) => {
    await openArticle(page, `event=${STORMED}&embed=1`);
    const frame = embedFrame(page, 'visible');
    const fitted = await expectFitted(frame);
    const heard = () =>
      page.evaluate(
        (height) =>
          (window as unknown as { heard: { origin: string; data: { height?: number } }[] }).heard
            .filter((m) => m.data?.height === height)
            .map((m) => m.origin),
        LIAR_HEIGHT,
      );

    // The article page itself claims a height for the frame.
    await page.evaluate(
      (height) => window.postMessage({ type: 'chronicle:embed-size', version: 1, height }, '*'),
      LIAR_HEIGHT,
    );
    // The frame's window, navigated to a page of another site, claims one.
    await page.evaluate((address) => {
      const element = document.getElementById('visible');
      if (element instanceof HTMLIFrameElement && element.contentWindow) {
        element.contentWindow.location.href = address;
      }
    }, `${HOST}liar.html`);
    await expect.poll(heard).toEqual([HOST.slice(0, -1), HOST.slice(0, -1)]);
    expect(await frame.height()).toBe(fitted);
  });

  for (const viewport of [
    { name: 'phone', width: 375, height: 812 },
    { name: 'desktop', width: 1440, height: 900 },
  ]) {
    test(`axe finds nothing inside the frame (${viewport.name})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await openArticle(page, `event=${STORMED}&embed=1`);
      const frame = embedFrame(page, 'visible');
      await expect(
        frame.content.getByRole('heading', { level: 2, name: titleOf(STORMED) }),
      ).toBeVisible();
      await expectFitted(frame);
      await expectNoAxeViolations(page);
    });
  }
});
