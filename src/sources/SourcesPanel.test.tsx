import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeLaterReportingDataset } from '../model/laterReportingFixture';
import { createDatasetIndex } from '../state/datasetIndex';
import { laterReporting } from '../state/reportingView';
import { SourcesPanel } from './SourcesPanel';

describe('SourcesPanel', () => {
  const view = laterReporting(makeLaterReportingDataset(), null);
  const index = createDatasetIndex(view.dataset, view);

  it('lists every source of the view, the most cited first, each with its events', () => {
    render(<SourcesPanel index={index} selected={[]} onFilter={vi.fn()} onClose={vi.fn()} />);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(view.sources.length);
    expect(rows[0]).toHaveTextContent('Daily Paper');
    expect(rows[0]).toHaveTextContent('Show its 4 events');
    const copy = rows.find((row) =>
      row.textContent?.includes('Aggregator: copy of the Wire Agency'),
    );
    expect(copy).toHaveTextContent('copy of Wire Agency');
    expect(within(copy as HTMLElement).getByRole('link')).toHaveAttribute(
      'href',
      'https://example.org/copy/2',
    );
    const undated = rows.find((row) => row.textContent?.includes('A post of unknown date'));
    expect(undated).toHaveTextContent('no public link found');
  });

  it('filters by a source, and back', async () => {
    const onFilter = vi.fn<(sources: string[]) => void>();
    render(
      <SourcesPanel
        index={index}
        selected={['late-report']}
        onFilter={onFilter}
        onClose={vi.fn()}
      />,
    );
    const late = screen.getByRole('button', { name: /\(Weekly review\)/ });
    expect(late).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(late);
    expect(onFilter).toHaveBeenCalledWith([]);
    await userEvent.click(screen.getByRole('button', { name: /Wire Agency: evening report/ }));
    expect(onFilter).toHaveBeenLastCalledWith(['late-report', 'evening-wire']);
  });
});
