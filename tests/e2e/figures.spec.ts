import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { figuresInView } from '../../src/state/viewFigures';
import { bundledIndex } from './bundledStory';
import { openTimeline } from './page';

/** The casualty strip: every figure in view, in words. */
function strip(page: Page) {
  return page.getByRole('region', { name: 'Casualty figures in view' });
}

/** Every piece of text the page holds: what it shows, what it hides, and its accessible names. */
function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const labels = [...document.querySelectorAll('[aria-label]')].map(
      (element) => element.getAttribute('aria-label') ?? '',
    );
    return [document.body.innerText, document.body.textContent ?? '', ...labels].join('\n');
  });
}

/** A figure as symbols instead of words: "~24+", "~1,000", "24+", "10–19". */
const SYMBOL_READING = /~\s?\d|\d\+(?![\d:])|\d\s?–\s?\d[\d,]*\s(?:killed|injured)/;

/** The window around 6 January 2022, when the story's figures are reported. */
const FIGURES_DAY = 'window=2022-01-05T18:00Z~2022-01-07T06:00Z';

const SIZES = [
  { name: 'phone', viewport: { width: 375, height: 812 }, touch: true },
  { name: 'desktop', viewport: { width: 1440, height: 900 }, touch: false },
] as const;

for (const size of SIZES) {
  test.describe(`casualty figures on a ${size.name}`, () => {
    test.use({ viewport: size.viewport, hasTouch: size.touch, isMobile: size.touch });

    for (const query of ['', 'event=almaty-public-buildings-attacked', FIGURES_DAY]) {
      test(`show no number a source did not give (${query || 'the opening view'})`, async ({
        page,
      }) => {
        await openTimeline(page, query);
        await expect(strip(page)).toBeAttached();
        const text = await pageText(page);
        expect(text).not.toContain('~24+');
        expect(text).not.toMatch(SYMBOL_READING);
      });
    }

    test('the map sized by casualties shows no invented number in marks, labels or legend', async ({
      page,
    }) => {
      await openTimeline(page, `mapSize=casualties&${FIGURES_DAY}`);
      const map = page.getByRole('group', { name: 'Map of the places' });
      const almaty = map.getByRole('button', { name: /^Almaty/ });
      await expect(almaty).toHaveAccessibleName(
        /— Saltanat Azirbek, Almaty police; read as: about 24 or more killed/,
      );
      const legend = page.getByRole('group', { name: 'Map legend' });
      await expect(legend.getByText('read as: about 24 or more')).toBeAttached();
      await almaty.focus();
      const tooltip = page.getByRole('tooltip');
      await expect(tooltip).toContainText('Saltanat Azirbek, Almaty police');
      await expect(tooltip).toContainText('read as: about 24 or more killed');
      const text = await pageText(page);
      expect(text).not.toContain('~24+');
      expect(text).not.toMatch(SYMBOL_READING);
    });

    test('the strip passes axe', async ({ page }) => {
      await openTimeline(page, FIGURES_DAY);
      await expect(strip(page).getByRole('img').first()).toBeAttached();
      await expectNoAxeViolations(page, { include: '#casualty-figures' });
    });
  });
}

test.describe('casualty figures on a touch phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  test('"dozens" and who claims it are shown without hovering', async ({ page }) => {
    await openTimeline(page, FIGURES_DAY);
    const figure = strip(page)
      .getByRole('listitem')
      .filter({ hasText: '(dozens)' })
      .filter({ hasText: 'Saltanat Azirbek' });
    const words = figure.getByText(/\(dozens\)/);
    await words.scrollIntoViewIfNeeded();
    await expect(words).toBeVisible();
    await expect(figure.getByText('Saltanat Azirbek, Almaty police')).toBeVisible();
    await expect(figure.getByText('attackers (group: Protesters)', { exact: false })).toBeVisible();
    await expect(figure.getByText('read as: about 24 or more')).toBeVisible();
    await expect(figure).toContainText('via Interfax, TASS and RIA Novosti');
    // The claimant is on the page itself, not in a tooltip that needs a hover.
    await expect(page.getByRole('tooltip')).toHaveCount(0);
  });

  test('the strip stacks each figure above its drawing and fits the screen', async ({ page }) => {
    await openTimeline(page, FIGURES_DAY);
    const figure = strip(page).getByRole('listitem').filter({ hasText: '"åtte"' });
    const words = figure.getByText(/"åtte"/);
    const drawing = figure.getByRole('img');
    await drawing.scrollIntoViewIfNeeded();
    const [w, d] = await Promise.all([words.boundingBox(), drawing.boundingBox()]);
    if (!w || !d) throw new Error('the figure is not laid out');
    expect(d.y).toBeGreaterThanOrEqual(w.y + w.height);
    expect(d.x + d.width).toBeLessThanOrEqual(375);
    await expect(drawing).toHaveAccessibleName(/killed from 0 to \d+: a dot at 8$/);
  });
});

for (const size of SIZES) {
  test.describe(`the table of every figure on a ${size.name}`, () => {
    test.use({ viewport: size.viewport, hasTouch: size.touch, isMobile: size.touch });

    test('compares every claim of the view: words, kind, group, claimant, as of, sources; a row opens its event', async ({
      page,
    }) => {
      const index = bundledIndex();
      const expected = figuresInView(index, index.events).length;
      await openTimeline(page);
      const open = strip(page).getByRole('button', { name: 'Compare every figure in a table' });
      await open.scrollIntoViewIfNeeded();
      await open.click();
      await expect(page).toHaveURL(/figureTable=1/);
      await expect(open).toHaveAttribute('aria-expanded', 'true');
      await expect(page.getByRole('button', { name: `Figures (${expected})` })).toHaveAttribute(
        'aria-expanded',
        'true',
      );
      const table = page.getByRole('table', {
        name: `${expected} casualty figures of the events shown, by kind, group and date`,
      });
      await expect(table).toBeVisible();
      // One header row, then a row per figure.
      await expect(table.getByRole('row')).toHaveCount(expected + 1);
      const azirbek = table
        .getByRole('row')
        .filter({ hasText: 'dozens' })
        .filter({ hasText: 'Saltanat Azirbek' });
      await expect(azirbek.first()).toContainText('attackers (group: Protesters)');
      await expect(azirbek.first()).toContainText('Interfax');
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
      const link = azirbek.first().getByRole('link').first();
      const title = (await link.textContent()) ?? '';
      await link.click();
      await expect(page).toHaveURL(/event=/);
      await expect(page.getByRole('heading', { name: title, level: 2 }).first()).toBeVisible();
    });

    test('opens from a shared link, and the Figures button hides it', async ({ page }) => {
      await openTimeline(page, 'figureTable=1');
      const panel = page.getByRole('region', { name: /^Every casualty figure/ });
      await expect(panel).toBeVisible();
      await page.getByRole('button', { name: /^Figures \(\d+\)$/ }).click();
      await expect(panel).toHaveCount(0);
      await expect(page).not.toHaveURL(/figureTable/);
    });
  });
}

/** How far the page reaches past the viewport's right edge, in px (0 when nothing overflows). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
