import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { FOREIGN_TITLE, HOSTILE_DATA_PORT } from './hostileData';

const bundled = JSON.parse(readFileSync('data/kazakhstan-2022-01.json', 'utf8')) as {
  title: string;
  events: { id: string; title: string }[];
};
const ELSEWHERE = `http://127.0.0.1:${HOSTILE_DATA_PORT}`;
const HOST = `127.0.0.1:${HOSTILE_DATA_PORT}`;
const MB = 1_048_576;

/** The bundled story under another title, with `count` events. */
function datasetText(title: string, count: number): string {
  // Without the later reporting, which is about events the slice may leave out.
  const events = bundled.events.slice(0, count);
  return JSON.stringify({ ...bundled, id: 'own', title, events, claims: undefined });
}

function heading(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

/** Opens `?data=` on the other origin and answers "Load it" to the question it asks. */
async function openElsewhere(page: Page, path: string): Promise<void> {
  await page.goto(`./?data=${encodeURIComponent(`${ELSEWHERE}${path}`)}`);
  await page.getByRole('button', { name: `Load the timeline from ${HOST}` }).click();
}

test.describe('opening a dataset', () => {
  test('the same file name opened again shows the new file: open, see problems, fix, open again', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(heading(page)).toHaveText(bundled.title);
    await page.getByRole('button', { name: 'Open a dataset' }).click();
    const picker = page.locator('input[type=file]');
    const pick = (text: string) =>
      picker.setInputFiles({
        name: 'events.json',
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      });

    await pick(datasetText('Draft', 3).replace(/}$/, ',}'));
    await expect(heading(page)).toHaveText('This dataset cannot be shown');
    await expect(page.getByText(/expected another item after ","/)).toBeVisible();

    await page.getByRole('button', { name: 'Open a dataset' }).click();
    await pick(datasetText('Draft', 3));
    await expect(heading(page)).toHaveText('Draft');
    await expect(page.getByText('Opened from events.json (from your computer)')).toBeVisible();
    await expect(
      page.getByRole('status', { name: 'Events shown' }).filter({ hasText: /of 3 events/ }),
    ).toBeVisible();

    await page.getByRole('button', { name: 'Open a dataset' }).click();
    await pick(datasetText('Second draft', 5));
    await expect(heading(page)).toHaveText('Second draft');
    await expect(page.getByRole('status', { name: 'Events shown' })).toContainText(/of 5 events/);
  });

  test('a link to another site’s dataset asks first, then says where the data is from', async ({
    page,
  }) => {
    await page.goto(`./?data=${encodeURIComponent(`${ELSEWHERE}/foreign.json`)}`);
    await expect(heading(page)).toHaveText(`This link loads a timeline from ${HOST}. Load it?`);
    await page.getByRole('button', { name: `Load the timeline from ${HOST}` }).click();
    await expect(heading(page)).toHaveText(FOREIGN_TITLE);
    await expect(page.getByText(`Data from ${HOST}`)).toBeVisible();

    // Asked once per site: the answer is remembered.
    await page.reload();
    await expect(heading(page)).toHaveText(FOREIGN_TITLE);

    // The bundled story never asks, and says nothing about where it is from.
    await page.goto('./');
    await expect(heading(page)).toHaveText(bundled.title);
    await expect(page.getByText(/^Data from /)).toHaveCount(0);
  });

  test('"No" to another site’s dataset opens the bundled story and loads nothing', async ({
    page,
  }) => {
    const requests: string[] = [];
    page.context().on('request', (request) => requests.push(request.url()));
    await page.goto(`./?data=${encodeURIComponent(`${ELSEWHERE}/foreign.json`)}`);
    await page.getByRole('link', { name: 'No, open the bundled story' }).click();
    await expect(heading(page)).toHaveText(bundled.title);
    expect(requests.filter((url) => url.startsWith(ELSEWHERE))).toEqual([]);
  });

  test('a stalled server times out with a clear message, and Retry loads it once it answers', async ({
    page,
    request,
  }) => {
    await page.clock.install();
    const key = `stall-${test.info().workerIndex}-${Date.now()}`;
    await openElsewhere(page, `/gate/${key}.json`);
    await expect(page.getByRole('status')).toHaveText(
      'Step 1 of 4: asking the server for the dataset…',
    );
    await page.clock.fastForward('00:31');
    await expect(heading(page)).toHaveText('The server is not answering');
    await expect(page.getByText(`${HOST} has sent nothing for 30 seconds.`)).toBeVisible();

    await request.get(`${ELSEWHERE}/release/${key}`);
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(heading(page)).toHaveText(FOREIGN_TITLE);
  });

  test('a server that sends a few bytes and then nothing times out too', async ({ page }) => {
    await page.clock.install();
    await openElsewhere(page, `/trickle/t-${Date.now()}.json`);
    await expect(page.getByRole('status')).toHaveText('Step 1 of 4: downloading the dataset');
    await expect(page.getByText(/^25 bytes of [\d.]+ kB$/)).toBeVisible();
    await page.clock.fastForward('00:31');
    await expect(heading(page)).toHaveText('The server is not answering');
  });

  test('Cancel stops a load, and "Open another dataset" is there while it waits', async ({
    page,
  }) => {
    await openElsewhere(page, `/gate/cancel-${Date.now()}.json`);
    await expect(page.getByRole('status')).toContainText('asking the server');
    await expect(page.getByRole('button', { name: 'Open another dataset' })).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(heading(page)).toHaveText('Loading stopped');
    await page.getByRole('button', { name: 'Open another dataset' }).click();
    await page.locator('input[type=file]').setInputFiles({
      name: 'mine.json',
      mimeType: 'application/json',
      buffer: Buffer.from(datasetText('My own timeline', 2)),
    });
    await expect(heading(page)).toHaveText('My own timeline');
  });

  test('a 300 MB download is refused with its size, and the limit can be raised', async ({
    page,
  }) => {
    await openElsewhere(page, '/huge.json?mb=300');
    await expect(heading(page)).toHaveText(
      'This dataset is larger than Chronicle opens without asking',
    );
    await expect(page.getByText(/is 300 MB, more than the 100 MB Chronicle opens/)).toBeVisible();
    await page.getByRole('button', { name: 'Load anyway (up to 300 MB)' }).click();
    // Past the old limit while streaming: the raised limit holds. Then the reader stops it.
    await expect(page.getByText(/^(1\d\d|2\d\d) MB of 300 MB$/)).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(heading(page)).toHaveText('Loading stopped');
  });

  test('an endless download stops at the limit while streaming', async ({ page }) => {
    test.slow();
    await openElsewhere(page, '/endless.json');
    await expect(heading(page)).toHaveText(
      'This dataset is larger than Chronicle opens without asking',
    );
    await expect(page.getByText(/larger than 100 MB \(reading stopped there\)/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Load anyway (up to 400 MB)' })).toBeVisible();
  });

  test('a 300 MB file is refused at once, without being read', async ({ page }) => {
    await page.goto('./');
    await expect(heading(page)).toHaveText(bundled.title);
    // A real 300 MB file, made in the page, dropped like one from the desktop.
    const transfer = await page.evaluateHandle((mb) => {
      const megabyte = new Uint8Array(mb).fill(0x20);
      const data = new DataTransfer();
      data.items.add(
        new File(
          Array.from({ length: 300 }, () => megabyte),
          'huge.json',
        ),
      );
      return data;
    }, MB);
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
    await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
    await expect(heading(page)).toHaveText(
      'This dataset is larger than Chronicle opens without asking',
    );
    await expect(
      page.getByText('huge.json is 300 MB, more than the 100 MB Chronicle opens without asking.'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Load anyway (up to 300 MB)' })).toBeVisible();
  });

  test('a mistyped address on this site says "not found", not "not valid JSON"', async ({
    page,
  }) => {
    await page.goto('./?data=/no-such-file.json');
    await expect(heading(page)).toHaveText('No dataset was found there');
    await expect(page.getByText(/sent a web page instead of a JSON file/)).toBeVisible();
  });
});
