import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { currentParams, eventLinks, filterCount, openTimeline } from './page';
import { EVENT_COUNT } from './story';

test.describe('filters', () => {
  test('filter by actor through the UI: the list, the count and the URL follow', async ({
    page,
  }) => {
    await openTimeline(page);
    await page.getByRole('button', { name: 'Actor', exact: true }).click();
    await expect(page.getByRole('checkbox', { name: /Kassym-Jomart Tokayev/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('checkbox', { name: /Kassym-Jomart Tokayev/ }).check();
    await expect(page).toHaveURL(/actor=kassym-jomart-tokayev/);
    const count = await eventLinks(page).count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(EVENT_COUNT);
    await expect(filterCount(page)).toHaveText(`${count} of ${EVENT_COUNT} events`);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: /^Actor/ })).toBeFocused();
  });

  test('filter by location, combine with a category, then clear', async ({ page }) => {
    await openTimeline(page);
    await page.getByRole('button', { name: 'Location', exact: true }).click();
    await page.getByRole('checkbox', { name: /^Almaty \(Алматы\)/ }).check();
    await expect(page).toHaveURL(/location=almaty(&|$)/);
    const almaty = await eventLinks(page).count();
    expect(almaty).toBeGreaterThan(2);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Category', exact: true }).click();
    await page.getByRole('checkbox', { name: /Security operation/ }).check();
    await expect(page).toHaveURL(/category=security-operation/);
    await expect.poll(() => eventLinks(page).count()).toBeLessThan(almaty);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(eventLinks(page)).toHaveCount(EVENT_COUNT);
    expect(currentParams(page).toString()).toBe('');
  });

  test('text search is case- and accent-insensitive', async ({ page }) => {
    await openTimeline(page);
    const search = page.getByLabel('Search');
    await search.fill('tokayev');
    await expect(page).toHaveURL(/q=tokayev/);
    const lower = await eventLinks(page).count();
    expect(lower).toBeGreaterThan(0);
    await search.fill('TOKAYEV');
    await expect(page).toHaveURL(/q=TOKAYEV/);
    await expect(eventLinks(page)).toHaveCount(lower);
    await search.fill('almatý');
    await expect(page).toHaveURL(/q=almat/);
    await expect.poll(() => eventLinks(page).count()).toBeGreaterThan(0);
  });

  test('a time window from the date inputs', async ({ page }) => {
    await openTimeline(page);
    await page.getByLabel('From', { exact: true }).fill('2022-01-05');
    await page.getByLabel('To', { exact: true }).fill('2022-01-05');
    await expect(page).toHaveURL(/from=2022-01-05/);
    await expect(page).toHaveURL(/to=2022-01-05/);
    await expect(eventLinks(page).filter({ hasText: 'Nazarbayev removed' })).toHaveCount(1);
    await expect(eventLinks(page).filter({ hasText: 'independence' })).toHaveCount(0);
  });

  test('a range the wrong way round is turned round; one past the story says why', async ({
    page,
  }) => {
    await openTimeline(page);
    const from = page.getByLabel('From', { exact: true });
    const to = page.getByLabel('To', { exact: true });
    await from.fill('2022-01-06');
    await to.fill('2022-01-05');
    await expect(page.getByText(/is after its end date .*so the two were swapped/)).toBeVisible();
    await expect(from).toHaveValue('2022-01-05');
    await expect(to).toHaveValue('2022-01-06');
    // The links of the page carry the range the right way round.
    await expect(eventLinks(page).first()).toHaveAttribute('href', /from=2022-01-05&to=2022-01-06/);
    await to.fill('');
    await from.fill('2030-01-01');
    await expect(page).toHaveURL(/from=2030-01-01/);
    const note = page.getByText(/^Nothing happens from this day on: the story’s last day is /);
    await expect(note).toBeVisible();
    await expect(from).toHaveAccessibleDescription(/Nothing happens from this day on/);
    await expect(from).toHaveAttribute('aria-invalid', 'false');
    await from.fill('2022-01-05');
    await expect(page).toHaveURL(/from=2022-01-05/);
    await expect(note).toBeHidden();
  });

  test('clicking an actor or place in the detail filters by it', async ({ page }) => {
    await openTimeline(page, 'event=taldykorgan-nazarbayev-statue');
    const detail = page.getByRole('complementary', { name: 'Event details' });
    await detail.getByRole('button', { name: 'Taldykorgan' }).click();
    await expect(page).toHaveURL(/location=taldykorgan/);
    await expect(eventLinks(page)).toHaveCount(1);
  });
});
