import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createDatasetIndex } from '../state/datasetIndex';
import { makeTestDataset } from '../state/testDataset';
import { LazyMapView } from './LazyMapView';
import { MapErrorBoundary } from './MapErrorBoundary';

const index = createDatasetIndex(makeTestDataset());

describe('LazyMapView', () => {
  // Transforming MapView (d3-geo, topojson and the map shapes cut at build time) takes seconds on
  // a busy machine. Done here, it is the hook's time, and the test measures only the lazy step.
  // LazyMapView's own chunk cache is not touched, so it still shows its placeholder first.
  beforeAll(async () => {
    await import('./MapView');
  });

  it('holds the map’s place while its code loads, then shows the map', async () => {
    render(
      <LazyMapView
        index={index}
        events={index.events}
        window={{ start: Date.UTC(2021, 0, 1), end: Date.UTC(2023, 0, 1) }}
        selectedPlaces={[]}
        filteredPlaces={[]}
        sizing="events"
        onSizingChange={vi.fn()}
        onTogglePlace={vi.fn()}
      />,
    );
    expect(screen.getByRole('region', { name: 'Map' })).toHaveAttribute('aria-busy', 'true');
    expect(
      await screen.findByRole('group', { name: 'Map of the places' }, { timeout: 30_000 }),
    ).toBeInTheDocument();
  });
});

describe('MapErrorBoundary', () => {
  it('keeps a failure inside the map panel', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function Broken(): never {
      throw new Error('chunk failed');
    }
    render(
      <MapErrorBoundary>
        <Broken />
      </MapErrorBoundary>,
    );
    expect(screen.getByRole('region', { name: 'Map' })).toHaveTextContent(
      'The map could not be shown (chunk failed)',
    );
    vi.restoreAllMocks();
  });
});
