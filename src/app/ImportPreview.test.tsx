import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportReport } from '../formats/importTypes';
import { loadLanguage } from '../i18n/i18n';
import { makeTestDataset } from '../model/testDataset';
import { ImportPreview } from './ImportPreview';

const dataset = makeTestDataset();
const report: ImportReport = {
  format: 'chronicle-csv',
  columns: ['date', 'title', 'notes', 'colour'],
  mapping: { date: 0, title: 1 },
  fields: [
    { key: 'date', headers: ['date'], becomes: 'the time' },
    { key: 'title', headers: ['title'], becomes: 'the title' },
    { key: 'notes', headers: ['notes'], becomes: '', ignored: true },
    { key: 'colour', headers: ['colour'], becomes: '', ignored: true },
  ],
  rows: 1,
  events: dataset.events.length,
  problems: [{ row: 2, column: 'date', reason: 'no date', severity: 'skipped' }],
  timeZone: 'UTC',
};

function openPreview() {
  render(
    <ImportPreview
      report={report}
      dataset={dataset}
      warnings={[]}
      sourceName="events.csv"
      onAccept={vi.fn()}
      onReimport={vi.fn()}
      onFile={vi.fn()}
    />,
  );
}

afterEach(() => loadLanguage('en'));

describe('the import preview', () => {
  const events = dataset.events.length;

  it('says what was read in one sentence, in English', () => {
    openPreview();
    expect(screen.getByText(/read as/)).toHaveTextContent(
      `events.csv, read as Chronicle CSV: ${events} events from 1 row (“${dataset.title}”). Nothing is loaded until you accept.`,
    );
    expect(screen.getByRole('button', { name: `Load ${events} events` })).toBeEnabled();
    expect(screen.getByRole('table', { name: 'One row could not be read' })).toBeInTheDocument();
    expect(
      screen.getByText(/^Columns of the format that Chronicle has no place for/),
    ).toHaveTextContent('and does not read: notes, colour.');
  });

  it('says it in Norwegian, with Norwegian plurals', async () => {
    await loadLanguage('nb');
    openPreview();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Se over importen før den lastes inn',
    );
    expect(screen.getByText(/lest som/)).toHaveTextContent(
      `events.csv, lest som Chronicle CSV: ${events} hendelser fra 1 rad («${dataset.title}»). Ingenting lastes inn før du godtar.`,
    );
    expect(screen.getByRole('button', { name: `Last inn ${events} hendelser` })).toBeEnabled();
    expect(screen.getByRole('table', { name: 'Én rad kunne ikke leses' })).toBeInTheDocument();
    expect(screen.getByText(/^Kolonner i formatet/)).toHaveTextContent(
      'som ikke blir lest: notes, colour.',
    );
  });
});
