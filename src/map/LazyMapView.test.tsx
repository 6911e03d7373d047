import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createDatasetIndex } from '../state/datasetIndex';
import { makeTestDataset } from '../model/testDataset';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { LazyMapView, MapFailed } from './LazyMapView';

const index = createDatasetIndex(makeTestDataset());

describe('LazyMapView', () => {
  // Transforming the map's modules takes seconds on a busy machine; do it before the test, so
  // that the wait below is for the lazy load itself. (The component's own loader still runs.)
  beforeAll(async () => {
    await import('./MapView');
  }, 60_000);

  it('holds the map’s place while its code loads, then shows the map', async () => {
    render(
      <LazyMapView
        index={index}
        inView={index.events}
        selectedPlaces={[]}
        filteredPlaces={[]}
        sizing="events"
        onSizingChange={vi.fn()}
        onTogglePlace={vi.fn()}
      />,
    );
    expect(screen.getByRole('region', { name: 'Map' })).toHaveAttribute('aria-busy', 'true');
    expect(
      await screen.findByRole('group', { name: 'Map of the places' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
  }, 20_000);
});

describe('the map’s error boundary', () => {
  it('keeps a failure inside the map panel', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function Broken(): never {
      throw new Error('chunk failed');
    }
    render(
      <ErrorBoundary label="The map" fallback={(error) => <MapFailed error={error} />}>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('region', { name: 'Map' })).toHaveTextContent(
      'The map could not be shown (chunk failed)',
    );
    vi.restoreAllMocks();
  });
});
