import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadLanguage } from '../i18n/i18n';
import { createDatasetIndex } from '../state/datasetIndex';
import { filterEvents } from '../state/filter';
import { goBack } from '../state/testHistory';
import { makeTestDataset } from '../model/testDataset';
import { DEFAULT_VIEW_STATE } from '../state/viewState';
import { ChroniclePage } from './ChroniclePage';

const dataset = makeTestDataset();
const index = createDatasetIndex(dataset);
const total = index.events.length;

/** Opens the page at `search` (the map hidden: its lazy chunk has tests of its own). */
function openPage(search: string) {
  window.history.replaceState(null, '', `/chronicle/${search}`);
  render(
    <ChroniclePage
      dataset={dataset}
      warnings={[]}
      provenance={{ kind: 'bundled' }}
      sourceLabel={null}
      onFile={vi.fn()}
    />,
  );
  return userEvent.setup();
}

const listLinks = () =>
  within(screen.getByRole('region', { name: /^Events/ }))
    .getAllByRole('link')
    .map((link) => link.textContent);
const titlesOf = (events: ReturnType<typeof filterEvents>) => events.map((e) => e.event.title);
const shown = () => screen.getByRole('status', { name: 'Events shown' });
const params = () => new URLSearchParams(window.location.search);

/** A page of two columns (`wide`) or one, as the breakpoint's media query would say. */
function stubWidth(wide: boolean) {
  vi.stubGlobal(
    'matchMedia',
    (
      query: string,
    ): Pick<MediaQueryList, 'matches' | 'media' | 'addEventListener' | 'removeEventListener'> => ({
      matches: wide,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }),
  );
}

beforeEach(() => {
  // jsdom has no media queries; the page asks one whether it has two columns (here: not).
  stubWidth(false);
  window.history.pushState(null, '', '/chronicle/');
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ChroniclePage', () => {
  it('filters the list by what the URL says', () => {
    openPage('?actor=tokayev&map=0');
    const expected = filterEvents(index, { ...DEFAULT_VIEW_STATE, actors: ['tokayev'] });
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(total);
    expect(listLinks()).toEqual(titlesOf(expected));
    expect(shown()).toHaveTextContent(`${expected.length} of ${total} events`);
    const active = within(screen.getByRole('list', { name: 'Active filters' }));
    expect(
      active.getByRole('button', { name: 'Remove filter: Kassym-Jomart Tokayev' }),
    ).toBeVisible();
  });

  it('writes a filter chosen in the bar into the URL, and Back takes it away again', async () => {
    const user = openPage('?map=0');
    expect(listLinks()).toHaveLength(total);
    await user.click(screen.getByRole('button', { name: 'Category' }));
    await user.click(screen.getByRole('checkbox', { name: /^Violence/ }));
    expect(params().get('category')).toBe('violence');
    const violent = filterEvents(index, { ...DEFAULT_VIEW_STATE, categories: ['violence'] });
    expect(listLinks()).toEqual(titlesOf(violent));

    await goBack();
    expect(params().get('category')).toBeNull();
    expect(listLinks()).toHaveLength(total);
    expect(shown()).toHaveTextContent(`${total} of ${total} events`);
  });

  it('opens an event from the list into the URL and the detail, and Back closes it', async () => {
    const user = openPage('?map=0');
    const [first] = index.events;
    if (!first) throw new Error('fixture: no events');
    const list = within(screen.getByRole('region', { name: /^Events/ }));
    await user.click(list.getByRole('link', { name: first.event.title }));
    expect(params().get('event')).toBe(first.event.id);
    const detail = screen.getByRole('complementary', { name: 'Event details' });
    expect(within(detail).getByRole('heading', { level: 2 })).toHaveTextContent(first.event.title);

    await goBack();
    expect(params().get('event')).toBeNull();
    // On a narrow page the detail is a sheet, gone once closed.
    expect(screen.queryByRole('complementary', { name: 'Event details' })).not.toBeInTheDocument();
  });

  it('keeps the open event open when a search leaves it out of the list', async () => {
    const user = openPage('?map=0');
    const first = index.events[0];
    if (!first) throw new Error('fixture: no events');
    await user.click(
      within(screen.getByRole('region', { name: /^Events/ })).getByRole('link', {
        name: first.event.title,
      }),
    );
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'no such words anywhere');
    // Both the timeline and the list say so.
    expect(
      await screen.findAllByText('No events match these filters.', undefined, { timeout: 3000 }),
    ).toHaveLength(2);
    expect(params().get('event')).toBe(first.event.id);
    expect(
      within(screen.getByRole('complementary', { name: 'Event details' })).getByRole('heading', {
        level: 2,
      }),
    ).toHaveTextContent(first.event.title);
  });

  it('on a wide page, shows the open event beside the timeline, and the guide once it closes', async () => {
    stubWidth(true);
    const user = openPage('?map=0');
    const [first] = index.events;
    if (!first) throw new Error('fixture: no events');
    expect(screen.getByRole('complementary', { name: 'About this timeline' })).toHaveTextContent(
      'How to read this timeline',
    );
    await user.click(
      within(screen.getByRole('region', { name: /^Events/ })).getByRole('link', {
        name: first.event.title,
      }),
    );
    expect(screen.getByRole('complementary', { name: 'Event details' })).toBeInTheDocument();
    await goBack();
    expect(screen.getByRole('complementary', { name: 'About this timeline' })).toBeInTheDocument();
  });

  it('speaks Norwegian when the language is Norwegian, and leaves <html lang> to the language', async () => {
    stubWidth(true);
    await loadLanguage('nb');
    document.documentElement.lang = 'nb';
    try {
      openPage('?map=0&lang=nb');
      expect(screen.getByRole('heading', { name: 'Tidslinje' })).toBeInTheDocument();
      expect(screen.getByRole('region', { name: `Hendelser ${total}` })).toBeInTheDocument();
      expect(screen.getByRole('complementary', { name: 'Om denne tidslinjen' })).toHaveTextContent(
        'Slik leser du tidslinjen',
      );
      expect(screen.getByRole('navigation', { name: 'Hopp til' })).toHaveTextContent(
        'Hopp til tidslinjen',
      );
      expect(document.title).toBe(`${dataset.title} · Chronicle`);
      expect(document.documentElement.lang).toBe('nb');
    } finally {
      await loadLanguage('en');
      document.documentElement.lang = 'en';
    }
  });
});
