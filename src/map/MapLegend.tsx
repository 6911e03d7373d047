import { useId } from 'react';
import { readingText } from '../model/casualties';
import type { CasualtyCount } from '../model/schema';
import { CountRingsView } from './marks/CountRingsView';
import { countRings, legendFigures, legendSamples, outerRadius } from './marks/markSize';
import { MAP_FIGURE_KIND } from './marks/placeAggregation';
import type { MapSizing } from '../state/viewState';
import { casualtyKindLabel } from '../i18n/vocabularyWords';
import { formatNumber, t } from '../i18n/i18n';

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

/** The casualty kind the map sizes by, in words (its figures' kind). */
const kind = () => casualtyKindLabel(MAP_FIGURE_KIND);

/** Explains the marks: what their size means, and in casualty mode how ranges are drawn. */
export function MapLegend({ sizing, radius, max, figures }: MapLegendProps) {
  return (
    <div className="map-legend" role="group" aria-label={t('legend.name')}>
      {sizing === 'events' ? (
        <EventSizes radius={radius} max={max} />
      ) : (
        <>
          <p className="map-legend__line">{t('legend.casualties', { kind: kind() })}</p>
          <FigureSizes radius={radius} figures={figures} />
          <p className="map-legend__line">
            <span className="map-legend__item">
              <span className="map-legend__key map-legend__key--disc" aria-hidden="true" />
              {t('legend.disc')}
            </span>
            <span className="map-legend__item">
              <span className="map-legend__key map-legend__key--range" aria-hidden="true" />
              {t('legend.range')}
            </span>
            <span className="map-legend__item">
              <span className="map-legend__key map-legend__key--fade" aria-hidden="true" />
              {t('legend.fade')}
            </span>
          </p>
        </>
      )}
      <p className="map-legend__line map-legend__note">{t('legend.note')}</p>
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
              {formatNumber(sample.value)}
            </text>
          </g>
        ))}
      </svg>
      <span>{t('legend.events')}</span>
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
  if (samples.length === 0)
    return <p className="map-legend__line">{t('legend.noSamples', { kind: kind() })}</p>;
  return (
    <p className="map-legend__line">
      <span>{t('legend.samples', { kind: kind() })}</span>
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
