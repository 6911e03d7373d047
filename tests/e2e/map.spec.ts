import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import {
  currentParams,
  eventLinks,
  filterCount,
  openTimeline,
  timelineChart,
  timelineMark,
  timelineRange,
} from './page';
import { EVENT_COUNT, eventsAt, eventsText } from './story';

/** The map's drawing (the SVG group that holds the marks). */
const mapFigure = (page: Page) => page.getByRole('group', { name: 'Map of the places' });
const mark = (page: Page, name: RegExp) => mapFigure(page).getByRole('button', { name });
/** The panels, named by their headings. */
const timelinePanel = (page: Page) => page.getByRole('region', { name: 'Timeline', exact: true });
const mapPanel = (page: Page) => page.getByRole('region', { name: 'Map', exact: true });

test.describe('the map', () => {
  test('clicking Almaty filters the list and the URL by it, and clicking again clears it', async ({
    page,
  }) => {
    await openTimeline(page);
    const almaty = eventsAt('almaty');
    await mark(page, new RegExp(`^Almaty \\(Алматы\\): ${eventsText(almaty)}`)).click();
    await expect.poll(() => currentParams(page).get('location')).toBe('almaty');
    await expect(eventLinks(page)).toHaveCount(almaty);
    await expect(filterCount(page)).toHaveText(`${almaty} of ${EVENT_COUNT} events`);
    await expect(mark(page, /^Almaty/)).toHaveAttribute('aria-pressed', 'true');
    await expect(mark(page, /^Aktobe/)).toHaveAccessibleName('Aktobe (Ақтөбе): no events in view');

    await mark(page, /^Almaty/).click();
    await expect.poll(() => currentParams(page).get('location')).toBeNull();
    await expect(eventLinks(page)).toHaveCount(EVENT_COUNT);
  });

  test('a country chip filters by the country, for the events placed nowhere more precise', async ({
    page,
  }) => {
    await openTimeline(page);
    const russia = eventsAt('russia');
    await page
      .getByRole('button', { name: new RegExp(`^Russia \\(Россия\\): ${eventsText(russia)}$`) })
      .click();
    await expect.poll(() => currentParams(page).get('location')).toBe('russia');
    await expect(eventLinks(page)).toHaveCount(russia);
  });

  test('zooming the timeline to one day changes the map’s counts to the events of that day', async ({
    page,
  }) => {
    await openTimeline(page);
    const caption = page.getByText(/ in the timeline’s view: /);
    const before = await caption.innerText();
    await timelineChart(page).focus();
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
    const inView = await timelineRange(page).innerText();
    const timelineCount = /(\d+) of \d+ events? in view/.exec(inView)?.[1];
    await expect(caption).toContainText(`${timelineCount ?? '?'} event`);
    await expect(mark(page, /^Almaty/)).not.toHaveAccessibleName(
      new RegExp(`: ${eventsText(eventsAt('almaty'))}`),
    );
  });

  test('selecting the Taldykorgan event rings Taldykorgan on the map', async ({ page }) => {
    await openTimeline(page);
    const selectedPlace = /; a place of the selected event$/;
    await expect(mark(page, /^Taldykorgan/)).not.toHaveAccessibleName(selectedPlace);
    await eventLinks(page)
      .filter({ hasText: /Nazarbayev statue in Taldykorgan/ })
      .click();
    await expect(mark(page, /^Taldykorgan/)).toHaveAccessibleName(
      `Taldykorgan (Талдықорған): ${eventsText(eventsAt('taldykorgan'))}; a place of the selected event`,
    );
    await expect(mark(page, /^Almaty/)).not.toHaveAccessibleName(selectedPlace);
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
    await expect(eventLinks(page)).toHaveCount(eventsAt('taldykorgan') + eventsAt('aktobe'));
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
    // A plain wheel scrolls the page; Ctrl (or ⌘) with the wheel zooms the map.
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -600);
    await page.keyboard.up('Control');
    await expect(wider).toBeEnabled();
    // Zoomed in on Almaty, its airport and mayor's office are told apart.
    const closer = page.getByRole('button', { name: 'Closer view of the map' });
    for (let i = 0; i < 4 && (await closer.isEnabled()); i += 1) await closer.click();
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
      /largest figure of people killed: .+ — Saltanat Azirbek, Almaty police; read as: about 24 or more killed/,
    );
    await expectNoAxeViolations(page);
    await page.goBack();
    await expect(mark(page, /^Almaty/)).toHaveAccessibleName(
      new RegExp(`: ${eventsText(eventsAt('almaty'))}`),
    );
  });

  test('sits beside the timeline on a wide screen, and can be hidden (map=0)', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openTimeline(page);
    await expect(mapFigure(page)).toBeVisible();
    const timeline = await timelinePanel(page).boundingBox();
    const map = await mapPanel(page).boundingBox();
    if (!map || !timeline) throw new Error('the panels are not laid out');
    // In the column beside the timeline, under the guide to reading it.
    expect(map.x).toBeGreaterThan(timeline.x + timeline.width - 1);
    expect(map.y).toBeGreaterThan(timeline.y);
    expect(map.y).toBeLessThan(1080);

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

  test('opening an event does not move the timeline; the map stays in the column beside it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openTimeline(page);
    await expect(mapFigure(page)).toBeVisible();
    const before = await timelineChart(page).boundingBox();
    await timelineMark(page, 'protests-begin').click();
    const detail = page.getByRole('complementary', { name: 'Event details' });
    await expect(detail).toContainText('Protests begin');
    expect(await timelineChart(page).boundingBox()).toEqual(before);
    // The event comes first in the column; the map follows it there.
    const map = await mapFigure(page).boundingBox();
    const shown = await detail.boundingBox();
    expect(map && shown && map.x >= shown.x - 1 && map.y > shown.y).toBe(true);
  });

  test('sits below the timeline on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await openTimeline(page);
    await expect(mapFigure(page)).toBeVisible();
    const timeline = await timelinePanel(page).boundingBox();
    const map = await mapPanel(page).boundingBox();
    if (!map || !timeline) throw new Error('the panels are not laid out');
    expect(map.y).toBeGreaterThanOrEqual(timeline.y + timeline.height);
    expect(map.width).toBeLessThanOrEqual(375);
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
