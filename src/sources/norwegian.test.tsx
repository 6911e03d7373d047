import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { inLanguage } from '../i18n/inLanguage';
import { t } from '../i18n/i18n';
import { makeLaterReportingDataset } from '../model/laterReportingFixture';
import { createDatasetIndex } from '../state/datasetIndex';
import { laterReporting } from '../state/reportingView';
import { languageName } from './sourceFacts';
import { SourcesPanel } from './SourcesPanel';

describe('the sources in Norwegian', () => {
  const view = laterReporting(makeLaterReportingDataset(), null);
  const index = createDatasetIndex(view.dataset, view);

  inLanguage('nb');

  it('lists the sources with Norwegian words around their own names', () => {
    render(<SourcesPanel index={index} selected={[]} onFilter={vi.fn()} onClose={vi.fn()} />);
    expect(screen.getByRole('heading', { name: /^Kilder/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Skjul kildene' })).toBeInTheDocument();
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Daily Paper');
    expect(rows[0]).toHaveTextContent('Vis kildens 4 hendelser');
    expect(screen.getByRole('table')).toHaveAccessibleName(
      /kilder for saken med senere rapportering/,
    );
    const copy = rows.find((row) => row.textContent?.includes('kopi av Wire Agency'));
    expect(copy).toBeDefined();
  });

  it('names languages in Norwegian', () => {
    expect(languageName('ru')).toBe('russisk');
    expect(languageName('nb')).toBe('norsk bokmål');
  });

  it('counts one event and one source in the singular', () => {
    expect(t('sources.eventCount', { count: 1 })).toBe('1 hendelse');
    expect(t('sources.caption', { count: 1, account: 'article' })).toBe(
      '1 kilde for artikkelens framstilling, de mest siterte først',
    );
  });
});
