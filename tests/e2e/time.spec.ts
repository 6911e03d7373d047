import { expect, test } from '@playwright/test';
import { timeFilterCounts, filterEvents } from '../../src/state/filter';
import { DEFAULT_VIEW_STATE } from '../../src/state/viewState';
import { expectNoAxeViolations } from './axe';
import { bundledIndex } from './bundledStory';
import { eventLinks, openTimeline } from './page';

const index = bundledIndex();
const titleOf = (id: string) => index.byId.get(id)?.event.title ?? id;
const sunday = { ...DEFAULT_VIEW_STATE, from: '2022-01-02', to: '2022-01-02' };

test.describe('time as the sources give it', () => {
  test('a one-day filter lists only the events certainly on that day and says how many more may be', async ({
    page,
  }) => {
    const certain = filterEvents(index, sunday).map(({ event }) => event.title);
    const counts = timeFilterCounts(index, sunday);
    expect(counts?.possible).toBeGreaterThan(0);
    await openTimeline(page, 'from=2022-01-02&to=2022-01-02');
    await expect(eventLinks(page)).toHaveCount(certain.length);
    for (const [i, title] of certain.entries()) {
      await expect(eventLinks(page).nth(i)).toContainText(title);
    }
    // Nothing the article does not date on Sunday is listed: not the state of emergency.
    await expect(
      page
        .getByRole('region', { name: /^Events/ })
        .getByText(titleOf('nationwide-state-of-emergency')),
    ).toHaveCount(0);
    const note = page.getByText(/events? certainly fall in these days/);
    await expect(note).toContainText(`and ${counts?.possible} more may`);
    await expectNoAxeViolations(page);

    // One control includes them, and the choice goes into the link.
    await page.getByLabel(/Also show the \d+ that may fall in these days/).check();
    await expect(page).toHaveURL(/possible=1/);
    await expect(eventLinks(page)).toHaveCount(certain.length + (counts?.possible ?? 0));
    await page.goBack();
    await expect(page).not.toHaveURL(/possible=1/);
    await expect(eventLinks(page)).toHaveCount(certain.length);
  });

  test('the list and Next put "asks the CSTO for help" before the events that answer it', async ({
    page,
  }) => {
    await openTimeline(page);
    const titles = await eventLinks(page).allTextContents();
    const position = (id: string) => titles.findIndex((text) => text.includes(titleOf(id)));
    const asks = position('tokayev-requests-csto-help');
    expect(asks).toBeGreaterThanOrEqual(0);
    expect(asks).toBeLessThan(position('russia-to-send-troops'));
    expect(asks).toBeLessThan(position('tokayev-confirms-csto-peacekeepers'));

    await openTimeline(page, 'event=tokayev-requests-csto-help');
    const detail = page.getByRole('article', { name: titleOf('tokayev-requests-csto-help') });
    await expect(detail).toBeVisible();
    await detail.getByRole('button', { name: /Next/ }).click();
    await expect(
      page.getByRole('article', { name: titleOf('russia-to-send-troops') }),
    ).toBeVisible();
  });

  test('an undated event is a mark at its estimate with a bracket over its bounds, not a bar', async ({
    page,
  }) => {
    await openTimeline(page, 'window=2022-01-01T18:00Z~2022-01-07T18:00Z');
    const chart = page.getByRole('region', { name: 'Timeline chart' });
    // The events the article gives no day for, in January (the OSCE's undated judgement lies in 2019).
    const inView = Date.parse('2022-01-01T18:00Z');
    const undated = index.events.filter(
      ({ timing, body }) =>
        timing.kind === 'instant' && !timing.point.known && body.start >= inView,
    );
    expect(undated.length).toBeGreaterThanOrEqual(13);
    for (const { event } of undated) {
      const mark = chart.locator(`a[data-event-id="${event.id}"]`);
      const body = await mark.locator('.mark__shape').boundingBox();
      const bracket = await mark.locator('.mark__bracket').boundingBox();
      expect(body, event.id).not.toBeNull();
      expect(bracket, event.id).not.toBeNull();
      // The mark covers about one day; the bracket reaches back over the days it may have been.
      expect(bracket?.width ?? 0, event.id).toBeGreaterThan(2.5 * (body?.width ?? 0));
    }
    // The detail says it in words, with no field names.
    await openTimeline(page, 'event=nationwide-state-of-emergency');
    const detail = page.getByRole('article');
    await expect(detail.getByText('by Thursday 6 January 2022', { exact: true })).toBeVisible();
    await expect(
      detail.getByText(/^The day is not given: some time from Sunday 2 January/),
    ).toBeVisible();
    await expect(detail).not.toContainText('published.basis');
    await expect(detail).not.toContainText('approximate');
  });

  test('the casualty strip shows no figure on 2 January, and places the tallies at 6 January', async ({
    page,
  }) => {
    await openTimeline(page, 'window=2022-01-01T18:00Z~2022-01-02T18:00Z');
    const strip = page.getByRole('region', { name: 'Casualty figures in view' });
    await expect(strip.getByText('No casualty figures among the events in view.')).toBeVisible();
    await openTimeline(page, 'window=2022-01-05T18:00Z~2022-01-06T18:00Z');
    await expect(strip.getByRole('button').first()).toBeVisible();
  });

  test('an old link to the merged storming opens the one event it became', async ({ page }) => {
    await openTimeline(page, 'event=protesters-storm-main-government-building');
    await expect(
      page.getByRole('article', { name: titleOf('almaty-mayors-office-stormed') }),
    ).toBeVisible();
  });
});
