import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { currentParams, eventLinks, openTimeline } from './page';
import { EVENT_COUNT } from './story';

test.describe('reading the timeline', () => {
  test('shows the story with its events in time order and dates in words', async ({ page }) => {
    await openTimeline(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Kazakhstan');
    const links = eventLinks(page);
    await expect(links).toHaveCount(EVENT_COUNT);
    await expect(links.first()).toContainText('independence', { ignoreCase: true });
    await expect(page.getByText('Sunday 2 January 2022').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('opens an event from the list with its figures, quotes and chain of reporting', async ({
    page,
  }) => {
    await openTimeline(page);
    await page
      .getByRole('link', { name: /restore order/i })
      .first()
      .click();
    await expect(page).toHaveURL(/event=almaty-restore-order-operation/);
    const detail = page.getByRole('complementary', { name: 'Event details' });
    await expect(detail.getByRole('heading', { level: 2 })).toBeVisible();
    await expect(detail.getByRole('table')).toBeVisible();
    await expect(detail.getByRole('table')).toContainText('Kazakh security forces');
    await eventLinks(page).filter({ hasText: '1,000 injured' }).click();
    await expect(detail.getByRole('heading', { level: 2 })).toContainText('1,000 injured');
    await expect(detail.getByRole('table')).toContainText('Not attributed');
    await expect(detail.getByRole('table')).toContainText('in intensive care');
    await expect(detail.getByRole('blockquote').first()).toHaveAttribute('lang', 'nb');
    await expect(detail.getByRole('blockquote').first()).toBeVisible();
    await expect(detail.getByText(/Translation:/).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('steps through events with previous and next, and Escape closes and returns focus', async ({
    page,
  }) => {
    await openTimeline(page);
    const link = page.getByRole('link', { name: /Nazarbayev removed/i }).first();
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/event=nazarbayev-removed/);
    const detail = page.getByRole('complementary', { name: 'Event details' });
    const title = detail.getByRole('heading', { level: 2 });
    const first = await title.textContent();
    await detail.getByRole('button', { name: /Next/ }).click();
    await expect(title).not.toHaveText(first ?? '');
    const nextId = currentParams(page).get('event');
    expect(nextId).not.toBe('nazarbayev-removed');
    await detail.getByRole('button', { name: /Previous/ }).click();
    await expect(page).toHaveURL(/event=nazarbayev-removed/);
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/event=/);
    // The column beside the timeline goes back to the guide to reading it.
    await expect(page.getByRole('complementary', { name: 'About this timeline' })).toBeVisible();
    await expect(link).toBeFocused();
  });
});
