import { expect, test, type Page } from '@playwright/test';
import { TIMELINEJS_HEADER, toCsv } from '../../src/formats/fixtures';

/** A TimelineJS sheet with two good rows and two that cannot be read. */
const BAD_ROWS = toCsv(TIMELINEJS_HEADER, [
  { Year: '2022', Month: '1', Day: '2', Headline: 'A good row' },
  { Year: '2022', Month: '13', Headline: 'A bad month' },
  { Year: '2022', Month: '1', Day: '5', Time: 'noon', Headline: 'A bad time' },
  { Year: '2022', Month: '1', Day: '5', Headline: 'Another good row' },
]);

/** Opens the page in `lang` and picks `text` as a CSV file through the opener. */
async function importIn(page: Page, lang: string, openLabel: string, text: string): Promise<void> {
  await page.goto(`./?lang=${lang}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('button', { name: openLabel }).click();
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'uro.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
}

test.describe('importing in the reader’s language', () => {
  test('with lang=nb the preview says in Norwegian why each bad row could not be read', async ({
    page,
  }) => {
    await importIn(page, 'nb', 'Åpne et datasett', BAD_ROWS);
    await expect(
      page.getByRole('heading', { name: 'Se over importen før den lastes inn' }),
    ).toBeVisible();
    // The reasons are written in the worker, which loads the page's catalog first.
    const unread = page.getByRole('table', { name: '2 rader kunne ikke leses' });
    await expect(unread.getByRole('row')).toHaveCount(3);
    await expect(unread.getByRole('row').nth(1)).toHaveText(
      /^3\s*Month\s*måneden 13 er ikke 1–12$/,
    );
    await expect(unread.getByRole('row').nth(2)).toHaveText(
      /^4\s*Time\s*«noon» er ikke et klokkeslett som 14:30 eller 2:30 PM$/,
    );
    // The format's name and what each column becomes are Norwegian too; the columns keep their names.
    await expect(page.getByRole('combobox', { name: 'Les filen som' })).toHaveValue(
      'timelinejs-sheet',
    );
    await expect(page.getByRole('option', { name: 'TimelineJS-regneark (CSV)' })).toHaveCount(1);
    await expect(page.getByText('starten: år', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Last inn 2 hendelser' })).toBeEnabled();
  });

  test('in English the same rows give the English reasons', async ({ page }) => {
    await importIn(page, 'en', 'Open a dataset', BAD_ROWS);
    const unread = page.getByRole('table', { name: '2 rows could not be read' });
    await expect(unread.getByRole('row').nth(1)).toHaveText(
      /^3\s*Month\s*the month 13 is not 1–12$/,
    );
  });
});
