import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createDatasetIndex } from '../state/datasetIndex';
import { makeTestDataset } from '../model/testDataset';
import { createTimeIndex, eventsInWindow } from '../state/timeIndex';
import { MapView, type MapViewProps } from './MapView';
import { indexWithKilled } from './marks/testFigures';

const index = createDatasetIndex(makeTestDataset());

function renderMap(props: Partial<MapViewProps> = {}) {
  const onTogglePlace = vi.fn<(id: string) => void>();
  const onSizingChange = vi.fn<(sizing: 'events' | 'casualties') => void>();
  const view = render(
    <MapView
      index={index}
      inView={index.events}
      selectedPlaces={[]}
      filteredPlaces={[]}
      sizing="events"
      onSizingChange={onSizingChange}
      onTogglePlace={onTogglePlace}
      {...props}
    />,
  );
  return { ...view, onTogglePlace, onSizingChange };
}

const map = () => screen.getByRole('group', { name: 'Map of the places' });

describe('MapView', () => {
  it('draws a mark per place, named with its local name and its events', () => {
    renderMap();
    const names = within(map())
      .getAllByRole('button')
      .map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual([
      'Almaty (Алматы): 6 events, counting 3 places within it',
      'Nur-Sultan: 2 events',
      'Zhanaozen (Жаңаөзен): 1 event',
    ]);
  });

  it('lists the events placed only at a country beside the map', () => {
    renderMap();
    expect(
      screen.getByRole('button', { name: 'Kazakhstan, nationwide (Қазақстан): 3 events' }),
    ).toBeVisible();
  });

  it('toggles a place in the filter on click and on Enter, and shows it pressed', async () => {
    const { onTogglePlace, rerender } = renderMap();
    const almaty = within(map()).getByRole('button', { name: /^Almaty/ });
    expect(almaty).toHaveAttribute('aria-pressed', 'false');
    // A click without the mouse-down (jsdom's mouse events have no view, which d3-zoom needs).
    fireEvent.click(almaty);
    expect(onTogglePlace).toHaveBeenLastCalledWith('almaty');
    fireEvent.keyDown(within(map()).getByRole('button', { name: /^Zhanaozen/ }), { key: 'Enter' });
    expect(onTogglePlace).toHaveBeenLastCalledWith('zhanaozen');
    await userEvent.click(screen.getByRole('button', { name: /^Kazakhstan, nationwide/ }));
    expect(onTogglePlace).toHaveBeenLastCalledWith('kazakhstan');

    rerender(
      <MapView
        index={index}
        inView={index.events}
        selectedPlaces={[]}
        filteredPlaces={['almaty']}
        sizing="events"
        onSizingChange={vi.fn()}
        onTogglePlace={onTogglePlace}
      />,
    );
    expect(within(map()).getByRole('button', { name: /^Almaty/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('counts only the events in the timeline’s window', () => {
    const day5 = Date.UTC(2022, 0, 4, 18); // 5 January, midnight in Almaty
    const window = { start: day5, end: day5 + 86_400_000 };
    renderMap({ inView: eventsInWindow(createTimeIndex(index.events), window) });
    expect(within(map()).getByRole('button', { name: /^Zhanaozen/ })).toHaveAccessibleName(
      'Zhanaozen (Жаңаөзен): no events in view',
    );
    expect(screen.getByText(/events in the timeline’s view/)).toHaveTextContent(
      /^\d+ events in the timeline’s view: \d+ at places on the map$/,
    );
  });

  it('rings the places of the selected event', () => {
    renderMap({ selectedPlaces: ['zhanaozen', 'kazakhstan'] });
    const zhanaozen = within(map()).getByRole('button', { name: /^Zhanaozen/ });
    expect(zhanaozen).toHaveAccessibleName(/a place of the selected event$/);
    expect(zhanaozen).toHaveClass('map-mark--highlighted');
    expect(screen.getByRole('button', { name: /^Kazakhstan, nationwide/ })).toHaveClass(
      'map-area--highlighted',
    );
  });

  it('shows the name, local name and count on focus', () => {
    renderMap();
    act(() =>
      within(map())
        .getByRole('button', { name: /^Zhanaozen/ })
        .focus(),
    );
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip).toHaveTextContent('Zhanaozen (Жаңаөзен)');
    expect(tooltip).toHaveTextContent('1 event');
  });

  it('sizes by casualty figures on request, and says how', async () => {
    const killed = indexWithKilled();
    const { onSizingChange } = renderMap({
      sizing: 'casualties',
      index: killed,
      inView: killed.events,
    });
    expect(screen.getByRole('button', { name: 'Casualties' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // Almaty's largest is the square's eight, larger than the city hall's "at least three".
    expect(within(map()).getByRole('button', { name: /^Almaty/ })).toHaveAccessibleName(
      /largest figure of people killed: eight — The government; read as: 8 killed/,
    );
    expect(screen.getByText(/not added up/)).toBeVisible();
    expect(screen.getByText(/Other kinds of figure are left off the map/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Events' }));
    expect(onSizingChange).toHaveBeenCalledWith('events');
  });

  it('offers zoom buttons, the wider ones only once zoomed in', async () => {
    renderMap();
    const wider = screen.getByRole('button', { name: 'Wider view of the map' });
    expect(wider).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Closer view of the map' }));
    expect(wider).toBeEnabled();
    await userEvent.click(screen.getByRole('button', { name: 'Whole map' }));
    expect(wider).toBeDisabled();
  });
  it("labels the casualty legend with readings of the dataset's own figures, never a made-up number", () => {
    const killed = indexWithKilled();
    renderMap({ sizing: 'casualties', index: killed, inView: killed.events });
    const legend = screen.getByRole('group', { name: 'Map legend' });
    expect(within(legend).getByText('read as: at least 3')).toBeVisible();
    // Only figures of people killed are sampled: the 95 injured are not.
    expect(legend).not.toHaveTextContent(/95|\b1\b|\b5\b/);
  });

  it('says so when the dataset has no figure of people killed on the map', () => {
    // Only the figures of other kinds are left: the injured at the square and at the city hall.
    const dataset = makeTestDataset();
    for (const event of dataset.events) {
      event.casualties = event.casualties.filter((casualty) => casualty.kind !== 'killed');
    }
    const noKilled = createDatasetIndex(dataset);
    expect(noKilled.events.some((entry) => entry.event.casualties.length > 0)).toBe(true);
    renderMap({ sizing: 'casualties', index: noKilled, inView: noKilled.events });
    expect(screen.getByText('No figures of people killed at the places on the map.')).toBeVisible();
  });
});
