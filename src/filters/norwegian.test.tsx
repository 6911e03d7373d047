import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { inLanguage } from '../i18n/inLanguage';
import { t } from '../i18n/i18n';
import { makeTestDataset } from '../model/testDataset';
import { createDatasetIndex } from '../state/datasetIndex';
import { filterEvents } from '../state/filter';
import { DEFAULT_VIEW_STATE, type ViewState } from '../state/viewState';
import { FacetSelect } from './FacetSelect';
import { FilterBar } from './FilterBar';

const index = createDatasetIndex(makeTestDataset());
const total = index.events.length;

function renderBar(patch: Partial<ViewState> = {}) {
  const state = { ...DEFAULT_VIEW_STATE, ...patch };
  const onChange = vi.fn<(patch: Partial<ViewState>) => void>();
  render(
    <FilterBar
      index={index}
      state={state}
      visibleCount={filterEvents(index, state).length}
      onChange={onChange}
    />,
  );
  return { onChange, user: userEvent.setup() };
}

describe('the filters in Norwegian', () => {
  inLanguage('nb');

  it('names the facets and counts the events shown, with the count in bold', () => {
    const state = { ...DEFAULT_VIEW_STATE, actors: ['tokayev'] };
    const shown = filterEvents(index, state).length;
    renderBar({ actors: ['tokayev'] });
    const count = screen.getByRole('status', { name: 'Hendelser som vises' });
    expect(count).toHaveTextContent(`${shown} av ${total} hendelser`);
    expect(count.querySelector('strong')).toHaveTextContent(String(shown));
    expect(screen.getByRole('button', { name: /^Aktør/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Sted/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Fjern filtrene' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Fjern filteret: Kassym-Jomart Tokayev' }),
    ).toBeInTheDocument();
  });

  it('gives the day fields the Norwegian order and the chosen days in words', () => {
    renderBar({ from: '2022-01-05', to: '2022-01-06' });
    expect(screen.getByLabelText('Fra')).toHaveValue('05.01.2022');
    expect(screen.getByLabelText('Til')).toHaveValue('06.01.2022');
    expect(screen.getByLabelText('Fra')).toHaveAttribute('placeholder', 'dd.mm.åååå');
  });

  it('counts in the singular and the plural', () => {
    expect(t('filters.shown', { visible: '1', total: 1 })).toBe('1 av 1 hendelse');
    expect(t('filters.shown', { visible: '2', total: 1500 })).toBe('2 av 1\u00a0500 hendelser');
    expect(t('facets.events', { count: 1 })).toBe('hendelse');
    expect(t('filters.alsoShow', { count: 1 })).toBe(
      'Vis også den ene hendelsen som kan falle innenfor disse dagene',
    );
    expect(t('filters.possible', { certain: 1, possible: 2 })).toMatch(
      /^1 hendelse faller med sikkerhet innenfor disse dagene, og 2 til/,
    );
  });

  it('offers a search in a long facet in Norwegian', async () => {
    const options = Array.from({ length: 10 }, (_, i) => ({
      id: `o${i}`,
      label: `Valg ${i}`,
      count: i,
    }));
    render(<FacetSelect label="Aktør" options={options} selected={['o1']} onChange={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: /^Aktør/ }));
    expect(screen.getByRole('searchbox', { name: 'Finn aktør' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Valg 1 1 ?hendelse$/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Valg 2 2 ?hendelser$/ })).not.toBeChecked();
  });
});

describe('the filters’ plurals in English', () => {
  it('keeps the English words', () => {
    expect(t('filters.possible', { certain: 1, possible: 3 })).toMatch(
      /^1 event certainly falls in/,
    );
    expect(t('filters.possible', { certain: 2, possible: 3 })).toMatch(
      /^2 events certainly fall in/,
    );
    expect(t('filters.shown', { visible: '3', total: 12 })).toBe('3 of 12 events');
  });
});
