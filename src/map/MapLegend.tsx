import { legendSamples } from './marks/markSize';
import type { MapSizing } from '../state/viewState';

/** Props: what marks are sized by, and the scale's largest value. */
export interface MapLegendProps {
  /** Whether the legend explains event counts or casualty figures. */
  sizing: MapSizing;
  /** The radius of a mark for a count, as the marks are drawn. */
  radius: (n: number) => number;
  /** The largest count on the scale, the biggest sample shown. */
  max: number;
}

/** Explains the marks: what their size means, and in casualty mode how ranges are drawn. */
export function MapLegend({ sizing, radius, max }: MapLegendProps) {
  const { samples, width } = legendSamples(max, radius);
  const height = Math.max(...samples.map((s) => s.r * 2), 16) + 4;
  return (
    <div className="map-legend">
      <p className="map-legend__line">
        <svg width={width} height={height} aria-hidden="true" className="map-legend__sizes">
          {samples.map((sample) => (
            <g key={sample.value} className={`map-legend__sample map-legend__sample--${sizing}`}>
              <circle cx={sample.cx} cy={height - 2 - sample.r} r={sample.r} />
              <text
                x={sample.cx + sample.r + 4}
                y={height - 2 - sample.r}
                dominantBaseline="central"
              >
                {sample.value.toLocaleString('en-GB')}
              </text>
            </g>
          ))}
        </svg>
        <span>
          {sizing === 'events'
            ? 'Area shows the number of events at a place in the timeline’s view.'
            : 'Area shows the largest casualty figure reported at a place; figures from different reports are not added up, as they may count the same people.'}
        </span>
      </p>
      {sizing === 'casualties' && (
        <p className="map-legend__line">
          <span className="map-legend__item">
            <span className="map-legend__key map-legend__key--disc" aria-hidden="true" /> reported
          </span>
          <span className="map-legend__item">
            <span className="map-legend__key map-legend__key--range" aria-hidden="true" /> upper end
            of a range
          </span>
          <span className="map-legend__item">
            <span className="map-legend__key map-legend__key--fade" aria-hidden="true" /> at least
            (open-ended)
          </span>
        </p>
      )}
      <p className="map-legend__line map-legend__note">
        Places too close to draw apart share one mark; zoom in to separate them. A ring marks the
        places of the selected event.
      </p>
    </div>
  );
}
