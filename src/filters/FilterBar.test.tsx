import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createDatasetIndex } from '../state/datasetIndex';
import { filterEvents } from '../state/filter';
import { makeTestDataset } from '../model/testDataset';
import { DEFAULT_VIEW_STATE, type ViewState } from '../state/viewState';
import { FilterBar } from './FilterBar';

const index = createDatasetIndex(makeTestDataset());
const total = index.events.length;

/** The bar as the page uses it: it reports changes, the page applies them and counts again. */
function Page({ initial, onChange }: { initial: ViewState; onChange: (s: ViewState) => void }) {
  const [state, setState] = useState(initial);
  return (
    <FilterBar
      index={index}
      state={state}
      visibleCount={filterEvents(index, state).length}
      onChange={(patch) => {
        const next = { ...state, ...patch };
        setState(next);
        onChange(next);
      }}
    />
  );
}

function renderBar(initial: Partial<ViewState> = {}) {
  const onChange = vi.fn<(state: ViewState) => void>();
  render(<Page initial={{ ...DEFAULT_VIEW_STATE, ...initial }} onChange={onChange} />);
  return { onChange, user: userEvent.setup() };
}

const count = () => screen.getByRole('status', { name: 'Events shown' });

describe('FilterBar', () => {
  it('says how many events pass the filters, out of all', () => {
    renderBar();
    expect(count()).toHaveTextContent(`${total} of ${total} events`);
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });

  it('filters by an actor chosen in its facet, and the count follows', async () => {
    const { onChange, user } = renderBar();
    await user.click(screen.getByRole('button', { name: 'Actor' }));
    const tokayev = screen.getByRole('checkbox', { name: /^Kassym-Jomart Tokayev/ });
    await user.click(tokayev);
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ actors: ['tokayev'] }));
    const expected = filterEvents(index, { ...DEFAULT_VIEW_STATE, actors: ['tokayev'] }).length;
    expect(expected).toBeLessThan(total);
    expect(count()).toHaveTextContent(`${expected} of ${total} events`);
  });

  it('shows each option’s count under the other filters', async () => {
    const { user } = renderBar({ categories: ['violence'] });
    await user.click(screen.getByRole('button', { name: /^Location/ }));
    const almaty = screen.getByRole('checkbox', { name: /^Almaty \(Алматы\)/ });
    const label = almaty.closest('label');
    const expected = filterEvents(index, {
      ...DEFAULT_VIEW_STATE,
      categories: ['violence'],
      locations: ['almaty'],
    }).length;
    expect(label).toHaveTextContent(new RegExp(`\\b${expected}\\b`));
  });

  it('lists the active filters; each can be removed, and "Clear filters" removes them all', async () => {
    const { onChange, user } = renderBar({
      actors: ['tokayev'],
      locations: ['almaty'],
      query: 'fire',
    });
    const active = screen.getByRole('list', { name: 'Active filters' });
    expect(
      within(active)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringContaining('Kassym-Jomart Tokayev'),
      expect.stringContaining('Almaty'),
      expect.stringContaining('“fire”'),
    ]);
    await user.click(screen.getByRole('button', { name: 'Remove filter: Almaty' }));
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ actors: ['tokayev'], locations: [], query: 'fire' }),
    );
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ actors: [], locations: [], categories: [], query: '' }),
    );
    expect(count()).toHaveTextContent(`${total} of ${total} events`);
    expect(screen.queryByRole('list', { name: 'Active filters' })).toBeNull();
  });

  it('takes a time range from the date inputs', async () => {
    const { onChange, user } = renderBar();
    await user.type(screen.getByLabelText('From'), '2022-01-05');
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ from: '2022-01-05', to: null }),
    );
    expect(
      screen.getByRole('button', { name: 'Remove filter: from 5 January 2022' }),
    ).toBeVisible();
  });

  it('folds the dates behind a button that says whether they are shown', async () => {
    const { user } = renderBar();
    const dates = screen.getByRole('button', { name: /^Dates/ });
    expect(dates).toHaveAttribute('aria-expanded', 'false');
    await user.click(dates);
    expect(dates).toHaveAttribute('aria-expanded', 'true');
  });
});
