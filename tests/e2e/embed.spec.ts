import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { E2E_APP_PORT, EMBED_HOST_PORT, LIAR_HEIGHT } from './embedHost';
import { timelineMark } from './page';
import { titleOf } from './story';

/** The embed journeys: the app in an iframe of an article on another site, with embed.js. */

const APP = `http://127.0.0.1:${E2E_APP_PORT}/`;
const HOST = `http://127.0.0.1:${EMBED_HOST_PORT}/`;
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
    await expect(timelineMark(frame.content, STORMED)).toBeFocused();
    const closed = await expectFitted(frame);
    expect(closed).toBeLessThan(withEvent - 100);
    expect(await frame.url()).toBe(`${APP}?embed=1`);

    // Opening an event updates the frame's own address and its height.
    await timelineMark(frame.content, 'protests-begin').click();
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

test.describe('the embed view on its own', () => {
  test('every other key of the link works in it: a filter, and the theme the host asks for', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('./?category=violence&embed=1&theme=dark');
    await expect(page.getByRole('status').filter({ hasText: /of 27 events/ })).toHaveText(
      '6 of 27 events',
    );
    await expect(page.getByRole('button', { name: /^Category/ })).toContainText('1');
    const paper = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await paper()).toBe('rgb(18, 19, 22)');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('./?embed=1&theme=light');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await paper()).toBe('rgb(251, 250, 247)');
  });

  test('changes replace the frame’s history entry, so the article’s Back button leaves it', async ({
    page,
  }) => {
    await page.goto('./?embed=1');
    await expect(page.getByRole('region', { name: 'Timeline chart' })).toBeVisible();
    const before = await page.evaluate(() => history.length);
    await timelineMark(page, 'protests-begin').click();
    await expect(page).toHaveURL(/\?event=protests-begin&embed=1$/);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/\?embed=1$/);
    expect(await page.evaluate(() => history.length)).toBe(before);
  });
});

test.describe('the Embed dialog of the full view', () => {
  test('gives the code for the current view, with a height preset and a live preview', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./?event=protests-begin&lanes=category');
    const detail = page.getByRole('complementary', { name: 'Event details' });
    await expect(detail.getByRole('heading', { level: 2 })).toHaveText(titleOf('protests-begin'));
    const button = page.getByRole('button', { name: 'Embed' });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    await expect(dialog).toBeVisible();
    const code = dialog.getByRole('textbox', { name: 'Code' });
    await expect(code).toHaveValue(
      `<iframe src="${APP}?event=protests-begin&amp;lanes=category&amp;embed=1" title="Unrest in Kazakhstan, January 2022: interactive timeline" width="100%" height="575" style="width: 100%; border: 0;" loading="lazy" allow="clipboard-write; web-share"></iframe>\n<script src="${APP}embed.js" async></script>`,
    );

    // The live preview is the embed of the same view, fitted to its content as embed.js would.
    const preview = dialog.locator('iframe');
    const inside = preview.contentFrame();
    await expect(
      inside.getByRole('heading', { level: 2, name: titleOf('protests-begin') }),
    ).toBeVisible();
    const previewHeight = () =>
      preview.evaluate((e) => Math.round(e.getBoundingClientRect().height));
    const contentHeight = () =>
      inside.locator('.embed').evaluate((e) => Math.round(e.getBoundingClientRect().height));
    await expect
      .poll(async () => Math.abs((await previewHeight()) - (await contentHeight())))
      .toBeLessThanOrEqual(HEIGHT_TOLERANCE_PX);

    // A fixed height needs no script; a theme goes into the frame's address.
    await dialog.getByRole('radio', { name: '400 px, scrolls inside' }).check();
    await expect(code).toHaveValue(/height="400"/);
    await expect(code).not.toHaveValue(/<script/);
    await expect.poll(previewHeight).toBe(400);
    await dialog.getByRole('combobox', { name: 'Colours' }).selectOption('dark');
    await expect(code).toHaveValue(/lanes=category&amp;embed=1&amp;theme=dark"/);
    await dialog.getByRole('radio', { name: 'Phone, 375 px' }).check();
    await expect.poll(() => preview.evaluate((e) => e.getBoundingClientRect().width)).toBe(375);

    await dialog.getByRole('button', { name: 'Copy code' }).click();
    await expect(dialog.getByText('Code copied to the clipboard.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());

    // The preview is the embed view, scanned on its own above.
    await expectNoAxeViolations(page, { exclude: '.embed-dialog__preview' });

    // Escape closes the dialog alone: focus goes back to the button, the event stays open.
    await code.focus();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(button).toBeFocused();
    await expect(detail.getByRole('heading', { level: 2 })).toHaveText(titleOf('protests-begin'));
  });
});
