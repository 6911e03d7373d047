import { expect, type Page } from '@playwright/test';

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
 * list scrolls in its own panel, so the page's viewport is not the measure.
 */
export async function expectScrolledIntoList(page: Page, eventId: string): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate((id) => {
        const item = document.querySelector(`.event-list [data-event-id="${id}"]`);
        const scroller = item?.closest('.list-panel__scroll');
        if (!item || !scroller) return false;
        const a = item.getBoundingClientRect();
        const b = scroller.getBoundingClientRect();
        return a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
      }, eventId),
    )
    .toBe(true);
}
