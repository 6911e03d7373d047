import { expect, test, type Page } from '@playwright/test';
import {
  currentParams,
  expectScrolledIntoList,
  openTimeline,
  timelineChart,
  timelineMark,
  timelineRange,
} from './page';
import { EVENT_COUNT } from './story';

function windowParam(page: Page): [number, number] | null {
  const raw = currentParams(page).get('window');
  if (!raw) return null;
  const [a, b] = raw.split('~');
  return [Date.parse(a ?? ''), Date.parse(b ?? '')];
}

/**
 * How many events the timeline accounts for after "Fit all": those in view (its range says "N of M
 * events in view") and those it names beside the chart as lying outside it (decades away).
 */
async function accountedFor(page: Page): Promise<number> {
  const range = await timelineRange(page).innerText();
  const inView = Number(
    /([\d,]+) of [\d,]+ events? in view/.exec(range)?.[1]?.replace(/,/g, '') ?? NaN,
  );
  // Each side of the band counts its events ("4 earlier events outside this view").
  const band = page.getByRole('navigation', { name: 'Events outside the timeline’s view' });
  const text = (await band.textContent()) ?? '';
  let outside = 0;
  for (const counted of text.matchAll(/([\d,]+) (?:earlier|later) events? outside/g)) {
    outside += Number(counted[1]?.replace(/,/g, '') ?? NaN);
  }
  return inView + outside;
}

async function waitForWindow(page: Page): Promise<[number, number]> {
  await expect.poll(() => windowParam(page)).not.toBeNull();
  const w = windowParam(page);
  if (!w) throw new Error('no window in the URL');
  return w;
}

test.describe('timeline zoom, pan and selection', () => {
  test('zoom buttons narrow and widen the window, and "Fit all" shows every event', async ({
    page,
  }) => {
    await openTimeline(page);
    const range = timelineRange(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const [a, b] = await waitForWindow(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect
      .poll(() => {
        const w = windowParam(page);
        return w ? w[1] - w[0] : 0;
      })
      .toBeLessThan(b - a);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Fit all' }).click();
    // The story keeps the width; the few events decades away are named beside the chart.
    await expect(range).toContainText(`of ${EVENT_COUNT} events in view`);
    await expect.poll(() => accountedFor(page)).toBe(EVENT_COUNT);
    await page.getByRole('button', { name: 'Reset view' }).click();
    await expect(page).not.toHaveURL(/window=/);
  });

  test('the keyboard zooms (+, -), pans (arrows) and fits (0)', async ({ page }) => {
    await openTimeline(page);
    const viewport = page.getByRole('region', { name: 'Timeline chart' });
    await viewport.focus();
    await page.keyboard.press('+');
    const [a1, b1] = await waitForWindow(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => windowParam(page)?.[0]).toBeGreaterThan(a1);
    const [a2, b2] = await waitForWindow(page);
    expect(b2 - a2).toBeCloseTo(b1 - a1, -2);
    await page.keyboard.press('-');
    await expect
      .poll(() => {
        const w = windowParam(page);
        return w ? w[1] - w[0] : 0;
      })
      .toBeGreaterThan(b2 - a2);
    await page.keyboard.press('0');
    await expect.poll(() => accountedFor(page)).toBe(EVENT_COUNT);
  });

  test('Ctrl + wheel zooms and dragging pans, replacing history instead of adding to it', async ({
    page,
  }) => {
    await openTimeline(page);
    const before = await page.evaluate(() => history.length);
    // The mouse acts where the chart is on screen: bring its top into view first.
    await timelineChart(page).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const box = await timelineChart(page).boundingBox();
    if (!box) throw new Error('timeline not laid out');
    await page.mouse.move(box.x + box.width / 2, box.y + 100);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -400);
    await page.keyboard.up('Control');
    const [a, b] = await waitForWindow(page);
    const after = await timelineChart(page).boundingBox();
    expect(after).toEqual(box); // zooming does not shift the layout
    await page.mouse.move(box.x + box.width / 2, box.y + 100);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 200, box.y + 100, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => windowParam(page)?.[0]).toBeGreaterThan(a);
    const [c, d] = await waitForWindow(page);
    expect(d - c).toBeCloseTo(b - a, -3);
    expect(await page.evaluate(() => history.length)).toBe(before);
  });

  test('hovering and focusing a mark shows its tooltip; Enter selects it', async ({ page }) => {
    await openTimeline(page);
    const mark = timelineMark(page, 'nazarbayev-removed');
    await mark.hover();
    await expect(page.getByRole('tooltip')).toContainText('Nazarbayev');
    await mark.focus();
    await expect(page.getByRole('tooltip')).toContainText('5 Jan 2022');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/event=nazarbayev-removed/);
    await expect(mark).toHaveAttribute('aria-current', 'true');
    await expectScrolledIntoList(page, 'nazarbayev-removed');
  });

  test('lanes group the rows by actor, location or category', async ({ page }) => {
    await openTimeline(page);
    await page.getByLabel('Group rows by').selectOption('category');
    await expect(page).toHaveURL(/lanes=category/);
    // Each lane is headed by its name and count: "Violence (6)".
    const violence = timelineChart(page).getByText(/^Violence\b/);
    await expect(violence).toBeVisible();
    await page.goBack();
    await expect(violence).toHaveCount(0);
  });

  test('selecting an event outside the window brings it into view', async ({ page }) => {
    await openTimeline(page);
    // The map's chunk has arrived (its placeholder, also the region "Map", is aria-busy).
    await expect(page.getByRole('group', { name: 'Map of the places' })).toBeVisible();
    const heading = page.getByRole('heading', { name: /^Events/ });
    const top = () => heading.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    const before = await top();
    await page
      .getByRole('link', { name: /independence/i })
      .first()
      .click();
    await expect(page).toHaveURL(/event=independence/);
    // No layout shift: the timeline keeps its height, so the list below does not jump.
    expect(await top()).toBe(before);
    await expect(timelineMark(page, 'independence-from-soviet-union')).toBeVisible();
  });
});

test.describe('on a touch phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  test('a tap opens the detail as a sheet that closes again', async ({ page }) => {
    await openTimeline(page);
    await timelineMark(page, 'nazarbayev-removed').tap();
    await expect(page).toHaveURL(/event=nazarbayev-removed/);
    const sheet = page.getByRole('complementary', { name: 'Event details' });
    await expect(sheet).toBeInViewport();
    await sheet.getByRole('button', { name: 'Close event details' }).tap();
    await expect(page).not.toHaveURL(/event=/);
  });
});
