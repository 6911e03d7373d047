import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadLanguage } from '../i18n/i18n';
import { makeTestDataset } from '../model/testDataset';
import { makeLaterReportingDataset } from '../model/laterReportingFixture';
import type { Dataset } from '../model/schema';
import { createDatasetIndex } from '../state/datasetIndex';
import { reportingView } from '../state/reportingView';
import { DEFAULT_VIEW_STATE, type ViewState } from '../state/viewState';
import { ReportingBar } from './ReportingBar';

function renderBar(dataset: Dataset, changes: Partial<ViewState> = {}) {
  const state = { ...DEFAULT_VIEW_STATE, ...changes };
  const view = reportingView(dataset, state.account, state.knownOn);
  const onChange = vi.fn<(patch: Partial<ViewState>) => void>();
  render(
    <ReportingBar
      dataset={dataset}
      index={createDatasetIndex(view.dataset, view)}
      state={state}
      onChange={onChange}
      figureCount={12}
    />,
  );
  return onChange;
}

describe('ReportingBar', () => {
  it('offers the two accounts, the article’s as published on its day', async () => {
    const onChange = renderBar(makeLaterReportingDataset());
    const article = screen.getByRole('radio', {
      name: 'The article, as published on 6 January 2022',
    });
    expect(article).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'With later reporting' }));
    expect(onChange).toHaveBeenCalledWith({ account: 'later-reporting' });
    expect(screen.queryByLabelText('Reported by')).toBeNull();
  });

  it('shows nothing of later reporting for a dataset without it, only the sources button', () => {
    renderBar(makeTestDataset());
    expect(screen.queryByRole('radio')).toBeNull();
    const sources = makeTestDataset().sources.length;
    expect(screen.getByRole('button', { name: `Sources (${sources})` })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('counts the figures shown on the button that opens their table, and toggles it', async () => {
    const onChange = renderBar(makeTestDataset());
    const button = screen.getByRole('button', { name: 'Figures (12)' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveAttribute('aria-controls', 'figure-table');
    await userEvent.click(button);
    expect(onChange).toHaveBeenCalledWith({ figureTable: true });
  });

  it('sets and steps the reporting date, from the publication day when none is set', async () => {
    const onChange = renderBar(makeLaterReportingDataset(), { account: 'later-reporting' });
    await userEvent.click(screen.getByRole('button', { name: 'Previous day' }));
    expect(onChange).toHaveBeenLastCalledWith({ knownOn: '2022-01-05' });
    await userEvent.click(screen.getByRole('button', { name: 'Next day' }));
    expect(onChange).toHaveBeenLastCalledWith({ knownOn: '2022-01-07' });
    fireEvent.change(screen.getByLabelText('Reported by'), {
      target: { value: '2022-01-09' },
    });
    expect(onChange).toHaveBeenLastCalledWith({ knownOn: '2022-01-09' });
    expect(screen.getByRole('button', { name: 'All reporting' })).toBeDisabled();
  });

  it('gives the figures as reported by the day, a withdrawn one as withdrawn, with their revisions', async () => {
    renderBar(makeLaterReportingDataset(), { account: 'later-reporting', knownOn: '2022-01-09' });
    const figures = screen.getByRole('region', { name: 'Figures as reported by 9 January 2022' });
    const items = within(figures).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Protesters, killed: 12 (The government, 7 Jan 2022)');
    expect(items.some((item) => item.textContent === 'not specified, killed: 30, withdrawn')).toBe(
      true,
    );
    const show = screen.getByRole('button', { name: 'Show the revisions' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(show);
    expect(screen.getByRole('figure', { name: 'Revisions: Protesters, killed' })).toBeVisible();
  });
});

describe('ReportingBar in Norwegian', () => {
  afterEach(() => loadLanguage('en'));

  it('names the accounts, the day controls and the counts in Norwegian', async () => {
    await loadLanguage('nb');
    renderBar(makeLaterReportingDataset(), { account: 'later-reporting' });
    expect(
      screen.getByRole('radio', { name: /^Artikkelen, slik den ble publisert / }),
    ).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'Med senere rapportering' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Forrige dag' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tall (12)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Tall, all rapportering' })).toBeInTheDocument();
  });
});
