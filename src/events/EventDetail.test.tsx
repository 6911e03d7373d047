import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeTestDataset } from '../model/testDataset';
import type { ChronicleEvent } from '../model/schema';
import { createDatasetIndex, type DatasetIndex, type IndexedEvent } from '../state/datasetIndex';
import { EventDetail, type EventDetailProps } from './EventDetail';

const index = createDatasetIndex(makeTestDataset());
const SHARE_URL = 'https://chronicle.example/?event=square-cleared&lanes=actor';

function entry(id: string, on: DatasetIndex = index): IndexedEvent {
  const found = on.byId.get(id);
  if (!found) throw new Error(`fixture: no event ${id}`);
  return found;
}

/** The "square-protest" event with some fields changed, built by hand so nothing validates it. */
function changedEvent(changes: Partial<ChronicleEvent>): IndexedEvent {
  const original = entry('square-protest');
  return { ...original, event: { ...original.event, ...changes } };
}

function renderDetail(props: Partial<EventDetailProps> = {}) {
  const handlers = {
    onSelect: vi.fn<(eventId: string) => void>(),
    onClose: vi.fn<() => void>(),
    onFilterActor: vi.fn<(actorId: string) => void>(),
    onFilterLocation: vi.fn<(locationId: string) => void>(),
  };
  const view = render(
    <EventDetail
      entry={entry('square-cleared')}
      index={index}
      position={{ current: 2, total: 3 }}
      previousId="square-protest"
      nextId="state-of-emergency"
      shareUrl={SHARE_URL}
      {...handlers}
      {...props}
    />,
  );
  return { ...handlers, ...view };
}

function section(name: string): HTMLElement {
  const heading = screen.getByRole('heading', { name, level: 3 });
  const found = heading.closest('section');
  if (!found) throw new Error(`no section for ${name}`);
  return found;
}

describe('EventDetail', () => {
  it('says where the event stands among those shown, or that the filters hide it', () => {
    const { unmount } = renderDetail();
    expect(screen.getByText('Event 2 of 3')).toBeInTheDocument();
    unmount();
    renderDetail({ position: { current: 0, total: 3 } });
    expect(screen.getByText('Outside the current filters')).toBeInTheDocument();
  });

  it('is an article named by the event title', () => {
    renderDetail();
    expect(screen.getByRole('article', { name: 'Police clear the square' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Police clear the square' }),
    ).toBeInTheDocument();
  });

  it('shows the date in words, its precision and how it was established', () => {
    renderDetail();
    expect(screen.getByText('around Wednesday 5 January 2022, 02:00–05:30')).toBeInTheDocument();
    expect(
      screen.getByText(
        /^Start known to the minute; the source gives it as approximate\. End known/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('How this date was established:').parentElement).toHaveTextContent(
      'How this date was established: Times given by the wire agency.',
    );
  });

  it('shows the summary and the categories', () => {
    renderDetail();
    expect(
      screen.getByText('Police clear the square overnight; the ministry reports deaths.'),
    ).toBeInTheDocument();
    const categories = screen.getByRole('list', { name: 'Categories' });
    expect(
      within(categories)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Violence', 'Security operation', 'Casualties']);
  });

  it('says where the event is in the list', () => {
    renderDetail();
    expect(screen.getByText('Event 2 of 3')).toBeInTheDocument();
  });

  it('lists the places as buttons that filter by place, with coordinates in their description', async () => {
    const user = userEvent.setup();
    const { onFilterLocation } = renderDetail();
    const where = section('Where');
    const almaty = within(where).getByRole('button', { name: 'Almaty' });
    expect(almaty).toHaveAccessibleDescription(
      'Алматы · 43.20° N, 76.90° E · Show only events here',
    );
    expect(
      within(where).getByRole('button', { name: 'Republic Square' }),
    ).toHaveAccessibleDescription(/° N, 76\.9\d° E · Show only events here$/);
    await user.click(almaty);
    expect(onFilterLocation).toHaveBeenCalledWith('almaty');
  });

  it('lists the actors with their roles, as buttons that filter by actor', async () => {
    const user = userEvent.setup();
    const { onFilterActor } = renderDetail({ entry: entry('square-protest') });
    const who = section('Who');
    expect(within(who).getByRole('listitem')).toHaveTextContent('Protesters — marchers');
    await user.click(within(who).getByRole('button', { name: 'Protesters' }));
    expect(onFilterActor).toHaveBeenCalledWith('protesters');
  });

  it('lists actors without a role by name alone', () => {
    renderDetail();
    const items = within(section('Who')).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('button')?.textContent)).toEqual([
      'Police',
      'Protesters',
    ]);
    expect(items[0]?.textContent).toBe('Police');
  });

  it('says who an actor is where the dataset describes them', () => {
    renderDetail();
    const protesters = within(section('Who')).getAllByRole('listitem')[1];
    expect(protesters).toHaveTextContent(/^ProtestersPeople gathered in the main square\.$/);
  });

  it('shows a casualty table, one row per figure, when the event has figures', () => {
    renderDetail();
    const table = screen.getByRole('table', { name: 'Casualty figures' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
  });

  it('leaves out the casualty table when the event has no figures', () => {
    renderDetail({ entry: entry('square-protest') });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Casualty figures' })).not.toBeInTheDocument();
  });

  it('cites the sources with the original quote in its language, the translation and the chain', () => {
    renderDetail();
    const sources = section('Sources');
    expect(within(sources).getByRole('link', { name: /Daily Paper/ })).toHaveAttribute(
      'href',
      'https://example.com/2022/01/06/unrest#update',
    );
    const original = within(sources).getByText(
      'Åtte mennesker ble drept, ifølge helsedepartementet.',
    );
    expect(original.closest('blockquote')).toHaveAttribute('lang', 'nb');
    expect(
      within(sources).getByText('Eight people were killed, according to the health ministry.'),
    ).toBeInTheDocument();
    const chain = within(sources).getByText('Reported via').closest('p');
    expect(chain).toHaveTextContent(
      /^Reported via Ministry of Health\s*→.*Wire Agency\s*→.*Daily Paper$/,
    );
  });

  it('cites every source of the event', () => {
    renderDetail({ entry: entry('state-of-emergency') });
    const items = within(section('Sources')).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Daily Paper');
    expect(items[1]).toHaveTextContent('Wire Agency');
  });

  it('steps to the previous and next events', async () => {
    const user = userEvent.setup();
    const { onSelect } = renderDetail();
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(onSelect).toHaveBeenLastCalledWith('square-protest');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(onSelect).toHaveBeenLastCalledWith('state-of-emergency');
  });

  it('disables Previous on the first event and Next on the last', async () => {
    const user = userEvent.setup();
    const { onSelect, rerender } = renderDetail({ previousId: null });
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Next' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(onSelect).not.toHaveBeenCalled();

    rerender(
      <EventDetail
        entry={entry('state-of-emergency')}
        index={index}
        position={{ current: 3, total: 3 }}
        previousId="square-cleared"
        nextId={null}
        shareUrl={SHARE_URL}
        onSelect={onSelect}
        onClose={() => undefined}
        onFilterActor={() => undefined}
        onFilterLocation={() => undefined}
      />,
    );
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Previous' })).toBeEnabled();
  });

  it('closes with the close button', async () => {
    const user = userEvent.setup();
    const { onClose } = renderDetail();
    await user.click(screen.getByRole('button', { name: 'Close event details' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('closes with the Escape key', async () => {
    const user = userEvent.setup();
    const { onClose } = renderDetail();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('leaves an Escape that something else already handled alone', () => {
    const { onClose } = renderDetail();
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    escape.preventDefault();
    fireEvent(document.body, escape);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('stops listening for Escape once closed', async () => {
    const user = userEvent.setup();
    const { onClose, unmount } = renderDetail();
    unmount();
    await user.keyboard('{Escape}');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('copies the link to the event and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    renderDetail();
    await user.click(screen.getByRole('button', { name: 'Share link' }));
    expect(writeText).toHaveBeenCalledWith(SHARE_URL);
    expect(await screen.findByText('Link to this event copied to the clipboard.')).toBe(
      screen.getByRole('status'),
    );
  });

  it('shows the link when copying is not allowed', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    renderDetail();
    await user.click(screen.getByRole('button', { name: 'Share link' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      `Copying is not allowed here. The link is: ${SHARE_URL}`,
    );
  });

  it('shows text from the data as text, never as markup', () => {
    const markup = '<img src=x onerror=alert(1)>';
    const { container } = renderDetail({
      entry: changedEvent({
        title: markup,
        summary: `<b>bold</b> ${markup}`,
        citations: [{ source: 'wire', quote: { original: markup, language: 'ru' } }],
      }),
    });
    expect(screen.getByRole('heading', { level: 2, name: markup })).toBeInTheDocument();
    expect(screen.getByText(`<b>bold</b> ${markup}`)).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });

  it('does not link a citation whose url is not http or https', () => {
    renderDetail({
      entry: changedEvent({ citations: [{ source: 'wire', url: 'javascript:alert(1)' }] }),
    });
    const sources = section('Sources');
    expect(within(sources).queryByRole('link')).not.toBeInTheDocument();
    expect(within(sources).getByText('Wire Agency')).toBeInTheDocument();
  });

  it('does not link a source whose own url is not http or https', () => {
    const dataset = makeTestDataset();
    const wire = dataset.sources.find((s) => s.id === 'wire');
    if (!wire) throw new Error('fixture: no wire source');
    wire.url = 'data:text/html,<script>alert(1)</script>';
    const own = createDatasetIndex(dataset);
    renderDetail({ index: own, entry: entry('state-of-emergency', own) });
    const sources = section('Sources');
    expect(within(sources).getAllByRole('link')).toHaveLength(1);
    expect(within(sources).getByRole('link')).toHaveTextContent('Daily Paper');
  });
});

describe('EventDetail with later reporting', () => {
  it('says where the article differs, when it was first reported, and what later reporting says', async () => {
    const { makeLaterReportingDataset } = await import('../model/laterReportingFixture');
    const { laterReporting } = await import('../state/reportingView');
    const view = laterReporting(makeLaterReportingDataset(), null);
    const later = createDatasetIndex(view.dataset, view);
    renderDetail({ entry: entry('square-cleared', later), index: later });
    expect(
      screen.getByText(
        'Article: the ministry, as of 5 January. Later reporting: the government, as of 4 January.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('First reported by 5 January 2022')).toBeInTheDocument();
    const section = screen.getByRole('region', { name: 'Later reporting (3)' });
    expect(within(section).getByText('More precise')).toBeInTheDocument();
    expect(
      within(section).getAllByRole('link', { name: /Wire Agency: evening report/ })[0],
    ).toHaveAttribute('href', 'https://example.net/wire/1');
    // The figure's revisions, drawn as a sequence with the one it stands at marked.
    const revisions = screen.getByRole('figure', { name: 'Revisions: Protesters, killed' });
    expect(within(revisions).getAllByRole('listitem')).toHaveLength(3);
    expect(revisions.querySelector('[aria-current="true"]')).toHaveTextContent('12');
  });

  it('shows the article’s citation as having no public link when it says so', async () => {
    const { makeLaterReportingDataset } = await import('../model/laterReportingFixture');
    const { articleAccount } = await import('../state/reportingView');
    const dataset = makeLaterReportingDataset();
    const article = articleAccount({
      ...dataset,
      sources: dataset.sources.map((s) =>
        s.id === 'daily-paper'
          ? { ...s, url: undefined, noLink: 'No public link found: none seen.' }
          : s,
      ),
    });
    const on = createDatasetIndex(article);
    renderDetail({ entry: entry('square-protest', on), index: on });
    expect(screen.getByText('No public link found: none seen.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^Later reporting/ })).toBeNull();
  });
});
