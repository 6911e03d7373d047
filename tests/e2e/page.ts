import { expect, type FrameLocator, type Page } from '@playwright/test';
import { titleOf } from './story';

/** Opens the app with an optional query string and waits for the dataset to be shown. */
export async function openTimeline(page: Page, query = ''): Promise<void> {
  await page.goto(query ? `./?${query.replace(/^\?/, '')}` : './');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Timeline chart' })).toBeVisible();
}

/** The query parameters of the page's current URL. */
export function currentParams(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** "N of M events" beside the filters: how many events pass them. */
export function filterCount(page: Page) {
  return page.getByRole('status', { name: 'Events shown' });
}

/** "1–7 January 2022 · N of M events in view": what the timeline shows. */
export function timelineRange(page: Page) {
  return page.getByRole('status', { name: 'Timeline range' });
}

/** The timeline's chart, where the marks are. */
export function timelineChart(page: Page | FrameLocator) {
  return page.getByRole('region', { name: 'Timeline chart' });
}

/** The mark of event `id` on the timeline: a link named by the event's title, then its date. */
export function timelineMark(page: Page | FrameLocator, id: string) {
  const title = titleOf(id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return timelineChart(page).getByRole('link', { name: new RegExp(`^${title} — `) });
}

/** The event list's links, in order. */
export function eventLinks(page: Page) {
  return page
    .getByRole('region', { name: /^Events/ })
    .getByRole('list')
    .first()
    .getByRole('link');
}

/**
 * Asserts that an event's list item is scrolled into view inside the list. On wide screens the
 * list scrolls in its own panel, so the page's viewport is not the measure; where the list does
 * not scroll by itself (phones), the viewport is.
 */
export async function expectScrolledIntoList(page: Page, eventId: string): Promise<void> {
  const link = page
    .getByRole('region', { name: /^Events/ })
    .getByRole('link', { name: titleOf(eventId), exact: true });
  await expect
    .poll(() =>
      link.evaluate((a) => {
        const item = a.closest('li');
        let scroller = item?.parentElement ?? null;
        while (scroller && !/auto|scroll/.test(getComputedStyle(scroller).overflowY)) {
          scroller = scroller.parentElement;
        }
        if (!item) return false;
        const box = item.getBoundingClientRect();
        const frame = scroller?.getBoundingClientRect() ?? { top: 0, bottom: window.innerHeight };
        return box.top >= frame.top - 1 && box.bottom <= frame.bottom + 1;
      }),
    )
    .toBe(true);
}
