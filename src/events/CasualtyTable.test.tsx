import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeTestDataset } from '../model/testDataset';
import type { Casualty } from '../model/schema';
import { createDatasetIndex } from '../state/datasetIndex';
import { figuresInView } from '../state/viewFigures';
import { CasualtyTable } from './CasualtyTable';

const index = createDatasetIndex(makeTestDataset());

/** The figures of "square-cleared": 8 protesters killed ("eight", per the government) and "dozens" injured. */
function clearedFigures(): readonly Casualty[] {
  const cleared = index.byId.get('square-cleared');
  if (!cleared) throw new Error('fixture: square-cleared is missing');
  return cleared.event.casualties;
}

function renderTable(casualties: readonly Casualty[] = clearedFigures()) {
  render(<CasualtyTable casualties={casualties} index={index} />);
  const table = screen.getByRole('table', { name: 'Casualty figures' });
  const [header, ...rows] = within(table).getAllByRole('row');
  if (!header) throw new Error('the table has no header row');
  return { table, header, rows };
}

function onlyRow(casualties: readonly Casualty[]): HTMLElement {
  const { rows } = renderTable(casualties);
  const [row] = rows;
  if (!row || rows.length !== 1) throw new Error(`expected one row, found ${rows.length}`);
  return row;
}

function figure(changes: Partial<Casualty>): Casualty {
  return {
    kind: 'arrested',
    group: 'protesters',
    count: { min: 10, max: 19, approximate: false, text: 'between ten and twenty' },
    asOf: '2022-01-06',
    claimedBy: 'police',
    sources: ['wire'],
    ...changes,
  };
}

describe('CasualtyTable', () => {
  it('is a table with column headers, named "Casualty figures"', () => {
    const { header } = renderTable();
    const columns = within(header).getAllByRole('columnheader');
    expect(columns.length).toBeGreaterThan(1);
    expect(columns[0]).toHaveTextContent('Figure');
  });

  it('gives one row per figure, in the order given, headed by its kind', () => {
    const { rows } = renderTable();
    expect(rows).toHaveLength(2);
    expect(rows.map((row) => within(row).getByRole('rowheader'))).toEqual([
      expect.objectContaining({ textContent: expect.stringMatching(/^killed/) }),
      expect.objectContaining({ textContent: expect.stringMatching(/^injured/) }),
    ]);
  });

  it('shows the group, the words, the range, the day, the claimant and the sources', () => {
    const { rows } = renderTable();
    const killed = rows[0];
    if (!killed) throw new Error('no first row');
    expect(within(killed).getByRole('rowheader')).toHaveTextContent('Protesters');
    expect(within(killed).getByText('eight', { exact: false })).toBeInTheDocument();
    // Shown as "8", and read out as "8" by the visually hidden twin.
    expect(within(killed).getAllByText('8')).toHaveLength(2);
    expect(killed).toHaveTextContent('5 Jan 2022');
    expect(killed).toHaveTextContent('The government');
    expect(within(killed).getByRole('link', { name: /Ministry of Health/ })).toHaveAttribute(
      'href',
      'http://example.org/',
    );
    expect(within(killed).getByRole('link', { name: /Daily Paper/ })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );
  });

  it('says "Not specified" for an unspecified group and "Not attributed" without a claimant', () => {
    const { rows } = renderTable();
    const injured = rows[1];
    if (!injured) throw new Error('no second row');
    expect(within(injured).getByRole('rowheader')).toHaveTextContent('Not specified');
    expect(within(injured).getByText('Not attributed')).toBeInTheDocument();
    expect(within(injured).getByText('dozens', { exact: false })).toBeInTheDocument();
    expect(injured).toHaveTextContent('Daily Paper');
  });

  it('shows an open-ended figure in words, never as "~24+"', () => {
    const { rows } = renderTable();
    const injured = rows[1];
    if (!injured) throw new Error('no second row');
    expect(injured).not.toHaveTextContent(/~|24\+/);
    expect(within(injured).getAllByText(/^(at least 24|about 24 or more)$/)).not.toHaveLength(0);
  });

  it('shows a closed range with both ends', () => {
    const row = onlyRow([figure({})]);
    expect(within(row).getAllByText('10 to 19')).not.toHaveLength(0);
    expect(within(row).getByText('between ten and twenty', { exact: false })).toBeInTheDocument();
    expect(row).toHaveTextContent('Police');
    expect(row).toHaveTextContent('Wire Agency');
  });

  it('names the kinds in words', () => {
    const { rows } = renderTable([
      figure({ kind: 'hospitalized' }),
      figure({ kind: 'intensive-care' }),
      figure({ kind: 'missing' }),
    ]);
    const kinds = rows.map((row) => within(row).getByRole('rowheader').textContent ?? '');
    expect(kinds[0]).toMatch(/^in hospital/);
    expect(kinds[1]).toMatch(/^in intensive care/);
    expect(kinds[2]).toMatch(/^missing/);
  });

  it('gives the as-of day in the dataset time zone', () => {
    // 21:00 UTC on the 5th is already the 6th in Almaty.
    const row = onlyRow([figure({ asOf: '2022-01-05T21:00Z' })]);
    expect(row).toHaveTextContent('6 Jan 2022');
    expect(row).not.toHaveTextContent('5 Jan 2022');
  });

  it('names the group as the claimant does, with the dataset’s group beside it', () => {
    const row = onlyRow([figure({ groupLabel: 'attackers' })]);
    expect(within(row).getByRole('rowheader')).toHaveTextContent('attackers (group: Protesters)');
  });

  it('for the whole view, leads each row with its event: the date and a link that opens it', async () => {
    const records = figuresInView(index, index.events);
    const onSelect = vi.fn<(id: string) => void>();
    render(
      <CasualtyTable
        casualties={[]}
        records={records}
        index={index}
        events={{ hrefFor: (id) => `?event=${id}`, onSelect, caption: 'Every figure shown' }}
      />,
    );
    const table = screen.getByRole('table', { name: 'Every figure shown' });
    const [header, ...rows] = within(table).getAllByRole('row');
    if (!header) throw new Error('the table has no header row');
    expect(
      within(header)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Event', 'Figure', 'Count', 'Claim']);
    expect(rows).toHaveLength(records.length);
    const cleared = index.byId.get('square-cleared');
    if (!cleared) throw new Error('fixture: square-cleared is missing');
    const [link] = within(table).getAllByRole('link', { name: cleared.event.title });
    if (!link) throw new Error('no link to square-cleared');
    expect(link).toHaveAttribute('href', '?event=square-cleared');
    await userEvent.click(link);
    expect(onSelect).toHaveBeenCalledWith('square-cleared');
  });

  it('falls back to the ids of actors and sources it does not know', () => {
    const row = onlyRow([
      figure({ group: 'unknown-group', claimedBy: 'unknown-claimant', sources: ['wire', 'lost'] }),
    ]);
    expect(within(row).getByRole('rowheader')).toHaveTextContent('unknown-group');
    expect(row).toHaveTextContent('unknown-claimant');
    expect(row).toHaveTextContent('Wire Agency, lost');
  });

  it('shows the words of the source as text, never as markup', () => {
    const row = onlyRow([
      figure({
        count: { min: 1, max: 1, approximate: false, text: '<img src=x onerror=alert(1)>' },
      }),
    ]);
    expect(
      within(row).getByText('<img src=x onerror=alert(1)>', { exact: false }),
    ).toBeInTheDocument();
    expect(row.querySelector('img')).toBeNull();
  });

  it('has only the header row for no figures', () => {
    const { rows } = renderTable([]);
    expect(rows).toEqual([]);
  });
});

describe('CasualtyTable with later reporting', () => {
  it('gives each figure its status, and a withdrawn one as posted then withdrawn', async () => {
    const { makeLaterReportingDataset } = await import('../model/laterReportingFixture');
    const { laterReporting } = await import('../state/reportingView');
    const { createDatasetIndex } = await import('../state/datasetIndex');
    const view = laterReporting(makeLaterReportingDataset(), '2022-01-10');
    const later = createDatasetIndex(view.dataset, view);
    const records = view.figures.filter((r) => r.eventId === 'toll-revised');
    render(<CasualtyTable casualties={[]} records={records} index={later} />);
    const rows = within(screen.getByRole('table', { name: 'Casualty figures' })).getAllByRole(
      'row',
    );
    expect(rows[1]).toHaveTextContent('retracted: posted, then withdrawn 9 Jan 2022');
    expect(rows[1]).toHaveTextContent('called an error');
    expect(rows[1]?.querySelector('.casualty-range s')).toHaveTextContent('30');
    expect(rows[2]).toHaveTextContent('confirmed');
  });
});
