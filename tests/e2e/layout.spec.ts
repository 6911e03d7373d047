/**
 * The timeline as the hero, at the four sizes readers use: its width, the phone's first screen,
 * gestures that leave the page's scroll alone, the shared-link journey on a phone, events opened
 * at their own scale, and no sideways overflow or axe violation with an event open.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { currentParams, openTimeline, timelineChart, timelineMark } from './page';

const DESKTOPS = [
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
  { width: 2560, height: 1440 },
] as const;
const PHONE = { width: 375, height: 812 } as const;
const YEAR_MS = 365 * 86_400_000;

/** The `window=` of the link, as numbers, or null when the link has none. */
function windowParam(page: Page): [number, number] | null {
  const value = currentParams(page).get('window');
  if (value === null) return null;
  const [a, b] = value.split('~').map((part) => Date.parse(part));
  return a !== undefined && b !== undefined ? [a, b] : null;
}

/** How far the page reaches past the viewport's right edge, in px (0 when nothing overflows). */
async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

for (const size of DESKTOPS) {
  test.describe(`at ${size.width} × ${size.height}`, () => {
    test.use({ viewport: size });

    test('the timeline spans at least 60% of the width, and nothing overflows sideways', async ({
      page,
    }) => {
      await openTimeline(page);
      const box = await timelineChart(page).boundingBox();
      expect(box?.width ?? 0).toBeGreaterThanOrEqual(size.width * 0.6);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    });

    test('with an event open, the rail shows it beside the timeline; axe finds nothing', async ({
      page,
    }) => {
      await openTimeline(page, 'event=death-toll-so-far');
      const detail = page.getByRole('complementary', { name: 'Event details' });
      await expect(detail.getByRole('heading', { level: 2 })).toBeVisible();
      const chart = await timelineChart(page).boundingBox();
      const rail = await detail.boundingBox();
      expect(rail && chart && rail.x >= chart.x + chart.width - 1).toBe(true);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
    });
  });
}

test.describe('gestures at 1440 × 900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('a plain wheel scrolls the page and leaves window= alone; Ctrl + wheel zooms', async ({
    page,
  }) => {
    await openTimeline(page);
    const chart = timelineChart(page);
    // The mouse acts where the chart is on screen: bring its top into view first.
    await chart.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const scrolled = await page.evaluate(() => window.scrollY);
    const box = await chart.boundingBox();
    if (!box) throw new Error('timeline not laid out');
    await page.mouse.move(box.x + box.width / 2, box.y + 100);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled);
    await expect(
      page.getByRole('status').filter({ hasText: /and scroll to zoom, or use/ }),
    ).toBeVisible();
    expect(currentParams(page).get('window')).toBeNull();

    await chart.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const again = await chart.boundingBox();
    if (!again) throw new Error('timeline not laid out');
    await page.mouse.move(again.x + again.width / 2, again.y + 100);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(() => windowParam(page)).not.toBeNull();
  });

  test('opening the 1991 event shows it at a year scale or wider, never a made-up week', async ({
    page,
  }) => {
    await openTimeline(page);
    await page
      .getByRole('region', { name: /^Events/ })
      .getByRole('link', { name: /independence/i })
      .first()
      .click();
    await expect(page).toHaveURL(/event=independence/);
    await expect.poll(() => windowParam(page)).not.toBeNull();
    const [start, end] = windowParam(page) ?? [0, 0];
    expect(end - start).toBeGreaterThanOrEqual(YEAR_MS);
    await expect(timelineMark(page, 'independence-from-soviet-union')).toBeVisible();
  });

  test('at an hour zoom a day-precise event says its time of day is not given, and at a day zoom not', async ({
    page,
  }) => {
    // Wednesday 5 January in Almaty (UTC+6), read to the hour.
    await openTimeline(page, 'window=2022-01-04T18:00Z~2022-01-05T18:00Z');
    const removed = timelineMark(page, 'nazarbayev-removed');
    await expect(removed).toHaveAccessibleName(/\(the time of day is not given\)/);
    await expect(removed).toHaveClass(/mark--coarse/);
    await page.getByRole('button', { name: 'Reset view' }).click();
    await expect(removed).toBeVisible();
    await expect(removed).not.toHaveClass(/mark--coarse/);
    await expect(removed).not.toHaveAccessibleName(/not given/);
  });
});

test.describe('on a 375 × 812 touch phone', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test('the first screen shows the title and the start of the timeline', async ({ page }) => {
    await openTimeline(page);
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
    const box = await timelineChart(page).boundingBox();
    expect(box?.y ?? Infinity).toBeLessThan(PHONE.height);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });

  test('a shared event link opens the sheet over the top of the page; closing returns to the timeline', async ({
    page,
  }) => {
    await openTimeline(page, 'event=nazarbayev-removed');
    const sheet = page.getByRole('complementary', { name: 'Event details' });
    await expect(sheet.getByRole('heading', { level: 2 })).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await sheet.getByRole('button', { name: 'Close event details' }).tap();
    await expect(page).not.toHaveURL(/event=/);
    await expect(sheet).toBeHidden();
    await expect(timelineChart(page)).toBeInViewport();
  });

  test('tapping the backdrop closes the sheet', async ({ page }) => {
    await openTimeline(page, 'event=nazarbayev-removed');
    await expect(page.getByRole('complementary', { name: 'Event details' })).toBeInViewport();
    // The backdrop is the dimmed page above the sheet.
    await page.touchscreen.tap(PHONE.width / 2, 40);
    await expect(page).not.toHaveURL(/event=/);
  });

  test('the casualty figures open without sideways overflow, "dozens" and the claimant in view; axe finds nothing', async ({
    page,
  }) => {
    await openTimeline(page, 'event=injured-so-far');
    const sheet = page.getByRole('complementary', { name: 'Event details' });
    await expect(sheet.getByRole('heading', { level: 2 })).toBeVisible();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });

  test('the export menu opens inside the screen, its citation too, by touch and by keyboard; axe finds nothing', async ({
    page,
  }) => {
    await openTimeline(page);
    const toggle = page.getByRole('button', { name: 'Export' });
    await toggle.tap();
    const panel = page.locator('.export-menu__panel');
    await page.getByRole('button', { name: 'Cite this view' }).tap();
    await expect(panel.getByText('BibTeX')).toBeVisible();
    const box = await panel.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= PHONE.width).toBe(true);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(toggle).toBeFocused();
  });

  test('no "~24+" anywhere, and the police claim of dozens shows its claimant without hovering', async ({
    page,
  }) => {
    await openTimeline(page, 'event=almaty-restore-order-operation');
    await expect(page.getByRole('complementary', { name: 'Event details' })).toBeVisible();
    await expect(page.locator('body')).not.toContainText('~24+');
    const sheet = page.getByRole('complementary', { name: 'Event details' });
    await expect(sheet.getByText(/dozens/).first()).toBeVisible();
    await expect(sheet.getByText(/Azirbek/).first()).toBeVisible();
  });
});
