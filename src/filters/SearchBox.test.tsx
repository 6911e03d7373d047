import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SearchBox } from './SearchBox';

const DELAY = 300;

/** The search box with its committed query kept in state, as the page keeps it in the URL. */
function CommittingSearchBox({
  initial = '',
  onCommit,
}: {
  initial?: string;
  onCommit: (query: string) => void;
}) {
  const [value, setValue] = useState(initial);
  return (
    <SearchBox
      value={value}
      delayMs={DELAY}
      onCommit={(query) => {
        onCommit(query);
        setValue(query);
      }}
    />
  );
}

function setup(initial = '') {
  const onCommit = vi.fn<(query: string) => void>();
  render(<CommittingSearchBox initial={initial} onCommit={onCommit} />);
  return { onCommit, box: screen.getByRole('searchbox', { name: 'Search' }) };
}

/** Types `text` one key at a time (fake timers stand still between keys). */
function typeInto(box: HTMLElement, text: string) {
  for (const key of text) {
    const value = (box as HTMLInputElement).value;
    fireEvent.change(box, { target: { value: value + key } });
  }
}

const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

// user-event's own waits hang under fake timers in this setup, so keys are fired directly.
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('SearchBox', () => {
  it('is a search field labelled "Search", showing the committed query', () => {
    render(<SearchBox value="almaty" onCommit={() => undefined} />);
    expect(screen.getByLabelText('Search')).toHaveValue('almaty');
    expect(screen.getByRole('searchbox', { name: 'Search' })).toBe(screen.getByLabelText('Search'));
  });

  it('commits once, after typing pauses for the delay', () => {
    const { onCommit, box } = setup();
    typeInto(box, 'almaty');
    expect(box).toHaveValue('almaty');
    expect(onCommit).not.toHaveBeenCalled();
    wait(DELAY - 1);
    expect(onCommit).not.toHaveBeenCalled();
    wait(1);
    expect(onCommit.mock.calls).toEqual([['almaty']]);
    wait(10 * DELAY);
    expect(onCommit.mock.calls).toEqual([['almaty']]);
  });

  it('waits 300 ms by default', () => {
    const onCommit = vi.fn<(query: string) => void>();
    render(<SearchBox value="" onCommit={onCommit} />);
    typeInto(screen.getByRole('searchbox', { name: 'Search' }), 'csto');
    wait(299);
    expect(onCommit).not.toHaveBeenCalled();
    wait(1);
    expect(onCommit).toHaveBeenCalledWith('csto');
  });

  it('waits for a pause: each key restarts the delay', () => {
    const { onCommit, box } = setup();
    typeInto(box, 'alm');
    wait(DELAY - 50);
    typeInto(box, 'a');
    wait(DELAY - 50);
    typeInto(box, 'ty');
    wait(DELAY - 50);
    expect(onCommit).not.toHaveBeenCalled();
    wait(50);
    expect(onCommit.mock.calls).toEqual([['almaty']]);
  });

  it('commits at once on Enter, and not again after the delay', () => {
    const { onCommit, box } = setup();
    typeInto(box, 'csto');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onCommit.mock.calls).toEqual([['csto']]);
    wait(10 * DELAY);
    expect(onCommit.mock.calls).toEqual([['csto']]);
  });

  it('commits an emptied box as the empty query', () => {
    const { onCommit, box } = setup('almaty');
    expect(box).toHaveValue('almaty');
    fireEvent.change(box, { target: { value: '' } });
    wait(DELAY);
    expect(onCommit.mock.calls).toEqual([['']]);
  });

  it('does not commit when the text returns to the committed query before the delay', () => {
    const { onCommit, box } = setup('almaty');
    typeInto(box, 'x');
    fireEvent.change(box, { target: { value: 'almaty' } });
    wait(10 * DELAY);
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('shows a query changed from outside (back button, a link, "Clear filters")', () => {
    const onCommit = vi.fn<(query: string) => void>();
    const { rerender } = render(<SearchBox value="almaty" onCommit={onCommit} delayMs={DELAY} />);
    rerender(<SearchBox value="zhanaozen" onCommit={onCommit} delayMs={DELAY} />);
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('zhanaozen');
    wait(10 * DELAY);
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('replaces an uncommitted draft with a query changed from outside', () => {
    const onCommit = vi.fn<(query: string) => void>();
    const { rerender } = render(<SearchBox value="" onCommit={onCommit} delayMs={DELAY} />);
    const box = screen.getByRole('searchbox', { name: 'Search' });
    typeInto(box, 'half-typ');
    rerender(<SearchBox value="" onCommit={onCommit} delayMs={DELAY} />);
    expect(box).toHaveValue('half-typ');
    rerender(<SearchBox value="cleared" onCommit={onCommit} delayMs={DELAY} />);
    expect(box).toHaveValue('cleared');
    wait(10 * DELAY);
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('commits what is typed on a real keyboard, once, after a short pause', async () => {
    vi.useRealTimers();
    const user = userEvent.setup();
    const onCommit = vi.fn<(query: string) => void>();
    render(<SearchBox value="" onCommit={onCommit} delayMs={100} />);
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'Алматы');
    await waitFor(() => expect(onCommit).toHaveBeenCalledWith('Алматы'));
    expect(onCommit).toHaveBeenCalledTimes(1);
  });
});
