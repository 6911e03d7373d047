import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createDatasetIndex, type IndexedEvent } from '../state/datasetIndex';
import { fitAllWindow, storyWindow } from '../state/storyWindow';
import { createTimeIndex, eventsInWindow } from '../state/timeIndex';
import { makeTestDataset } from '../model/testDataset';
import type { TimeWindow } from '../state/viewState';
import { drawingMode, Timeline, type TimelineProps } from './Timeline';

const index = createDatasetIndex(makeTestDataset());
const story = storyWindow(index.events) ?? { start: 0, end: 1 };
const fitAll = fitAllWindow(index.events) ?? story;

function renderTimeline(changes: Partial<TimelineProps> = {}) {
  const events: readonly IndexedEvent[] = changes.events ?? index.events;
  const timeIndex = createTimeIndex(events);
  const window: TimeWindow = changes.window ?? story;
  const props: TimelineProps = {
    index,
    events,
    timeIndex,
    window,
    inView: eventsInWindow(timeIndex, window),
    fitAll,
    fullWindow: fitAll,
    isDefaultWindow: true,
    lanes: 'none',
    selected: null,
    filtering: false,
    onClearFilters: vi.fn(),
    hrefFor: (id) => `?event=${id}`,
    onSelect: vi.fn<(id: string) => void>(),
    onWindowChange: vi.fn<(w: TimeWindow | null) => void>(),
    onLanesChange: vi.fn(),
    ...changes,
  };
  render(<Timeline {...props} />);
  return {
    props,
    user: userEvent.setup(),
    chart: screen.getByRole('region', { name: 'Timeline chart' }),
  };
}

function entry(id: string): IndexedEvent {
  const found = index.byId.get(id);
  if (!found) throw new Error(`fixture: no event ${id}`);
  return found;
}

/** The mark of an event: a link named by its title, date and places. */
function mark(chart: HTMLElement, id: string): HTMLElement {
  return within(chart).getByRole('link', { name: new RegExp(`^${entry(id).event.title} — `) });
}

describe('Timeline', () => {
  it('draws each event in view as a link named by what, when and where', () => {
    const { chart } = renderTimeline();
    const marks = within(chart).getAllByRole('link');
    const inView = eventsInWindow(createTimeIndex(index.events), story);
    expect(marks).toHaveLength(inView.length);
    const csto = mark(chart, 'csto-help-requested');
    expect(csto).toHaveAttribute('href', '?event=csto-help-requested');
    expect(csto).toHaveAccessibleName(/ — .*2022/);
  });

  it('opens an event on a click, and marks the open one as current', async () => {
    const { chart, props } = renderTimeline({ selected: entry('city-hall-stormed') });
    expect(mark(chart, 'city-hall-stormed')).toHaveAttribute('aria-current', 'true');
    // A click alone: d3-zoom reads a mousedown's `view`, which jsdom's synthetic events lack (the
    // browser tests drag and click in Chromium).
    fireEvent.click(mark(chart, 'csto-help-requested'));
    expect(props.onSelect).toHaveBeenCalledWith('csto-help-requested');
  });

  it('zooms and pans with the keys, and fits all with 0', async () => {
    const { chart, user, props } = renderTimeline();
    chart.focus();
    await user.keyboard('+');
    const zoomed = vi.mocked(props.onWindowChange).mock.calls.at(-1)?.[0];
    expect(zoomed).not.toBeNull();
    if (!zoomed) throw new Error('no window');
    expect(zoomed.end - zoomed.start).toBeLessThan(story.end - story.start);
    await user.keyboard('{ArrowRight}');
    const panned = vi.mocked(props.onWindowChange).mock.calls.at(-1)?.[0];
    expect(panned?.start).toBeGreaterThan(story.start);
    await user.keyboard('0');
    expect(props.onWindowChange).toHaveBeenLastCalledWith(fitAll);
  });

  it('walks the events in view with the up and down arrows, says which, and opens it with Enter', async () => {
    const { chart, user, props } = renderTimeline();
    chart.focus();
    await user.keyboard('{ArrowDown}');
    const [first] = eventsInWindow(createTimeIndex(index.events), story);
    if (!first) throw new Error('nothing in view');
    expect(screen.getByText(`${first.event.title}, `, { exact: false })).toHaveTextContent(
      /Enter opens it\.$/,
    );
    await user.keyboard('{Enter}');
    expect(props.onSelect).toHaveBeenCalledWith(first.event.id);
  });

  it('says when no event matches the filters, and offers to clear them', async () => {
    const { user, props } = renderTimeline({ events: [], filtering: true });
    expect(screen.getByText('No events match these filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(props.onClearFilters).toHaveBeenCalled();
  });

  it('in a stretch with nothing in view, says so and names the nearest events either side', () => {
    const earliestEnd = [...index.events].sort((a, b) => a.end - b.end)[0];
    const latestStart = [...index.events].sort((a, b) => b.start - a.start)[0];
    if (!earliestEnd || !latestStart || earliestEnd.end >= latestStart.start) {
      throw new Error('fixture: no gap between events');
    }
    const events = [earliestEnd, latestStart];
    const quiet = { start: earliestEnd.end + 60_000, end: latestStart.start - 60_000 };
    renderTimeline({ events, window: quiet, isDefaultWindow: false });
    expect(screen.getByText(/Nothing happened in this stretch of time/)).toBeInTheDocument();
    const edges = screen.getByRole('navigation', { name: 'Events outside the timeline’s view' });
    expect(
      within(edges).getByRole('link', { name: new RegExp(earliestEnd.event.title) }),
    ).toBeInTheDocument();
    expect(
      within(edges).getByRole('link', { name: new RegExp(latestStart.event.title) }),
    ).toBeInTheDocument();
  });

  it('says when every event shown is in view, keeping the band in its place', () => {
    const starts = index.events.map((e) => e.start);
    const ends = index.events.map((e) => e.end);
    const all = { start: Math.min(...starts) - 86_400_000, end: Math.max(...ends) + 86_400_000 };
    renderTimeline({ window: all, isDefaultWindow: false });
    const edges = screen.getByRole('navigation', { name: 'Events outside the timeline’s view' });
    expect(edges).toHaveTextContent('Every event shown is in this view.');
    expect(within(edges).queryAllByRole('link')).toHaveLength(0);
  });

  it('says of a day-precise event on an hour axis that its time of day is not given', () => {
    const stormed = entry('city-hall-stormed');
    const hours = {
      start: stormed.body.start + 3_600_000,
      end: stormed.body.start + 6 * 3_600_000,
    };
    const { chart } = renderTimeline({ window: hours, isDefaultWindow: false });
    expect(mark(chart, 'city-hall-stormed')).toHaveAccessibleName(
      /\(the time of day is not given\)/,
    );
  });

  it('offers the table of every figure from the casualty strip when the page has one', async () => {
    const onToggle = vi.fn();
    const { user } = renderTimeline({ figureTable: { shown: false, onToggle } });
    const button = screen.getByRole('button', { name: 'Compare every figure in a table' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(onToggle).toHaveBeenCalled();
  });
});

describe('drawingMode', () => {
  it('draws every event in SVG for a small story, the ones in view for a large one, else a canvas', () => {
    expect(drawingMode(40, 40)).toBe('all');
    expect(drawingMode(5_000, 100)).toBe('view');
    expect(drawingMode(5_000, 2_000)).toBe('canvas');
  });
});
