import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const bundled = JSON.parse(readFileSync('data/kazakhstan-2022-01.json', 'utf8')) as {
  title: string;
  events: { id: string; title: string }[];
};

/** A small dataset of one's own: the bundled story with another title and two events. */
function ownDataset(): string {
  return JSON.stringify({
    ...bundled,
    id: 'own',
    title: 'My own timeline',
    events: bundled.events.slice(17, 19),
    // Later reporting is about events this slice leaves out.
    claims: undefined,
  });
}

async function serve(page: Page, path: string, body: string, status = 200): Promise<void> {
  // On the context, so the worker's fetch is caught too; by path, so the page's own URL (whose
  // query ends in the same path) is not.
  await page.context().route(
    (url) => url.pathname === path,
    (route) => route.fulfill({ status, body, contentType: 'application/json' }),
  );
}

test.describe('loading datasets', () => {
  test('a link to a dataset elsewhere loads it, and the data parameter survives every view change', async ({
    page,
  }) => {
    await serve(page, '/own.json', ownDataset());
    await page.goto('./?data=/own.json');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My own timeline');
    await page
      .getByRole('link', { name: bundled.events[17]?.title ?? '' })
      .last()
      .click();
    await expect(page).toHaveURL(/\?data=\/own\.json&event=/);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(page).toHaveURL(/\?data=\/own\.json&event=.*window=/);
  });

  test('a malformed dataset lists every problem with where it is, and loads nothing', async ({
    page,
  }) => {
    const broken = JSON.parse(ownDataset()) as Record<string, unknown> & {
      events: Record<string, unknown>[];
    };
    const [first, second] = broken.events;
    if (first) first.locations = ['atlantis'];
    if (first && second) second.id = first.id;
    await serve(page, '/broken.json', JSON.stringify(broken));
    await page.goto('./?data=/broken.json');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'This dataset cannot be shown',
    );
    await expect(page.getByText(/atlantis/)).toBeVisible();
    await expect(page.getByText(/duplicate/i)).toBeVisible();

    broken.timeZone = 'Mars/Olympus';
    await serve(page, '/broken2.json', JSON.stringify(broken));
    await page.goto('./?data=/broken2.json');
    await expect(page.getByText('timeZone', { exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Timeline chart' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Open the bundled story instead' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(bundled.title);
  });

  test('broken JSON, a missing file and a script address each get a clear message', async ({
    page,
  }) => {
    await serve(page, '/syntax.json', '{\n  "format": "chronicle/1",\n  "id": "x",,\n}');
    await page.goto('./?data=/syntax.json');
    await expect(page.getByText(/not valid JSON at line 3/)).toBeVisible();

    await serve(page, '/missing.json', 'not here', 404);
    await page.goto('./?data=/missing.json');
    await expect(page.getByText(/nothing was found at .*404/)).toBeVisible();

    await page.goto('./?data=javascript:alert(1)');
    await expect(page.getByText(/only over http: or https:/)).toBeVisible();
  });

  test('a file picked from the computer opens, and so does a dropped one', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(bundled.title);
    await page.getByRole('button', { name: 'Open a dataset' }).click();
    await page.locator('input[type=file]').setInputFiles({
      name: 'mine.json',
      mimeType: 'application/json',
      buffer: Buffer.from(ownDataset()),
    });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My own timeline');
    await expect(page.getByText('Opened from mine.json (from your computer)')).toBeVisible();

    await page.goto('./');
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      return data;
    }, ownDataset());
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
    await expect(page.getByText(/^Drop a file to open it/)).toBeVisible();
    await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My own timeline');
  });

  test('opening a web address from the header puts it in the link', async ({ page }) => {
    await serve(page, '/own.json', ownDataset());
    await page.goto('./?event=nazarbayev-removed');
    await page.getByRole('button', { name: 'Open a dataset' }).click();
    await page.getByLabel(/^Web address of a dataset/).fill('/own.json');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(page).toHaveURL(/\?data=%2Fown\.json$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My own timeline');
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(bundled.title);
  });
});
