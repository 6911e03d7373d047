import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { currentParams, eventLinks, filterCount, openTimeline } from './page';
import { EVENT_COUNT_WITH_LATER } from './story';

/** The figures as reported on the chosen day, above the timeline. */
function reportedFigures(page: Page) {
  return page.getByRole('region', { name: /^Figures/ });
}

async function setReportingDate(page: Page, day: string) {
  await page.getByRole('textbox', { name: 'Reported by' }).fill(day);
  await expect.poll(() => currentParams(page).get('known')).toBe(day);
}

test.describe('later reporting', () => {
  test('switches to the story with later reporting and back, in the URL both ways', async ({
    page,
  }) => {
    await openTimeline(page);
    const article = page.getByRole('radio', {
      name: 'The article, as published on 6 January 2022',
    });
    const later = page.getByRole('radio', { name: 'With later reporting' });
    await expect(article).toBeChecked();
    await expect(page.getByRole('heading', { name: /^Events/ })).toContainText('27');

    await later.check();
    await expect.poll(() => currentParams(page).get('account')).toBe('later-reporting');
    await expect(page.getByRole('heading', { name: /^Events/ })).toContainText(
      String(EVENT_COUNT_WITH_LATER),
    );
    await expect(eventLinks(page).filter({ hasText: 'The government resigns' })).toHaveCount(1);

    await article.check();
    await expect.poll(() => currentParams(page).has('account')).toBe(false);
    await expect(page.getByRole('heading', { name: /^Events/ })).toContainText('27');

    await page.goBack();
    await expect(later).toBeChecked();
    await expect.poll(() => currentParams(page).get('account')).toBe('later-reporting');
    await page.goForward();
    await expect(article).toBeChecked();
  });

  test('says in the list and the detail where the article differs', async ({ page }) => {
    await openTimeline(page, 'account=later-reporting');
    const line =
      'Article: raised the price cap on Sunday (2 January). Later reporting: the cap was removed on 1 January.';
    await expect(page.getByRole('region', { name: /^Events/ }).getByText(line)).toBeVisible();
    await eventLinks(page).filter({ hasText: 'price cap on LPG' }).first().click();
    const detail = page.getByRole('article');
    await expect(detail.getByText(line)).toBeVisible();
    await expect(detail.getByRole('heading', { name: /^Later reporting/ })).toBeVisible();
    await expect(detail.getByText('Saturday 1 January 2022').first()).toBeVisible();
  });

  test('steps the reporting date: the security-force toll goes 8 → 18 → 19, the 164 appears withdrawn', async ({
    page,
  }) => {
    await openTimeline(page, 'account=later-reporting');
    await setReportingDate(page, '2022-01-05');
    const figures = reportedFigures(page);
    await expect(figures).toContainText('Figures as reported by 5 January 2022');
    await expect(
      figures.getByRole('listitem').filter({ hasText: 'security forces, killed' }),
    ).toContainText('killed: 8');

    await page.getByRole('button', { name: 'Next day' }).click();
    await expect.poll(() => currentParams(page).get('known')).toBe('2022-01-06');
    await expect(
      figures.getByRole('listitem').filter({ hasText: 'security forces, killed' }),
    ).toContainText('killed: 18');

    await setReportingDate(page, '2022-01-08');
    await expect(figures).not.toContainText('164');
    await setReportingDate(page, '2022-01-09');
    await expect(
      figures.getByRole('listitem').filter({ hasText: 'not specified, killed' }),
    ).toContainText('164, withdrawn');

    await setReportingDate(page, '2022-01-15');
    await expect(
      figures.getByRole('listitem').filter({ hasText: 'security forces, killed' }),
    ).toContainText('killed: 19');
    await expect(
      figures.getByRole('listitem').filter({ hasText: 'not specified, killed' }),
    ).toContainText('225');
    await page.getByRole('button', { name: 'Show the revisions' }).click();
    const revisions = figures.getByRole('figure', { name: /Kazakh security forces, killed/ });
    await expect(revisions.getByRole('listitem')).toHaveCount(7);
    await expect(revisions.locator('[aria-current="true"]')).toContainText('19');

    await page.getByRole('button', { name: 'All reporting' }).click();
    await expect.poll(() => currentParams(page).has('known')).toBe(false);
  });

  test('links every cited page with outlet, date and language, and says when there is no link', async ({
    page,
  }) => {
    await openTimeline(page, 'account=later-reporting&event=lpg-price-cap-rise');
    const detail = page.getByRole('article');
    const dw = detail.getByRole('link', { name: /Deutsche Welle: state of emergency/ }).first();
    await expect(dw).toHaveAttribute('href', /^https:\/\/www\.dw\.com\//);
    await expect(dw).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(dw).toHaveAttribute('target', '_blank');
    const geo = detail.getByRole('listitem').filter({ hasText: 'geopolitic.org' }).last();
    await expect(geo).toContainText('5 Jan 2022');
    await expect(geo).toContainText('English');
    await expect(detail.getByText(/^No public link found/).first()).toBeVisible();
    const hrefs = await detail
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/|\?|\.\/)/);
  });

  test('filters by a source, from the facet and from the list of sources', async ({ page }) => {
    await openTimeline(page, 'account=later-reporting');
    await page.getByRole('button', { name: 'Source', exact: true }).click();
    await page
      .getByRole('checkbox', { name: /TASS: Tokayev becomes Security Council chairman/ })
      .check();
    await expect.poll(() => currentParams(page).get('source')).toBe('tass-1384183');
    await expect(filterCount(page)).toContainText(`1 of ${EVENT_COUNT_WITH_LATER} events`);
    await expect(eventLinks(page)).toHaveText([
      'Nazarbayev removed from his national-security position',
    ]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => currentParams(page).has('source')).toBe(false);

    await page.getByRole('button', { name: /^Sources \(\d+\)$/ }).click();
    await expect.poll(() => currentParams(page).get('sourceList')).toBe('1');
    const list = page.getByRole('region', { name: /^Sources/ });
    const row = list
      .getByRole('row')
      .filter({ hasText: 'Kazinform: 8 policemen and servicemen died' });
    await row.getByRole('button', { name: /Show its/ }).click();
    await expect.poll(() => currentParams(page).get('source')).toBe('kazinform-3881809');
    await expect(eventLinks(page)).toHaveText([/Deaths so far/]);
  });

  test('has no accessibility violations in either account, at desktop size', async ({ page }) => {
    await openTimeline(page, 'event=death-toll-so-far&sourceList=1');
    await expectNoAxeViolations(page);
    await openTimeline(
      page,
      'account=later-reporting&known=2022-01-15&event=death-toll-so-far&sourceList=1',
    );
    await page.getByRole('button', { name: 'Show the revisions' }).click();
    await expectNoAxeViolations(page);
  });
});

test.describe('later reporting on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  test('has no accessibility violations in either account', async ({ page }) => {
    await openTimeline(page);
    await expectNoAxeViolations(page);
    await openTimeline(
      page,
      'account=later-reporting&known=2022-01-09&event=toll-of-164-posted-and-withdrawn',
    );
    await expect(
      page
        .getByRole('article')
        .getByText(/withdrawn 9 Jan 2022/)
        .first(),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
