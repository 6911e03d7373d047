import { memo, useId, useMemo, useRef, useState } from 'react';
import {
  CASUALTY_KIND_LABELS,
  countBar,
  countScale,
  countScaleMax,
  describeCount,
  formatCount,
} from '../model/casualties';
import { formatValue } from '../model/formatTime';
import type { CasualtyFigure, DatasetIndex } from '../state/datasetIndex';
import { useElementWidth } from '../ui/useElementWidth';
import { summariseCasualtyRows, type CasualtyRow } from './casualtyBars';

/** Props: the rows of figures in view, and how to open the event behind a figure. */
export interface CasualtyStripProps {
  /** The figures of the events in view, grouped by kind and group. */
  rows: readonly CasualtyRow[];
  /** The dataset, for its time zone and to name who claims each figure. */
  index: DatasetIndex;
  /** Opens the event behind a figure. */
  onSelect: (eventId: string) => void;
}

const BAR_HEIGHT = 10;
/** Width of the row labels beside the bars on wide screens (see timeline.css). */
const LABEL_WIDTH = 220;

function claimText(figure: CasualtyFigure, index: DatasetIndex): string {
  const { casualty } = figure;
  const claimant =
    casualty.claimedBy === null
      ? 'not attributed to anyone'
      : `claimed by ${index.actorsById.get(casualty.claimedBy)?.name ?? casualty.claimedBy}`;
  const via = casualty.sources.map((id) => index.sourcesById.get(id)?.name ?? id).join(', ');
  return `“${casualty.count.text}”, ${claimant}, as of ${formatValue(
    casualty.asOf,
    index.dataset.timeZone,
    undefined,
    'short',
  )}, reported by ${via}`;
}

/** Under the axis: every casualty figure of the events in view, drawn as a range, never a single invented number. */
export const CasualtyStrip = memo(function CasualtyStrip({
  rows,
  index,
  onSelect,
}: CasualtyStripProps) {
  const ref = useRef<HTMLElement>(null);
  const width = useElementWidth(ref, 600);
  const tooltipId = useId();
  const [active, setActive] = useState<{ key: string; text: string } | null>(null);
  const summary = useMemo(() => summariseCasualtyRows(rows), [rows]);
  const maxCount = countScaleMax(
    summary.rows.flatMap((r) => r.figures.map((f) => f.casualty.count)),
  );
  const barWidth = Math.max(120, width - LABEL_WIDTH - 16);
  const x = countScale(maxCount, 4, barWidth - 56);
  const ticks = [1, 10, 100, 1000, 10000, 100000].filter((t) => t <= maxCount * 1.6);

  return (
    <section className="casualty-strip" aria-labelledby={`${tooltipId}-title`} ref={ref}>
      <h3 className="casualty-strip__title" id={`${tooltipId}-title`}>
        Casualty figures in view
        <span className="casualty-strip__legend" aria-hidden="true">
          <span className="legend-solid" /> reported <span className="legend-whisker" /> range{' '}
          <span className="legend-fade" /> open-ended
        </span>
      </h3>
      {rows.length === 0 ? (
        <p className="casualty-strip__empty">No casualty figures among the events in view.</p>
      ) : (
        <ul className="casualty-strip__rows">
          {summary.rows.map((row) => {
            const group =
              row.group === 'unspecified'
                ? 'unspecified'
                : (index.actorsById.get(row.group)?.name ?? row.group);
            return (
              <li key={`${row.kind}-${row.group}`} className="casualty-row">
                <span className="casualty-row__label">
                  <strong>{CASUALTY_KIND_LABELS[row.kind]}</strong> · {group}
                </span>
                <ul className="casualty-row__figures">
                  {row.figures.map((figure, i) => {
                    const key = `${row.kind}-${row.group}-${i}`;
                    const bar = countBar(figure.casualty.count, x);
                    const text = claimText(figure, index);
                    const gradientId = `${tooltipId}-${key}`;
                    return (
                      <li key={key} className="casualty-figure">
                        <button
                          type="button"
                          className="casualty-figure__button"
                          aria-label={`${CASUALTY_KIND_LABELS[row.kind]}, ${group}: ${describeCount(figure.casualty.count)}; ${text}. Open “${figure.entry.event.title}”`}
                          onClick={() => onSelect(figure.entry.event.id)}
                          onMouseEnter={() => setActive({ key, text })}
                          onMouseLeave={() => setActive(null)}
                          onFocus={() => setActive({ key, text })}
                          onBlur={() => setActive(null)}
                        >
                          <svg
                            width={barWidth}
                            height={BAR_HEIGHT + 8}
                            aria-hidden="true"
                            className="casualty-figure__svg"
                          >
                            <defs>
                              <linearGradient id={gradientId}>
                                <stop offset="0%" stopColor="currentColor" stopOpacity="0.9" />
                                <stop offset="100%" stopColor="currentColor" stopOpacity="0" />
                              </linearGradient>
                            </defs>
                            <rect
                              x={4}
                              y={7}
                              width={Math.max(2, bar.solidEnd - 4)}
                              height={BAR_HEIGHT}
                              rx={2}
                              className={bar.approximate ? 'bar bar--approximate' : 'bar'}
                            />
                            {bar.whisker && (
                              <g className="whisker">
                                <line
                                  x1={bar.whisker[0]}
                                  x2={bar.whisker[1]}
                                  y1={7 + BAR_HEIGHT / 2}
                                  y2={7 + BAR_HEIGHT / 2}
                                />
                                <line
                                  x1={bar.whisker[1]}
                                  x2={bar.whisker[1]}
                                  y1={7}
                                  y2={7 + BAR_HEIGHT}
                                />
                              </g>
                            )}
                            {bar.fade && (
                              <rect
                                x={bar.fade[0]}
                                y={7}
                                width={bar.fade[1] - bar.fade[0]}
                                height={BAR_HEIGHT}
                                fill={`url(#${gradientId})`}
                              />
                            )}
                            <text
                              x={Math.min(
                                barWidth - 4,
                                (bar.fade?.[1] ?? bar.whisker?.[1] ?? bar.solidEnd) + 6,
                              )}
                              y={7 + BAR_HEIGHT - 1}
                              className="casualty-figure__value"
                            >
                              {formatCount(figure.casualty.count)}
                            </text>
                          </svg>
                        </button>
                        {active?.key === key && (
                          <span role="tooltip" className="hint hint--visible casualty-figure__hint">
                            {active.text}
                          </span>
                        )}
                      </li>
                    );
                  })}
                </ul>
                {row.hidden > 0 && (
                  <p className="casualty-row__more">
                    and {row.hidden.toLocaleString('en-GB')} smaller{' '}
                    {row.hidden === 1 ? 'figure' : 'figures'} in view
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {summary.hiddenRows > 0 && (
        <p className="casualty-strip__scale">
          {summary.hiddenRows.toLocaleString('en-GB')} more groups with figures in view; filter or
          zoom in to see them ({summary.totalFigures.toLocaleString('en-GB')} figures in all).
        </p>
      )}
      {rows.length > 0 && (
        <p className="casualty-strip__scale" aria-hidden="true">
          Logarithmic scale: {ticks.map((t) => t.toLocaleString('en-GB')).join(' · ')}
        </p>
      )}
    </section>
  );
});
