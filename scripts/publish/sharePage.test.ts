import { describe, expect, it } from 'vitest';
import { inLanguage } from '../../src/i18n/inLanguage';
import { localizeDataset } from '../../src/state/localize';
import { makeTestDataset } from '../../src/model/testDataset';
import { createDatasetIndex } from '../../src/state/datasetIndex';
import { oembedDocument } from './oembed';
import { publishLinks } from './publishLinks';
import { eventDescription, sharePageHtml } from './sharePage';
import { withStoryMeta } from './storyPage';

const dataset = makeTestDataset();
const index = createDatasetIndex({
  ...dataset,
  events: dataset.events.map((e) =>
    e.id === 'square-protest' ? { ...e, title: 'Protest "in" <Republic> Square & more' } : e,
  ),
});
const protest = index.byId.get('square-protest');
const site = publishLinks('https://example.org/chronicle/');

function page(links = site): string {
  if (!protest) throw new Error('fixture event missing');
  return sharePageHtml(protest, index, links);
}

describe('an event’s share page', () => {
  it('carries absolute preview tags under the site, escaped', () => {
    const html = page();
    expect(html).toContain(
      '<meta property="og:title" content="Protest &quot;in&quot; &lt;Republic&gt; Square &amp; more" />',
    );
    expect(html).toContain(
      '<meta property="og:image" content="https://example.org/chronicle/share/square-protest.png" />',
    );
    expect(html).toContain(
      '<link rel="canonical" href="https://example.org/chronicle/share/square-protest.html" />',
    );
    expect(html).toContain(
      '<meta property="og:url" content="https://example.org/chronicle/share/square-protest.html" />',
    );
    expect(html).toContain('href="https://example.org/chronicle/?event=square-protest"');
    expect(html).not.toContain('<Republic>');
  });

  it('has relative addresses and no canonical one without a site', () => {
    const html = page(publishLinks(null));
    expect(html).toContain('<meta property="og:image" content="square-protest.png" />');
    expect(html).toContain('<a id="open-app" href="../?event=square-protest">');
    expect(html).not.toContain('rel="canonical"');
    expect(html).not.toContain('og:url');
  });

  it('has a strict policy and only scripts from files', () => {
    const html = page();
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'/,
    );
    expect(html.match(/<script[^>]*>/g)).toEqual([
      '<script src="https://example.org/chronicle/share/open.js" defer>',
    ]);
    expect(html).not.toMatch(/ on[a-z]+="/);
    expect(html).not.toMatch(/ style="/);
  });

  it('describes the event by its date in words, then its summary', () => {
    if (!protest) throw new Error('fixture event missing');
    expect(eventDescription(protest.event, 'Asia/Almaty', 'Republic Square')).toBe(
      'Tuesday 4 January 2022: Thousands gather in the square against the fuel price rise.',
    );
    expect(
      eventDescription({ ...protest.event, summary: undefined }, 'Asia/Almaty', 'Republic Square'),
    ).toBe('Tuesday 4 January 2022: Republic Square');
  });
});

describe('the app’s page and oEmbed', () => {
  it('index.html gets the story’s title, description and preview tags, once', () => {
    const html = withStoryMeta(
      '<html><head><title>Chronicle</title>\n    <meta name="description" content="generic" />\n  </head></html>',
      index,
      site,
    );
    expect(html).toContain('<title>Unrest in Kazakhstan (test) · Chronicle</title>');
    expect(html.match(/name="description"/g)).toHaveLength(1);
    expect(html).toContain('content="Made up, to exercise every part of the format."');
    expect(html).toContain(
      '<link rel="alternate" type="application/json+oembed" href="https://example.org/chronicle/oembed.json"',
    );
    expect(html).toContain('<meta property="og:url" content="https://example.org/chronicle/" />');
  });

  it('the oEmbed document is "rich", with the embed code and a thumbnail', () => {
    const document = JSON.parse(
      oembedDocument(
        {
          path: 'oembed.json',
          title: 'A story',
          embedQuery: 'embed=1',
          image: 'share/story.png',
          author: 'Daily Paper',
        },
        site,
      ),
    ) as Record<string, unknown>;
    expect(document).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: 'Chronicle',
      provider_url: 'https://example.org/chronicle/',
      title: 'A story',
      author_name: 'Daily Paper',
      width: 640,
      height: 575,
      thumbnail_url: 'https://example.org/chronicle/share/story.png',
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(document.html).toContain('<iframe src="https://example.org/chronicle/?embed=1"');
    expect(document.html).toContain(
      '<script src="https://example.org/chronicle/embed.js" async></script>',
    );
  });
});

describe('an event’s Norwegian share page', () => {
  inLanguage('nb');

  it('is in Norwegian, at share/nb/, and opens the app in Norwegian', () => {
    const translated = makeTestDataset();
    const [first] = translated.events;
    if (!first) throw new Error('fixture event missing');
    first.translations = { nb: { title: 'Demonstrasjon på plassen' } };
    const shown = createDatasetIndex(localizeDataset(translated, 'nb'));
    const entry = shown.byId.get(first.id);
    if (!entry) throw new Error('fixture event missing');
    const html = sharePageHtml(entry, shown, site, 'nb');
    expect(html).toContain('<html lang="nb">');
    expect(html).toContain('<meta property="og:locale" content="nb_NO" />');
    expect(html).toContain('<meta property="og:title" content="Demonstrasjon på plassen" />');
    expect(html).toContain(
      `<link rel="canonical" href="https://example.org/chronicle/share/nb/${first.id}.html" />`,
    );
    expect(html).toContain(
      `<meta property="og:image" content="https://example.org/chronicle/share/nb/${first.id}.png" />`,
    );
    expect(html).toContain(`href="https://example.org/chronicle/?event=${first.id}&amp;lang=nb"`);
    expect(html).toContain('Åpne hendelsen i den interaktive tidslinjen');
    expect(html).toContain('Del av tidslinjen');
    expect(html).not.toMatch(/Open this event|Part of the timeline/);
  });
});
