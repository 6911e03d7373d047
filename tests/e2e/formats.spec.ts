import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { ACLED_HEADER, ACLED_ROW, TIMELINEJS_HEADER, toCsv } from '../../src/formats/fixtures';
import { expectNoAxeViolations } from './axe';
import { openTimeline } from './page';

const SHEET = toCsv(TIMELINEJS_HEADER, [
  { Type: 'title', Headline: 'Unrest in <b>Kazakhstan</b>', Text: '<p>Imported from a sheet.</p>' },
  {
    Year: '2022',
    Month: '1',
    Day: '2',
    Headline: 'LPG price cap <i>lifted</i>',
    Text: '<p>Prices <b>double</b> overnight.</p><p>See <a href="https://example.org/report">the report</a>.</p><script>alert(1)</script>',
    Group: 'Economy',
  },
  {
    Year: '2022',
    Month: '1',
    Day: '5',
    Time: '14:30',
    Headline: 'Protesters storm the akimat',
    Group: 'Protesters',
  },
]);

const ACLED = toCsv(ACLED_HEADER, [
  ACLED_ROW,
  {
    ...ACLED_ROW,
    event_id_cnty: 'KAZ1240',
    event_date: '06-01-2022',
    event_type: 'Protests',
    sub_event_type: 'Peaceful protest',
    actor1: 'Protesters (Kazakhstan)',
    inter1: 'Protesters',
    actor2: '',
    assoc_actor_2: '',
    location: 'Aktobe',
    admin1: 'Aktobe',
    latitude: '50.2839',
    longitude: '57.1670',
    fatalities: '0',
  },
]);

const BAD_ROWS = toCsv(TIMELINEJS_HEADER, [
  { Year: '2022', Month: '1', Day: '2', Headline: 'A good row' },
  { Year: '2022', Month: '13', Headline: 'A bad month' },
  { Headline: 'No date at all' },
  { Year: '2022', Month: '1', Day: '5', Headline: 'Another good row' },
]);

async function pick(page: Page, name: string, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Open a dataset' }).click();
  await page
    .locator('input[type=file]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

async function drop(page: Page, name: string, text: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ([fileName, content]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content ?? ''], fileName ?? 'file', { type: 'text/csv' }));
      return transfer;
    },
    [name, text],
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
}

const previewHeading = (page: Page) =>
  page.getByRole('heading', { name: 'Check the import before it loads' });

test.describe('bringing data from elsewhere', () => {
  test('a dropped TimelineJS sheet shows its events, its HTML reduced to text and its links kept', async ({
    page,
  }) => {
    await openTimeline(page);
    await drop(page, 'sheet.csv', SHEET);
    await expect(previewHeading(page)).toBeVisible();
    await expect(page.getByText('read as TimelineJS spreadsheet (CSV)')).toBeVisible();
    await expect(page.getByText('Every row could be read.')).toBeVisible();
    await page.getByRole('button', { name: 'Load 2 events' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Unrest in Kazakhstan');
    await expect(page.getByText('Opened from sheet.csv (from your computer)')).toBeVisible();
    await page.getByRole('link', { name: 'LPG price cap lifted' }).last().click();
    const detail = page.getByRole('complementary', { name: 'Event details' });
    await expect(detail).toContainText('Prices double overnight.');
    await expect(detail).toContainText('See the report.');
    await expect(detail).not.toContainText('<');
    await expect(detail).not.toContainText('alert');
    await expect(detail.getByRole('link', { name: /example\.org/ })).toHaveAttribute(
      'href',
      'https://example.org/report',
    );

    // The akimat row has no link: no source given, marked in the list and counted on the page.
    await expect(page.getByText('One event has no source given.')).toBeVisible();
    const akimat = page
      .getByRole('region', { name: /^Events/ })
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Protesters storm the akimat' }) });
    await expect(akimat).toContainText('No source given');
    await akimat.getByRole('link').click();
    await expect(detail).toContainText('No source given: this event cites no source');
  });

  test('an ACLED export gives actors, places on the map and fatalities claimed by ACLED', async ({
    page,
  }) => {
    await openTimeline(page);
    await pick(page, 'acled-kaz.csv', ACLED);
    await expect(previewHeading(page)).toBeVisible();
    await expect(page.getByText('read as ACLED export (CSV)')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Load 2 events' }).click();

    await expect(page.getByRole('region', { name: 'Timeline chart' })).toBeVisible();
    const map = page.getByRole('group', { name: 'Map of the places' });
    await expect(map.getByRole('button', { name: /^Almaty, Kazakhstan/ })).toBeVisible();
    await expect(map.getByRole('button', { name: /^Aktobe, Kazakhstan/ })).toBeVisible();

    await page.getByRole('link', { name: 'Violent demonstration in Almaty' }).last().click();
    const detail = page.getByRole('complementary', { name: 'Event details' });
    await expect(detail.getByRole('button', { name: 'Rioters (Kazakhstan)' })).toBeVisible();
    await expect(
      detail.getByRole('button', { name: 'Police Forces of Kazakhstan (2019-)' }),
    ).toBeVisible();
    const figures = detail.getByRole('table');
    await expect(figures).toContainText('8 reported fatalities');
    await expect(figures.getByRole('row').nth(1)).toContainText('ACLED');
    await expect(detail).toContainText('Reuters');
  });

  test('a file with bad rows shows them with their numbers, and loads nothing until accepted', async ({
    page,
  }) => {
    await openTimeline(page);
    await pick(page, 'bad.csv', BAD_ROWS);
    await expect(previewHeading(page)).toBeVisible();
    const unread = page.getByRole('table', { name: '2 rows could not be read' });
    await expect(unread.getByRole('row')).toHaveCount(3);
    await expect(unread.getByRole('row').nth(1)).toHaveText(
      /^3\s*Month\s*the month 13 is not 1–12$/,
    );
    await expect(unread.getByRole('row').nth(2)).toHaveText(/^4\s*Year\s*the row has no date/);
    await expect(page.getByRole('region', { name: 'Timeline chart' })).toHaveCount(0);

    // The mapping can be changed: read the headline from no column, and every row is refused.
    await page.getByLabel('Headline').selectOption({ label: '(none)' });
    await page.getByRole('button', { name: 'Read again with these choices' }).click();
    await expect(page.getByRole('button', { name: 'Load 0 events' })).toBeDisabled();
    await page.getByLabel('Headline').selectOption({ label: 'Headline' });
    await page.getByRole('button', { name: 'Read again with these choices' }).click();
    await page.getByRole('button', { name: 'Load 2 events' }).click();
    await expect(page.getByRole('region', { name: 'Timeline chart' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('bad');
  });

  test('an imported file can be saved as Chronicle JSON that loads directly', async ({ page }) => {
    await openTimeline(page);
    await pick(page, 'sheet.csv', SHEET);
    const saving = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save as Chronicle JSON' }).click();
    const saved = await saving;
    expect(saved.suggestedFilename()).toBe('unrest-in-kazakhstan.json');
    const json = await downloaded(saved);
    await page.getByRole('button', { name: 'Open another file' }).click();
    await page.locator('input[type=file]').setInputFiles({
      name: 'saved.json',
      mimeType: 'application/json',
      buffer: Buffer.from(json),
    });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Unrest in Kazakhstan');
    await expect(page.getByRole('region', { name: 'Timeline chart' })).toBeVisible();
  });

  test('the opener links to the format’s documentation and to templates', async ({ page }) => {
    await openTimeline(page);
    await page.getByRole('button', { name: 'Open a dataset' }).click();
    const saving = page.waitForEvent('download');
    await page.getByRole('link', { name: 'CSV', exact: true }).click();
    expect((await saving).suggestedFilename()).toBe('chronicle-template.csv');
    await page.getByRole('link', { name: 'importing and exporting' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Importing and exporting' }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'data-format.md' }).first().click();
    await expect(page.getByRole('heading', { level: 2, name: /Starting small/ })).toBeVisible();
  });
});

async function downloaded(download: Download): Promise<string> {
  const path = await download.path();
  return readFile(path, 'utf8');
}

async function exportAs(page: Page, label: string): Promise<Download> {
  const menu = page.getByRole('button', { name: 'Export', exact: true });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  const saving = page.waitForEvent('download');
  await page.getByRole('button', { name: label }).click();
  return saving;
}

test.describe('taking the view out', () => {
  test('each export of a filtered view holds the events in view, named after the view', async ({
    page,
  }) => {
    await openTimeline(
      page,
      'actor=nursultan-nazarbayev&window=2021-12-01T00:00Z~2022-03-01T00:00Z',
    );
    const count = Number(
      (
        await page
          .getByRole('region', { name: /^Events/ })
          .getByRole('heading')
          .first()
          .textContent()
      )?.replace(/\D/g, ''),
    );
    expect(count).toBeGreaterThan(0);
    const name = new RegExp(
      `^kazakhstan-2022-01_actor-nursultan-nazarbayev_\\d{4}-\\d{2}-\\d{2}\\.`,
    );

    const json = await exportAs(page, 'Chronicle JSON');
    expect(json.suggestedFilename()).toMatch(name);
    const dataset = JSON.parse(await downloaded(json)) as {
      format: string;
      events: { actors: { actor: string }[] }[];
    };
    expect(dataset.format).toBe('chronicle/2');
    expect(dataset.events.length).toBeGreaterThan(0);
    expect(
      dataset.events.every((e) => e.actors.some((a) => a.actor === 'nursultan-nazarbayev')),
    ).toBe(true);

    const csv = await downloaded(await exportAs(page, 'CSV (a spreadsheet)'));
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(
      'id,title,time,time_basis,summary,categories,actors,location,latitude,longitude,sources,source_urls,casualties',
    );
    expect(csv).toContain('Nursultan Nazarbayev');

    const geo = JSON.parse(await downloaded(await exportAs(page, 'GeoJSON (for maps)'))) as {
      type: string;
      features: { when: { type: string } }[];
    };
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features).toHaveLength(dataset.events.length);
    expect(geo.features.every((f) => ['Instant', 'Interval'].includes(f.when.type))).toBe(true);

    const ics = await downloaded(await exportAs(page, 'Calendar (.ics)'));
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(dataset.events.length);

    const svg = await downloaded(await exportAs(page, 'Picture (SVG)'));
    expect(svg).toContain('<title>Unrest in Kazakhstan');
    expect(svg).toContain('actor: Nursultan Nazarbayev');
    expect(svg).toContain('Source: Resett');

    const png = await exportAs(page, 'Picture (PNG)');
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const bytes = await readFile(await png.path());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');

    await page.getByRole('button', { name: 'Cite this view' }).click();
    const plain = page.getByRole('textbox', { name: 'Plain text' });
    await expect(plain).toHaveValue(/Nursultan Nazarbayev.*Accessed/s);
    await expect(page.getByRole('textbox', { name: 'BibTeX' })).toHaveValue(/^@misc\{/);
    await expect(page.getByRole('textbox', { name: 'CSL-JSON' })).toHaveValue(/"type": "webpage"/);
    await expectNoAxeViolations(page);
  });
});
