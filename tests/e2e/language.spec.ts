/**
 * The interface in the reader's language: Norwegian chrome and dates for `lang=nb`, a switch that
 * keeps the view, and the pseudo-locale on a right-to-left page with nothing cut, nothing spilling
 * sideways and no string that skipped the catalog; axe finds nothing in either language.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { Day, Month } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { expectNoAxeViolations } from './axe';
import { currentParams } from './page';
import { titleOfIn } from './story';

const PHONE = { width: 375, height: 812 } as const;
const DESKTOP = { width: 1440, height: 900 } as const;

/** Opens the page with `query` and waits until the story is shown in the language asked for. */
async function openIn(page: Page, query: string, lang: string): Promise<void> {
  await page.goto(`./?${query}`);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.timeline__viewport')).toBeVisible();
}

/**
 * Every word of the bundled dataset's own text: data is shown as written, in any language, so
 * the check for untranslated words leaves these alone.
 */
function datasetWords(): Set<string> {
  const dataset: unknown = JSON.parse(readFileSync('data/kazakhstan-2022-01.json', 'utf8'));
  const words = new Set<string>();
  const visit = (value: unknown) => {
    if (typeof value === 'string') {
      for (const word of value.match(/\p{L}+/gu) ?? []) words.add(word.toLowerCase());
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(dataset);
  return words;
}

/** date-fns's English month and weekday names, wide and short, as the pseudo-locale's dates use. */
function englishDateWords(): string[] {
  const widths = ['wide', 'abbreviated', 'short'] as const;
  const months = Array.from({ length: 12 }, (_, i) =>
    widths.map((width) => enGB.localize.month(i as Month, { width })),
  );
  const days = Array.from({ length: 7 }, (_, i) =>
    widths.map((width) => enGB.localize.day(i as Day, { width })),
  );
  return [...months, ...days].flat();
}

/**
 * Words that are not messages: names (the app's, the languages' own, file formats), and the
 * month and weekday names that date-fns writes for the pseudo-locale (British English dates).
 */
const NOT_MESSAGES = new Set(
  [
    'Chronicle',
    'English',
    'Norsk',
    'CSV',
    'TSV',
    'JSON',
    'GeoJSON',
    'ICS',
    'PNG',
    'SVG',
    'ACLED',
    'TimelineJS',
    'UTC',
    'GMT',
    'am',
    'pm',
    ...englishDateWords(),
  ].map((word) => word.toLowerCase()),
);

/**
 * The visible texts and accessible-name attributes of the page that hold an unaccented English
 * word which is neither data nor a name: in the pseudo-locale every message is accented, so such
 * a word skipped the catalog.
 */
async function untranslatedTexts(page: Page, allowed: Set<string>): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const found: string[] = [];
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden';
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      // The map's country names come with its shapes (world-atlas), like the dataset's text.
      if (!parent || text === '' || parent.closest('script, style, svg title, .map-labels')) {
        continue;
      }
      if (parent.closest('.visually-hidden') || visible(parent)) found.push(text);
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder]')) {
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value) found.push(value);
      }
    }
    return found;
  });
  return texts.filter((text) => {
    // An address (an example in a placeholder) is not words; a title cut to fit ends mid-word.
    if (/^https?:\/\/\S+$/.test(text)) return false;
    const words = text.replace(/\p{L}+…$/u, '').match(/\p{L}+/gu) ?? [];
    return words.some((word) => /^[A-Za-z]{2,}$/.test(word) && !allowed.has(word.toLowerCase()));
  });
}

/** Elements whose text is wider than their box while they clip it (a cut label). */
async function cutTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cut: string[] = [];
    const selector = 'button, a, label, h1, h2, h3, dt, dd, th, td, legend, summary, p, li > span';
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      // The timeline's own marks fit their titles to their room on purpose, with an ellipsis.
      if (element.closest('.timeline__viewport, .visually-hidden')) continue;
      // Text kept for screen readers only (visually-hidden-narrow on a phone) is a 1px box.
      if (element.clientWidth <= 1) continue;
      const style = getComputedStyle(element);
      if (style.textOverflow === 'ellipsis' || style.webkitLineClamp !== 'none') continue;
      const clips = /hidden|clip/.test(style.overflowX);
      if (clips && element.scrollWidth > element.clientWidth + 1) {
        cut.push(`${element.tagName.toLowerCase()}: ${element.textContent?.trim() ?? ''}`);
      }
    }
    return cut;
  });
}

test.describe('the interface in Norwegian', () => {
  test('lang=nb gives Norwegian chrome, Norwegian dates and <html lang="nb">', async ({ page }) => {
    await openIn(page, 'lang=nb', 'nb');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('region', { name: 'Tidslinje', exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: /^Hendelser/ })).toBeVisible();
    await expect(page.getByText(/januar 2022/).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Norsk bokmål' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page
      .getByRole('region', { name: /^Hendelser/ })
      .getByRole('link')
      .first()
      .click();
    await expect(page.getByRole('button', { name: /Del lenke/ })).toBeVisible();
    expect(currentParams(page).get('lang')).toBe('nb');
  });

  test('switching the language keeps the view and the rest of the link', async ({ page }) => {
    const event = 'almaty-mayors-office-stormed';
    await openIn(page, `event=${event}&lanes=actor&q=Almaty`, 'en');
    const before = currentParams(page);
    const norwegian = page.getByRole('button', { name: 'Norsk bokmål' });
    await norwegian.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    await expect(page).toHaveURL(/lang=nb/);
    const after = currentParams(page);
    for (const key of ['event', 'lanes', 'q']) expect(after.get(key)).toBe(before.get(key));
    // The page is rebuilt in the new language, and the focus stays on the switch.
    await expect(page.getByRole('button', { name: 'Norsk bokmål' })).toBeFocused();
    await expect(page.getByRole('button', { name: 'Norsk bokmål' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByRole('heading', { name: titleOfIn(event, 'nb') }).first()).toBeVisible();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveURL(/lang=en/);
    expect(currentParams(page).get('event')).toBe(event);
  });

  test('a garbled lang= says so, in the browser’s language', async ({ page }) => {
    await openIn(page, 'lang=klingon', 'en');
    await expect(page.getByText(/The language in this link/)).toBeVisible();
  });
});

for (const size of [PHONE, DESKTOP]) {
  test.describe(`at ${size.width} × ${size.height}`, () => {
    test.use({ viewport: size });

    test('the pseudo-locale right to left: nothing untranslated, cut or spilling sideways', async ({
      page,
    }) => {
      await openIn(page, 'lang=pseudo&dir=rtl', 'en-XA');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      const allowed = new Set([...datasetWords(), ...NOT_MESSAGES]);
      expect(await untranslatedTexts(page, allowed)).toEqual([]);
      expect(await cutTexts(page)).toEqual([]);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      // An event open, with its panel or sheet mirrored.
      await openIn(page, 'lang=pseudo&dir=rtl&event=almaty-mayors-office-stormed', 'en-XA');
      await expect(page.locator('article.detail')).toBeVisible();
      // "← Previous" points the way of reading: to the right on a right-to-left page.
      await expect(page.locator('article.detail .reading-arrow').first()).toHaveCSS(
        'transform',
        /^matrix\(-1, 0, 0, 1/,
      );
      expect(await untranslatedTexts(page, allowed)).toEqual([]);
      expect(await cutTexts(page)).toEqual([]);
    });

    for (const lang of ['nb', 'en']) {
      test(`axe finds nothing in ${lang}, with an event open too`, async ({ page }) => {
        await openIn(page, `lang=${lang}`, lang);
        await expectNoAxeViolations(page);
        await openIn(page, `lang=${lang}&event=almaty-mayors-office-stormed`, lang);
        await expectNoAxeViolations(page);
      });
    }
  });
}
