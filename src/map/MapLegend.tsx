import { useId } from 'react';
import { readingText } from '../model/casualties';
import type { CasualtyCount } from '../model/schema';
import { CountRingsView } from './marks/CountRingsView';
import { countRings, legendFigures, legendSamples, outerRadius } from './marks/markSize';
import { MAP_FIGURE_KIND } from './marks/placeAggregation';
import type { MapSizing } from '../state/viewState';
import { casualtyKindLabel } from '../i18n/vocabularyWords';

/** Props: what marks are sized by, the scale, and in casualty mode the figures to sample. */
export interface MapLegendProps {
  /** Whether the legend explains event counts or casualty figures. */
  sizing: MapSizing;
  /** The radius of a mark for a count, as the marks are drawn. */
  radius: (n: number) => number;
  /** The largest count on the scale, the biggest sample shown (event mode). */
  max: number;
  /**
   * The figures of `MAP_FIGURE_KIND` the map can show (casualty mode): the legend's samples are
   * picked from them, so it shows no number the data does not hold.
   */
  figures: readonly CasualtyCount[];
}

/** The legend's words, together so they are easy to move into a message catalogue. */
const kind = () => casualtyKindLabel(MAP_FIGURE_KIND);
const messages = {
  name: 'Map legend',
  events: 'Area shows the number of events at a place in the timeline’s view.',
  get casualties() {
    return `Area shows the largest figure of people ${kind()} reported at a place, read as a number. Other kinds of figure are left off the map, so that no two kinds share a scale, and figures from different reports are not added up, as they may count the same people.`;
  },
  get samples() {
    return `Figures of people ${kind()} at the places on the map, as drawn:`;
  },
  get noSamples() {
    return `No figures of people ${kind()} at the places on the map.`;
  },
  disc: 'reported',
  range: 'upper end of a range',
  fade: 'at least (open-ended)',
  note: 'Places too close to draw apart share one mark; zoom in to separate them. A ring marks the places of the selected event.',
};

/** Explains the marks: what their size means, and in casualty mode how ranges are drawn. */
export function MapLegend({ sizing, radius, max, figures }: MapLegendProps) {
  return (
    <div className="map-legend" role="group" aria-label={messages.name}>
      {sizing === 'events' ? (
        <EventSizes radius={radius} max={max} />
      ) : (
        <>
          <p className="map-legend__line">{messages.casualties}</p>
          <FigureSizes radius={radius} figures={figures} />
          <p className="map-legend__line">
            <span className="map-legend__item">
              <span className="map-legend__key map-legend__key--disc" aria-hidden="true" />
              {messages.disc}
            </span>
            <span className="map-legend__item">
              <span className="map-legend__key map-legend__key--range" aria-hidden="true" />
              {messages.range}
            </span>
            <span className="map-legend__item">
              <span className="map-legend__key map-legend__key--fade" aria-hidden="true" />
              {messages.fade}
            </span>
          </p>
        </>
      )}
      <p className="map-legend__line map-legend__note">{messages.note}</p>
    </div>
  );
}

/** Sample marks for 1, a middle number and the most events at a place. */
function EventSizes({ radius, max }: { radius: (n: number) => number; max: number }) {
  const { samples, width } = legendSamples(max, radius);
  const height = Math.max(...samples.map((s) => s.r * 2), 16) + 4;
  return (
    <p className="map-legend__line">
      <svg width={width} height={height} aria-hidden="true" className="map-legend__sizes">
        {samples.map((sample) => (
          <g key={sample.value} className="map-legend__sample map-legend__sample--events">
            <circle cx={sample.cx} cy={height - 2 - sample.r} r={sample.r} />
            <text x={sample.cx + sample.r + 4} y={height - 2 - sample.r} dominantBaseline="central">
              {sample.value.toLocaleString('en-GB')}
            </text>
          </g>
        ))}
      </svg>
      <span>{messages.events}</span>
    </p>
  );
}

/** Real figures drawn as marks would draw them, each labelled with its reading. */
function FigureSizes({
  radius,
  figures,
}: {
  radius: (n: number) => number;
  figures: readonly CasualtyCount[];
}) {
  const id = useId();
  const samples = legendFigures(figures);
  if (samples.length === 0) return <p className="map-legend__line">{messages.noSamples}</p>;
  return (
    <p className="map-legend__line">
      <span>{messages.samples}</span>
      {samples.map((count, i) => {
        const rings = countRings(count, radius);
        const r = outerRadius(rings);
        const gradient = `${id}-fade-${i}`;
        return (
          <span key={i} className="map-legend__item">
            <svg width={2 * r + 4} height={2 * r + 4} aria-hidden="true">
              <g
                className={
                  rings.approximate
                    ? 'map-mark map-mark--casualties map-mark--approximate'
                    : 'map-mark map-mark--casualties'
                }
                transform={`translate(${r + 2},${r + 2})`}
              >
                <CountRingsView rings={rings} gradientId={gradient} />
              </g>
            </svg>
            {readingText(count)}
          </span>
        );
      })}
    </p>
  );
}
