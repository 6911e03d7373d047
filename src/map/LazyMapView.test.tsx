import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createDatasetIndex } from '../state/datasetIndex';
import { makeTestDataset } from '../state/testDataset';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { LazyMapView, MapFailed } from './LazyMapView';

const index = createDatasetIndex(makeTestDataset());

describe('LazyMapView', () => {
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
    expect(await screen.findByRole('group', { name: 'Map of the places' })).toBeInTheDocument();
  });
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
