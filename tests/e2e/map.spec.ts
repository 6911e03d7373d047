import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { currentParams, eventLinks, openTimeline } from './page';

/** The map's drawing (the SVG group that holds the marks). */
const mapFigure = (page: Page) => page.getByRole('group', { name: 'Map of the places' });
const mark = (page: Page, name: RegExp) => mapFigure(page).getByRole('button', { name });

test.describe('the map', () => {
  test('clicking Almaty filters the list and the URL by it, and clicking again clears it', async ({
    page,
  }) => {
    await openTimeline(page);
    await mark(page, /^Almaty \(Алматы\): 6 events/).click();
    await expect.poll(() => currentParams(page).get('location')).toBe('almaty');
    await expect(eventLinks(page)).toHaveCount(6);
    await expect(page.getByRole('status').filter({ hasText: '6 of 27 events' })).toBeVisible();
    await expect(mark(page, /^Almaty/)).toHaveAttribute('aria-pressed', 'true');
    await expect(mark(page, /^Aktobe/)).toHaveAccessibleName('Aktobe (Ақтөбе): no events in view');

    await mark(page, /^Almaty/).click();
    await expect.poll(() => currentParams(page).get('location')).toBeNull();
    await expect(eventLinks(page)).toHaveCount(27);
  });

  test('a country chip filters by the country, for the events placed nowhere more precise', async ({
    page,
  }) => {
    await openTimeline(page);
    await page.getByRole('button', { name: /^Russia \(Россия\): 1 event$/ }).click();
    await expect.poll(() => currentParams(page).get('location')).toBe('russia');
    await expect(eventLinks(page)).toHaveCount(1);
  });

  test('zooming the timeline to one day changes the map’s counts to the events of that day', async ({
    page,
  }) => {
    await openTimeline(page);
    const caption = page.locator('.map__caption');
    const before = await caption.innerText();
    const timeline = page.getByRole('region', { name: 'Timeline chart' });
    await timeline.focus();
    const span = () => {
      const [a = '', b = ''] = (currentParams(page).get('window') ?? '~').split('~');
      return Date.parse(b) - Date.parse(a);
    };
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('+');
      await expect.poll(span).toBeGreaterThan(0);
      if (span() <= 86_400_000) break;
    }
    expect(span()).toBeLessThanOrEqual(86_400_000);
    await expect(caption).not.toHaveText(before);
    // The map counts exactly the events the timeline shows in its window.
    const inView = await page.locator('.timeline__range-count').innerText();
    const timelineCount = /(\d+) of \d+ events? in view/.exec(inView)?.[1];
    await expect(caption).toContainText(`${timelineCount ?? '?'} event`);
    const almaty = await mark(page, /^Almaty/).getAttribute('aria-label');
    expect(almaty).not.toContain('6 events');
  });

  test('selecting the Taldykorgan event rings Taldykorgan on the map', async ({ page }) => {
    await openTimeline(page);
    await expect(mark(page, /^Taldykorgan/)).not.toHaveClass(/map-mark--highlighted/);
    await eventLinks(page)
      .filter({ hasText: /Nazarbayev statue in Taldykorgan/ })
      .click();
    await expect(mark(page, /^Taldykorgan/)).toHaveClass(/map-mark--highlighted/);
    await expect(mark(page, /^Taldykorgan/)).toHaveAccessibleName(
      'Taldykorgan (Талдықорған): 1 event; a place of the selected event',
    );
    await expect(mark(page, /^Almaty/)).not.toHaveClass(/map-mark--highlighted/);
  });

  test('the keyboard alone reaches every place and filters by it with Enter', async ({ page }) => {
    await openTimeline(page);
    await page.locator('body').press('Tab');
    const focusedPlace = () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-place-id') ?? null);
    const reached: string[] = [];
    for (let i = 0; i < 200 && reached.length < 3; i += 1) {
      const id = await focusedPlace();
      if (id && !reached.includes(id)) reached.push(id);
      if (reached.length < 3) await page.keyboard.press('Tab');
    }
    // Largest first (Almaty, with its buildings), then west to east.
    expect(reached).toEqual(['almaty', 'aktobe', 'taldykorgan']);
    await expect(page.getByRole('tooltip')).toContainText('Taldykorgan (Талдықорған)');
    await page.keyboard.press('Enter');
    await expect.poll(() => currentParams(page).get('location')).toBe('taldykorgan');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press(' ');
    await expect.poll(() => currentParams(page).get('location')).toBe('taldykorgan,aktobe');
    await expect(eventLinks(page)).toHaveCount(2);
  });

  test('zooms and pans with the wheel and the buttons, and goes back to the whole map', async ({
    page,
  }) => {
    await openTimeline(page);
    const wider = page.getByRole('button', { name: 'Wider view of the map' });
    await expect(wider).toBeDisabled();
    await mapFigure(page).scrollIntoViewIfNeeded();
    const box = await mapFigure(page).boundingBox();
    if (!box) throw new Error('map not laid out');
    await page.mouse.move(box.x + box.width * 0.72, box.y + box.height * 0.7);
    await page.mouse.wheel(0, -600);
    await expect(wider).toBeEnabled();
    // Zoomed in on Almaty, its airport and mayor's office are told apart.
    for (let i = 0; i < 4; i += 1) {
      await page.getByRole('button', { name: 'Closer view of the map' }).click();
    }
    await expect(mark(page, /^Almaty International Airport/)).toHaveCount(1);
    await page.getByRole('button', { name: 'Whole map' }).click();
    await expect(wider).toBeDisabled();
    await expect(mapFigure(page).getByRole('button')).toHaveCount(3);
    expect(currentParams(page).get('window')).toBeNull(); // the map's zoom is not the timeline's
  });

  test('sizes marks by casualty figures on request, remembered in the URL', async ({ page }) => {
    await openTimeline(page);
    await page.getByRole('button', { name: 'Casualties', exact: true }).click();
    await expect.poll(() => currentParams(page).get('mapSize')).toBe('casualties');
    await expect(mark(page, /^Almaty/)).toHaveAccessibleName(
      /largest casualty figure reported: at least (around )?24 killed/,
    );
    await expectNoAxeViolations(page);
    await page.goBack();
    await expect(mark(page, /^Almaty/)).toHaveAccessibleName(/6 events/);
  });

  test('sits beside the timeline on a wide screen, and can be hidden (map=0)', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openTimeline(page);
    await expect(mapFigure(page)).toBeVisible();
    const timeline = await page.locator('.timeline-panel').boundingBox();
    const map = await page.locator('.map-panel').boundingBox();
    expect(map && timeline && map.x > timeline.x + timeline.width - 1).toBe(true);
    expect(map && timeline && Math.abs(map.y - timeline.y) < 2).toBe(true);

    const toggle = page.getByRole('button', { name: 'Map', exact: true });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await toggle.click();
    await expect.poll(() => currentParams(page).get('map')).toBe('0');
    await expect(mapFigure(page)).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Map', exact: true })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await expect(mapFigure(page)).toBeVisible();
  });

  test('opening an event moves neither the timeline nor the map', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openTimeline(page);
    await expect(mapFigure(page)).toBeVisible();
    const boxes = () =>
      Promise.all([
        page.locator('.map__viewport').boundingBox(),
        page.locator('.timeline__viewport').boundingBox(),
      ]);
    const before = await boxes();
    await page.locator('.timeline-marks a[data-event-id="protests-begin"]').click();
    await expect(page.getByRole('complementary', { name: 'Event details' })).toContainText(
      'Protests begin',
    );
    expect(await boxes()).toEqual(before);
  });

  test('sits below the timeline on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await openTimeline(page);
    await expect(mapFigure(page)).toBeVisible();
    const timeline = await page.locator('.timeline-panel').boundingBox();
    const map = await page.locator('.map-panel').boundingBox();
    expect(map && timeline && map.y >= timeline.y + timeline.height).toBe(true);
    expect(map && map.width <= 375).toBe(true);
  });

  test('has no accessibility violations, with the map shown and a place focused', async ({
    page,
  }) => {
    await openTimeline(page, 'event=almaty-restore-order-operation');
    await mark(page, /^Almaty/).focus();
    await expect(page.getByRole('tooltip')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('ships only the shapes around Kazakhstan; a dataset elsewhere loads the world map', async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await openTimeline(page);
    await expect(mark(page, /^Almaty/)).toBeVisible();
    expect(requested.filter((url) => url.includes('countries-110m'))).toEqual([]);

    const bundled = JSON.parse(readFileSync('data/kazakhstan-2022-01.json', 'utf8')) as {
      events: { locations: string[] }[];
    };
    const oslo = {
      ...bundled,
      id: 'oslo',
      title: 'A story in Oslo',
      locations: [
        {
          id: 'norway',
          name: 'Norway',
          localName: 'Norge',
          kind: 'country',
          coordinates: [10, 62],
        },
        { id: 'oslo', name: 'Oslo', kind: 'city', coordinates: [10.75, 59.91], within: 'norway' },
      ],
      events: bundled.events.map((event) => ({ ...event, locations: ['oslo'] })),
      // Later reporting names places of Kazakhstan that this story does not have.
      claims: undefined,
    };
    await page.context().route(
      (url) => url.pathname === '/oslo.json',
      (route) => route.fulfill({ body: JSON.stringify(oslo), contentType: 'application/json' }),
    );
    await page.goto('./?data=/oslo.json');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A story in Oslo');
    await expect(mark(page, /^Oslo: \d+ events$/)).toBeVisible();
    expect(requested.some((url) => url.includes('countries-110m'))).toBe(true);
  });
});
