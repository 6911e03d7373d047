import { act, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLanguage } from '../i18n/i18n';
import { makeTestDataset } from '../model/testDataset';
import { createDatasetIndex } from '../state/datasetIndex';
import { DEFAULT_VIEW_STATE } from '../state/viewState';
import { EventText } from './EventText';
import { PrintView } from './PrintView';

const index = createDatasetIndex(makeTestDataset());
const cleared = index.byId.get('square-cleared');

afterEach(() => loadLanguage('en'));

/** The print view of `count` of the dataset's events, laid out as the browser starts printing. */
function printEvents(count: number) {
  render(
    <PrintView
      index={index}
      state={DEFAULT_VIEW_STATE}
      events={index.events.slice(0, count)}
      selected={null}
    />,
  );
  act(() => {
    window.dispatchEvent(new Event('beforeprint'));
  });
}

describe('the print view', () => {
  it('counts the events it prints, in English', () => {
    printEvents(1);
    expect(screen.getByText(/in the order they happened/)).toHaveTextContent(
      `1 of the ${index.events.length} events in view, in the order they happened.`,
    );
    expect(screen.getByText(/^From Chronicle: http/)).toBeInTheDocument();
  });

  it('counts them in Norwegian', async () => {
    await loadLanguage('nb');
    printEvents(index.events.length);
    expect(screen.getByText(/i den rekkefølgen de skjedde/)).toHaveTextContent(
      `${index.events.length} hendelser, i den rekkefølgen de skjedde.`,
    );
    expect(screen.getByText(/^Fra Chronicle: http/)).toBeInTheDocument();
  });
});

describe('EventText in Norwegian', () => {
  it('names its parts in Norwegian, around the dataset’s own words', async () => {
    if (!cleared) throw new Error('fixture event missing');
    await loadLanguage('nb');
    render(<EventText event={cleared.event} index={index} headingLevel={2} />);
    const article = screen.getByRole('article');
    expect(
      within(article)
        .getAllByRole('term')
        .map((term) => term.textContent),
    ).toEqual(['Hvor', 'Hvem', 'Kategorier']);
    expect(within(article).getByRole('heading', { name: 'Kilder' })).toBeInTheDocument();
    expect(within(article).getByRole('heading', { name: 'Tall på døde og skadde' })).toBeVisible();
    expect(article).toHaveTextContent(
      'Gjengitt via Ministry of Health → Wire Agency → Daily Paper',
    );
    expect(article).toHaveTextContent('Police clear the square');
  });
});
