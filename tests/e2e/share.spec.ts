import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openTimeline } from './page';
import { titleOfIn } from './story';

/**
 * Link previews and readers without JavaScript: what a plain HTTP fetch of a share link returns
 * (as a link unfurler sees it), and where a reader with JavaScript lands.
 */

const dataset = JSON.parse(readFileSync('data/kazakhstan-2022-01.json', 'utf8')) as {
  title: string;
  summary: string;
  events: {
    id: string;
    title: string;
    summary: string;
    citations: { url?: string; quote?: { original: string } }[];
  }[];
};
const STORMED = 'almaty-mayors-office-stormed';
const stormed = dataset.events.find((e) => e.id === STORMED);
/** The preview image's documented size (src/share/sharePaths.ts). */
const IMAGE = { width: 1200, height: 630 };
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The content of `<meta property|name="key">` in HTML text, unescaped as a browser would. */
function meta(html: string, key: string): string | null {
  const tag = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html);
  return tag?.[1] === undefined ? null : unescapeHtml(tag[1]);
}

function unescapeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

test.describe('link previews without JavaScript', () => {
  test('an event’s share page carries its title, summary, image and text', async ({
    request,
    baseURL,
  }) => {
    const address = new URL(`share/${STORMED}.html`, baseURL).href;
    const response = await request.get(address);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/html');
    const html = await response.text();

    expect(meta(html, 'og:title')).toBe(stormed?.title);
    expect(meta(html, 'og:description')).toContain(stormed?.summary);
    expect(meta(html, 'og:description')).toMatch(/^Around Wednesday 5 January 2022: /);
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'twitter:title')).toBe(stormed?.title);

    // The image exists, and is a PNG of the size the tags say.
    const image = new URL(meta(html, 'og:image') ?? '', address).href;
    expect(Number(meta(html, 'og:image:width'))).toBe(IMAGE.width);
    expect(Number(meta(html, 'og:image:height'))).toBe(IMAGE.height);
    const png = await request.get(image);
    expect(png.status()).toBe(200);
    const bytes = await png.body();
    expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
    expect({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }).toEqual(IMAGE);

    // The event's text for readers without JavaScript: summary, quotes, every source address.
    const text = unescapeHtml(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
    expect(text).toContain(stormed?.title);
    expect(text).toContain(stormed?.summary);
    for (const citation of stormed?.citations ?? []) {
      if (citation.quote) expect(text).toContain(citation.quote.original);
      if (citation.url) expect(html).toContain(`href="${citation.url}"`);
    }
    expect(html).toMatch(/<a id="open-app" href="\.\.\/\?event=almaty-mayors-office-stormed">/);

    // Its own strict policy, and no inline script: every script is a file of the site.
    expect(html).toMatch(
      /http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'/,
    );
    for (const script of html.match(/<script[^>]*>/g) ?? []) expect(script).toMatch(/ src="/);

    // Its oEmbed document embeds this event.
    const oembed = html.match(/type="application\/json\+oembed" href="([^"]+)"/)?.[1] ?? '';
    const document = (await (await request.get(new URL(oembed, address).href)).json()) as {
      type: string;
      html: string;
    };
    expect(document.type).toBe('rich');
    expect(document.html).toContain(`event=${STORMED}&amp;embed=1`);
  });

  test('the app’s own page carries the story’s tags and the oEmbed discovery link', async ({
    request,
    baseURL,
  }) => {
    const html = await (await request.get(new URL('./', baseURL).href)).text();
    expect(meta(html, 'og:title')).toBe(dataset.title);
    expect(meta(html, 'og:description')).toBe(dataset.summary);
    expect(html).toContain(`<title>${dataset.title} · Chronicle</title>`);
    const image = await request.get(new URL(meta(html, 'og:image') ?? '', baseURL).href);
    expect(image.headers()['content-type']).toBe('image/png');

    const oembed = html.match(/type="application\/json\+oembed" href="([^"]+)"/)?.[1] ?? '';
    const document = (await (await request.get(new URL(oembed, baseURL).href)).json()) as Record<
      string,
      unknown
    >;
    expect(document).toMatchObject({ version: '1.0', type: 'rich', title: dataset.title });
    expect(String(document.html)).toMatch(/^<iframe src="[^"]*\?embed=1" /);
    expect(String(document.html)).toContain('embed.js');
  });
});

test.describe('a reader with JavaScript', () => {
  test('goes from a share link straight on to the app at the same view', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') violations.push(message.text());
    });
    await page.goto(`./share/${STORMED}.html?lanes=category`);
    await expect(page).toHaveURL(/\/\?event=almaty-mayors-office-stormed&lanes=category$/);
    await expect(
      page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 }),
    ).toHaveText(stormed?.title ?? '');
    expect(violations).toEqual([]);
  });

  test('shares an event as its share page, with the rest of the view', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openTimeline(page, `event=${STORMED}&lanes=category`);
    await page.getByRole('button', { name: 'Share link' }).click();
    await expect(page.getByText('Link to this event copied to the clipboard.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      new URL(`share/${STORMED}.html?lanes=category`, baseURL).href,
    );
  });

  test('shares from a Norwegian page the Norwegian share page, which opens the app in Norwegian', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`./?event=${STORMED}&lanes=category&lang=nb`);
    await expect(page.getByRole('region', { name: 'Tidslinjediagram' })).toBeVisible();
    await page.getByRole('button', { name: 'Del lenke' }).click();
    await expect(
      page.getByText('Lenken til denne hendelsen er kopiert til utklippstavlen.'),
    ).toBeVisible();
    const shared = new URL(`share/nb/${STORMED}.html?lanes=category`, baseURL).href;
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shared);

    // What a link preview reads: the Norwegian page, without running its script.
    const response = await page.request.get(shared);
    const html = await response.text();
    expect(html).toContain('<html lang="nb">');
    expect(html).toContain(`<meta property="og:title" content="${titleOfIn(STORMED, 'nb')}" />`);

    await page.goto(shared);
    await expect(page).toHaveURL(/\/\?event=almaty-mayors-office-stormed&lang=nb&lanes=category$/);
    await expect(
      page.getByRole('complementary', { name: 'Om hendelsen' }).getByRole('heading', {
        level: 2,
      }),
    ).toHaveText(titleOfIn(STORMED, 'nb'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  });
});
