import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { inLanguage } from '../i18n/inLanguage';
import { loadLanguage } from '../i18n/i18n';
import { SOURCE_KINDS } from '../model/vocabulary';
import { makeTestDataset } from '../model/testDataset';
import { createDatasetIndex } from '../state/datasetIndex';
import { sourceKindLabel } from '../i18n/vocabularyWords';
import { Citation } from './Citation';
import { EventDetail } from './EventDetail';
import { EventList } from './EventList';
import { formatCoordinates } from './formatCoordinates';
import { ShareButton } from './ShareButton';

const index = createDatasetIndex(makeTestDataset());

function renderDetail(position = { current: 2, total: 3 }) {
  const found = index.byId.get('square-cleared');
  if (!found) throw new Error('fixture: no event square-cleared');
  return render(
    <EventDetail
      entry={found}
      index={index}
      position={position}
      previousId="square-protest"
      nextId={null}
      shareUrl="https://chronicle.example/?event=square-cleared&lang=nb"
      onSelect={vi.fn()}
      onClose={vi.fn()}
      onFilterActor={vi.fn()}
      onFilterLocation={vi.fn()}
    />,
  );
}

describe('the event views in Norwegian', () => {
  inLanguage('nb');

  it('gives the detail Norwegian chrome around the dataset’s own words', () => {
    renderDetail();
    expect(screen.getByText('Hendelse 2 av 3')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Forrige/ })).toBeEnabled();
    expect(screen.getByRole('button', { name: /Neste/ })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Lukk hendelsesdetaljene' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Hvor', level: 3 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Kilder', level: 3 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Del lenke/ })).toBeInTheDocument();
    expect(screen.queryByText(/Share link|Previous|Sources/)).not.toBeInTheDocument();
  });

  it('says so when the filters hide the event', () => {
    renderDetail({ current: 0, total: 3 });
    expect(screen.getByText('Utenfor filtrene som er valgt')).toBeInTheDocument();
  });

  it('names every kind of source in words, in both languages', async () => {
    for (const kind of SOURCE_KINDS) expect(sourceKindLabel(kind)).not.toContain('sourceKind.');
    expect(sourceKindLabel('news-agency')).toBe('nyhetsbyrå');
    render(
      <ul>
        <Citation citation={{ source: 'wire' }} index={index} />
      </ul>,
    );
    expect(screen.getByText('nyhetsbyrå')).toBeInTheDocument();
    await loadLanguage('en');
    expect(sourceKindLabel('news-agency')).toBe('news agency');
    expect(sourceKindLabel('official')).toBe('official source');
  });

  it('writes coordinates with a decimal comma and Norwegian compass points', () => {
    expect(formatCoordinates([76.95, 43.24])).toBe('43,24° N, 76,95° Ø');
    expect(formatCoordinates([-58.38, -34.6])).toBe('34,60° S, 58,38° V');
  });

  it('says an empty list in Norwegian', () => {
    render(
      <EventList
        events={[]}
        index={index}
        selectedId={null}
        hrefFor={(id) => id}
        onSelect={vi.fn()}
      />,
    );
    expect(screen.getByText('Ingen hendelser passer til disse filtrene.')).toBeInTheDocument();
  });

  it('labels the share button “Del lenke”', () => {
    render(<ShareButton url="https://chronicle.example/" title="Tittel" />);
    expect(screen.getByRole('button', { name: /Del lenke/ })).toBeInTheDocument();
  });
});
