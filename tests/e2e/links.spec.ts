import { expect, test } from '@playwright/test';
import {
  currentParams,
  eventLinks,
  expectScrolledIntoList,
  filterCount,
  openTimeline,
  timelineRange,
} from './page';
import { EVENT_COUNT } from './story';

test.describe('shareable links', () => {
  test('a copied link reopens exactly the same view in a fresh page', async ({
    page,
    context,
    browser,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openTimeline(page);
    await page.getByRole('button', { name: 'Location', exact: true }).click();
    await page.getByRole('checkbox', { name: /^Almaty \(Алматы\)/ }).check();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(page).toHaveURL(/window=/);
    await eventLinks(page).filter({ hasText: 'restore order' }).click();
    const detail = page.getByRole('complementary', { name: 'Event details' });
    await detail.getByRole('button', { name: /Share link/ }).click();
    await expect(detail.getByRole('status')).toContainText('copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The link is the event's share page (which link previews read), carrying the rest of the view;
    // a reader with JavaScript goes straight on from it to the app at exactly this view.
    const view = new URL(page.url());
    view.searchParams.delete('event');
    expect(copied).toBe(
      new URL(
        `share/almaty-restore-order-operation.html${decodeURIComponent(view.search)}`,
        page.url(),
      ).href,
    );

    const fresh = await (await browser.newContext()).newPage();
    await fresh.goto(copied);
    await expect(fresh).toHaveURL(page.url());
    await expect(
      fresh
        .getByRole('complementary', { name: 'Event details' })
        .getByRole('heading', { level: 2 }),
    ).toContainText('restore order');
    await expect(filterCount(fresh)).toHaveText(await filterCount(page).innerText());
    await expect(timelineRange(fresh)).toHaveText(await timelineRange(page).innerText());
    await expectScrolledIntoList(fresh, 'almaty-restore-order-operation');
    await expect(fresh).toHaveTitle(/restore order/);
  });

  test('back and forward step through the view', async ({ page }) => {
    await openTimeline(page);
    await eventLinks(page).filter({ hasText: 'Nazarbayev removed' }).click();
    await expect(page).toHaveURL(/event=nazarbayev-removed/);
    await page
      .getByRole('complementary', { name: 'Event details' })
      .getByRole('button', { name: /Next/ })
      .click();
    const second = currentParams(page).get('event');
    await page.goBack();
    await expect(page).toHaveURL(/event=nazarbayev-removed/);
    await page.goBack();
    await expect(page).not.toHaveURL(/event=/);
    await page.goForward();
    await expect(page).toHaveURL(/event=nazarbayev-removed/);
    await page.goForward();
    expect(currentParams(page).get('event')).toBe(second);
  });

  test('middle-click on a list item opens the event in a new tab', async ({ page, context }) => {
    await openTimeline(page);
    const [popup] = await Promise.all([
      context.waitForEvent('page'),
      eventLinks(page).filter({ hasText: 'Nazarbayev removed' }).click({ button: 'middle' }),
    ]);
    await popup.waitForLoadState();
    expect(new URL(popup.url()).searchParams.get('event')).toBe('nazarbayev-removed');
    await expect(popup.getByRole('complementary', { name: 'Event details' })).toContainText(
      'Nazarbayev',
    );
    await expect(page).not.toHaveURL(/event=/);
  });

  test('an unknown event id says so and suggests the nearest one', async ({ page }) => {
    await openTimeline(page, 'event=nazarbayev-remove');
    await expect(page.getByText('This event is not in this timeline')).toBeVisible();
    await page
      .getByRole('link', { name: /Nazarbayev removed/ })
      .first()
      .click();
    await expect(page).toHaveURL(/event=nazarbayev-removed/);
  });

  test('unknown filter ids are ignored with a notice', async ({ page }) => {
    await openTimeline(page, 'actor=tokaev,protesters&location=atlantis&category=weather');
    await expect(page.getByText(/tokaev/)).toBeVisible();
    await expect(page.getByText(/atlantis/)).toBeVisible();
    await expect(filterCount(page)).toContainText(`of ${EVENT_COUNT} events`);
    await expect(eventLinks(page).first()).toBeVisible();
  });

  test('garbled dates, zoom values and huge or repeated parameters never break the page', async ({
    page,
  }) => {
    const bad = [
      'from=2022-13-45&to=yesterday',
      'window=banana~42',
      'window=2022-01-06T00:00Z~2022-01-01T00:00Z',
      'event=a&event=b&event=c',
      `q=${'x'.repeat(5000)}`,
      'lanes=sideways&map=maybe',
      '%E0%A4%A&event=%',
    ];
    for (const query of bad) {
      await openTimeline(page, query);
      await expect(filterCount(page)).toContainText(`of ${EVENT_COUNT} events`);
    }
  });
});
