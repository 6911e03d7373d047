import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDatasetIndex, type IndexedEvent } from '../state/datasetIndex';
import { makeTestDataset } from '../model/testDataset';
import { EventList, type EventListProps } from './EventList';
import { VIRTUAL_ROW_PITCH } from './useVirtualWindow';

const index = createDatasetIndex(makeTestDataset());

function entry(id: string): IndexedEvent {
  const found = index.byId.get(id);
  if (!found) throw new Error(`fixture: no event ${id}`);
  return found;
}

function renderList(props: Partial<EventListProps> = {}) {
  const onSelect = vi.fn<(eventId: string) => void>();
  render(
    <EventList
      events={index.events}
      index={index}
      selectedId={null}
      hrefFor={(id) => `?event=${id}`}
      onSelect={onSelect}
      {...props}
    />,
  );
  return { onSelect };
}

/** The list item holding the link named `title`. */
function itemOf(title: string): HTMLElement {
  const item = screen.getByRole('link', { name: title }).closest('li');
  if (!item) throw new Error(`no list item for ${title}`);
  return item;
}

// Records whether the browser would have followed the last link click, then stops jsdom from
// trying to (it cannot navigate, and says so on the console).
let navigated: boolean[] = [];
function recordNavigation(e: MouseEvent) {
  navigated.push(!e.defaultPrevented);
  e.preventDefault();
}
beforeEach(() => {
  navigated = [];
  window.addEventListener('click', recordNavigation);
});
afterEach(() => {
  window.removeEventListener('click', recordNavigation);
});

describe('EventList', () => {
  it('shows the events as a list, in the order given', () => {
    const events = [entry('shoot-without-warning'), entry('zhanaozen-protest-begins')];
    renderList({ events });
    const list = screen.getByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0] ?? list).getByRole('link')).toHaveTextContent(
      'Order to shoot without warning',
    );
    expect(within(items[1] ?? list).getByRole('link')).toHaveTextContent(
      'Protest begins in Zhanaozen',
    );
  });

  it('shows every event it is given', () => {
    renderList();
    expect(screen.getAllByRole('listitem')).toHaveLength(index.events.length);
  });

  it('gives each event its date in words', () => {
    renderList();
    expect(itemOf('Protest begins in Zhanaozen')).toHaveTextContent('Sunday 2 January 2022');
    expect(itemOf('Protests reach Almaty')).toHaveTextContent(
      'around Tuesday 4 January 2022, 20:00',
    );
    expect(itemOf('The price cap on liquefied gas is lifted')).toHaveTextContent('January 2022');
  });

  it('makes each title a real link to the event', () => {
    const hrefFor = vi.fn((id: string) => `?event=${id}&lanes=actor`);
    renderList({ hrefFor });
    expect(screen.getByRole('link', { name: 'Protests reach Almaty' })).toHaveAttribute(
      'href',
      '?event=protests-reach-almaty&lanes=actor',
    );
    expect(hrefFor).toHaveBeenCalledWith('protests-reach-almaty');
  });

  it('names the places and actors of each event', () => {
    renderList();
    const stormed = itemOf('Protesters storm the city hall');
    expect(stormed).toHaveTextContent('Places: City hall');
    expect(stormed).toHaveTextContent('Actors: Protesters, Security forces');
    const csto = itemOf('Tokayev asks the CSTO for help');
    expect(csto).toHaveTextContent('Places: Nur-Sultan');
    expect(csto).toHaveTextContent(
      'Actors: Kassym-Jomart Tokayev, Collective Security Treaty Organization',
    );
  });

  it('leaves out the actors line for an event without actors', () => {
    renderList();
    expect(itemOf('The price cap on liquefied gas is lifted')).not.toHaveTextContent('Actors:');
  });

  it('summarises the casualty figures of an event that has them', () => {
    renderList();
    // In the source's words with who claims it, never as a number of the app's own.
    expect(itemOf('Protesters storm the city hall')).toHaveTextContent(
      'Casualty figures: injured: 95 — not attributed',
    );
    expect(itemOf('Protests reach Almaty')).not.toHaveTextContent('Casualty figures');
  });

  it('selects an event on a plain click, instead of following the link', async () => {
    const user = userEvent.setup();
    const { onSelect } = renderList();
    await user.click(screen.getByRole('link', { name: 'The airport is seized' }));
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect).toHaveBeenCalledWith('airport-seized');
    expect(navigated).toEqual([false]);
  });

  it('leaves ctrl-, meta- and shift-clicks to the browser (new tab, new window)', () => {
    const { onSelect } = renderList();
    const link = screen.getByRole('link', { name: 'The airport is seized' });
    fireEvent.click(link, { ctrlKey: true });
    fireEvent.click(link, { metaKey: true });
    fireEvent.click(link, { shiftKey: true });
    expect(onSelect).not.toHaveBeenCalled();
    expect(navigated).toEqual([true, true, true]);
  });

  it('leaves a middle click to the browser', async () => {
    const user = userEvent.setup();
    const { onSelect } = renderList();
    const link = screen.getByRole('link', { name: 'The airport is seized' });
    await user.pointer({ keys: '[MouseMiddle]', target: link });
    fireEvent.click(link, { button: 1 });
    expect(onSelect).not.toHaveBeenCalled();
    expect(navigated.every(Boolean)).toBe(true);
  });

  it('selects an event from the keyboard', async () => {
    const user = userEvent.setup();
    const { onSelect } = renderList();
    screen.getByRole('link', { name: 'The government resigns' }).focus();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith('government-resigns');
  });

  it('marks the selected event as current, and no other', () => {
    renderList({ selectedId: 'city-hall-stormed' });
    expect(screen.getByRole('link', { current: true })).toHaveTextContent(
      'Protesters storm the city hall',
    );
    expect(screen.getAllByRole('link', { current: false })).toHaveLength(index.events.length - 1);
  });

  it('says so when no events match', () => {
    renderList({ events: [] });
    expect(screen.getByText('No events match these filters.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('shows titles as text, never as markup', () => {
    const dataset = makeTestDataset();
    const first = dataset.events[0];
    if (!first) throw new Error('fixture: no events');
    first.title = '<img src=x onerror=alert(1)>';
    const own = createDatasetIndex(dataset);
    const { container } = render(
      <EventList
        events={own.events}
        index={own}
        selectedId={null}
        hrefFor={(id) => `?event=${id}`}
        onSelect={() => undefined}
      />,
    );
    expect(screen.getByRole('link', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('EventList with more events than it renders', () => {
  // 1,000 rows: copies of the fixture's events under ids of their own.
  const many: IndexedEvent[] = Array.from({ length: 1000 }, (_, n) => {
    const source = index.events[n % index.events.length] ?? entry('protests-begin');
    return { ...source, event: { ...source.event, id: `${source.event.id}-${n}` } };
  });

  // jsdom has no layout: give every element the size of a 600px-high list.
  beforeEach(() => {
    vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(600);
    vi.spyOn(Element.prototype, 'clientWidth', 'get').mockReturnValue(400);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('renders only the rows in view, each saying where it is in the whole list', () => {
    renderList({ events: many });
    const items = screen.getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(5);
    expect(items.length).toBeLessThan(50);
    items.forEach((item, i) => {
      expect(item).toHaveAttribute('aria-setsize', '1000');
      expect(item).toHaveAttribute('aria-posinset', String(i + 1));
    });
  });

  it('is as tall as all its rows, one pitch each, and gives CSS the pitch', () => {
    renderList({ events: many });
    const list = screen.getByRole('list');
    expect(list.style.height).toBe(`${1000 * VIRTUAL_ROW_PITCH}px`);
    expect(list.style.getPropertyValue('--virtual-row-pitch')).toBe(`${VIRTUAL_ROW_PITCH}px`);
    const second = screen.getAllByRole('listitem')[1];
    expect(second?.style.top).toBe(`${VIRTUAL_ROW_PITCH}px`);
  });
});
