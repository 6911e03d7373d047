import { expect, test, type Page } from '@playwright/test';
import { generateDataset } from '../../scripts/generateDataset';
import { currentParams, filterCount } from './page';
import { SCALE_DATA_PORT, SCALE_EVENTS, SCALE_SEED } from './scaleData';

// The same dataset the scale data server (serveScaleData.ts) serves, for expected values.
const dataset = generateDataset({ events: SCALE_EVENTS, seed: SCALE_SEED });
const DATA = `data=${encodeURIComponent(`http://127.0.0.1:${SCALE_DATA_PORT}/events.json`)}`;

// One page at a time: each holds the whole dataset in memory.
// Generating, downloading, validating and indexing 100,000 events takes 15-60 s on a busy machine.
test.describe.configure({ mode: 'default', timeout: 300_000 });

async function openLarge(page: Page, query = ''): Promise<void> {
  await page.goto(`./?${DATA}${query ? `&${query}` : ''}`);
  // The data is on another origin: the page asks before loading it.
  await page
    .getByRole('button', { name: `Load the timeline from 127.0.0.1:${SCALE_DATA_PORT}` })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title, {
    timeout: 180_000,
  });
}

/** The event list's rendered rows. */
function listItems(page: Page) {
  return page.getByRole('region', { name: /^Events/ }).getByRole('listitem');
}

/** The row holding the focused link. */
function focusedItem(page: Page) {
  return listItems(page).filter({ has: page.locator(':focus') });
}

test.describe('a 100,000-event dataset', () => {
  test('loads through the worker, counts every event and renders only the rows in view', async ({
    page,
  }) => {
    await openLarge(page);
    await expect(filterCount(page)).toContainText('100,000 of 100,000 events');
    const rendered = await listItems(page).count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(100);
    await expect(listItems(page).first()).toHaveAttribute('aria-setsize', '100000');
    await expect(page.getByText(/drawn as density by category/)).toBeVisible();
    // The canvas keeps its colours resolved per colour scheme, and draws again when it changes.
    const drawing = () =>
      page
        .locator('canvas.timeline-canvas__canvas')
        .evaluate((c: HTMLCanvasElement) => c.toDataURL());
    const light = await drawing();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(drawing).not.toBe(light);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(drawing).toBe(light);
  });

  test('a deep link opens an event deep in the list, scrolled into view', async ({ page }) => {
    const target = dataset.events[61_234];
    if (!target) throw new Error('generator made too few events');
    await openLarge(page, `event=${target.id}`);
    const detail = page.getByRole('complementary', { name: 'Event details' });
    await expect(detail.getByRole('heading', { level: 2 })).toHaveText(target.title);
    // Generated titles repeat; the link to this event is the one whose address names it.
    const link = listItems(page)
      .getByRole('link', { name: target.title, exact: true })
      .and(page.locator(`[href$="event=${target.id}"]`));
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('aria-current', 'true');
  });

  test('a filter click narrows the list, the count and the URL', async ({ page }) => {
    await openLarge(page);
    await page.getByRole('button', { name: 'Category', exact: true }).click();
    await page.getByRole('checkbox').first().check();
    await expect(page).toHaveURL(/category=/);
    const status = filterCount(page);
    await expect(status).not.toContainText('100,000 of 100,000');
    await page.keyboard.press('Escape');
    const shown = Number((await status.locator('strong').innerText()).replace(/,/g, ''));
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(100_000);
    await expect(listItems(page).first()).toHaveAttribute('aria-setsize', String(shown));
  });

  test('a search counts exactly the events whose text holds the word (the word index)', async ({
    page,
  }) => {
    // What a scan of the same texts finds (the index must agree with it).
    const { createDatasetIndex } = await import('../../src/state/datasetIndex');
    const texts = createDatasetIndex(dataset).searchTexts();
    const expected = texts.filter((text) => text.includes('airport')).length;
    await openLarge(page);
    const search = page.getByLabel('Search', { exact: true });
    await search.fill('AIRPORT');
    await search.press('Enter');
    await expect(page).toHaveURL(/q=AIRPORT/);
    await expect(filterCount(page)).toContainText(
      `${expected.toLocaleString('en-GB')} of 100,000 events`,
    );
  });

  test('zooming in turns density into single events that the keyboard can open', async ({
    page,
  }) => {
    await openLarge(page);
    const viewport = page.getByRole('region', { name: 'Timeline chart' });
    await viewport.focus();
    for (let i = 0; i < 12; i++) await page.keyboard.press('+');
    await expect(page).toHaveURL(/window=/);
    await expect(page.getByText(/drawn as density by category/)).toHaveCount(0);
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('tooltip')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/event=/);
    const id = currentParams(page).get('event');
    await expect(
      page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 }),
    ).toHaveText(dataset.events.find((e) => e.id === id)?.title ?? '');
  });

  test('arrow keys walk the virtualized list past the rendered rows', async ({ page }) => {
    await openLarge(page);
    const first = listItems(page).first().getByRole('link');
    await first.focus();
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown');
    await expect(focusedItem(page)).toHaveCount(1);
    await expect(focusedItem(page)).toHaveAttribute('aria-posinset', '41');
    await page.keyboard.press('End');
    await expect(focusedItem(page)).toHaveAttribute('aria-posinset', '100000');
  });
});
