import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { openTimeline } from './page';

/** Printing (and "Save as PDF"): a clean document of the open event, or of the events in view. */

const dataset = JSON.parse(readFileSync('data/kazakhstan-2022-01.json', 'utf8')) as {
  title: string;
  events: {
    id: string;
    title: string;
    categories: string[];
    account?: string;
    citations: { url?: string; source: string }[];
  }[];
  sources: { id: string; name: string; url?: string }[];
};
const STORMED = 'almaty-mayors-office-stormed';
const stormed = dataset.events.find((e) => e.id === STORMED);

/** The labels of the app's controls: none of them belongs on paper. */
const CONTROL_LABELS = [
  'Previous',
  'Next',
  'Share link',
  'Close event details',
  'Zoom in',
  'Zoom out',
  'Fit all',
  'Reset view',
  'Group rows by',
  'Open a dataset',
  'Embed',
  'Skip to the event list',
  'More about this story',
  'Clear filters',
  'Show only events',
];

/** The text of the page printed to PDF (A4), in reading order, with its whitespace squeezed. */
async function printedText(page: Page): Promise<string> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
    mergePages: true,
  });
  return text.replace(/\s+/g, ' ');
}

test.describe('printing', () => {
  test('with an event open: that event alone, with every source address and no controls', async ({
    page,
  }) => {
    await openTimeline(page, `event=${STORMED}`);
    await expect(
      page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 }),
    ).toHaveText(stormed?.title ?? '');
    const text = await printedText(page);
    expect(text).toContain(stormed?.title);
    expect(text).toContain(dataset.title);
    expect(text).toContain('around Wednesday 5 January 2022');
    const addresses = (stormed?.citations ?? []).flatMap((c) => {
      const url = c.url ?? dataset.sources.find((s) => s.id === c.source)?.url;
      return url ? [url] : [];
    });
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses) expect(text).toContain(address);
    for (const label of CONTROL_LABELS) expect(text, label).not.toContain(label);
    // Only this event: no other event's title is on paper.
    for (const other of dataset.events.filter((e) => e.id !== STORMED)) {
      expect(text).not.toContain(other.title);
    }
  });

  test('without one: the events that pass the filters, in order, and no controls', async ({
    page,
  }) => {
    await openTimeline(page, 'category=violence');
    const text = await printedText(page);
    // The page opens on the article's account; events only later reporting gives are not in it.
    const violent = dataset.events.filter(
      (e) => e.categories.includes('violence') && e.account !== 'later-reporting',
    );
    expect(text).toContain(`${violent.length} of the 27 events in view`);
    let last = -1;
    for (const event of violent) {
      const at = text.indexOf(event.title);
      expect(at, event.title).toBeGreaterThan(last);
      last = at;
    }
    for (const other of dataset.events.filter((e) => !e.categories.includes('violence'))) {
      expect(text).not.toContain(other.title);
    }
    for (const label of CONTROL_LABELS) expect(text, label).not.toContain(label);
  });
});
