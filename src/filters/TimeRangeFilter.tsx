import { memo, useMemo, useRef, useState, type PointerEvent } from 'react';
import { format } from 'date-fns';
import { scaleLinear } from 'd3';
import type { DatasetIndex, IndexedEvent } from '../state/datasetIndex';
import type { TimeWindow } from '../state/viewState';
import { formatDayRange } from '../model/formatTime';
import { valueSpan } from '../model/time';
import { formattableWallClock } from '../model/zonedCalendar';
import { useElementWidth } from '../ui/useElementWidth';
import { dayHistogram, type DayBin } from './dayHistogram';
import { DayField } from './DayField';
import { dateLocale, t } from '../i18n/i18n';

/** Props: the range the overview covers, the events (for the histogram) and the chosen days. */
export interface TimeRangeFilterProps {
  /** The id of the filter's element, for the Dates button's aria-controls. */
  id?: string;
  /** The class of the filter's element (whether it is folded away on phones). */
  className?: string;
  /** The dataset, for its time zone. */
  index: DatasetIndex;
  /** The events whose days the overview strip draws as a histogram. */
  events: readonly IndexedEvent[];
  /** The span the overview strip covers. */
  overview: TimeWindow;
  /** The first day of the range (YYYY-MM-DD, in the dataset's time zone), or null. */
  from: string | null;
  /** The last day of the range, included, or null. */
  to: string | null;
  /** Called with the new range, from either the date inputs or a brush on the strip. */
  onChange: (range: { from: string | null; to: string | null }) => void;
}

const HEIGHT = 36;

/** What the From and To fields should say about days that are real but leave nothing to see. */
export function rangeNotes(
  from: string | null,
  to: string | null,
  span: { first: string; last: string } | null,
  words: (day: string) => string,
): { from: string | null; to: string | null } {
  // ISO days (YYYY-MM-DD, four-digit years) compare as strings. From after To never gets here:
  // the URL swaps the two, with a notice (src/state/url.ts).
  return {
    from:
      span !== null && from !== null && from > span.last
        ? t('timeRange.afterLast', { last: words(span.last) })
        : null,
    to:
      span !== null && to !== null && to < span.first
        ? t('timeRange.beforeFirst', { first: words(span.first) })
        : null,
  };
}

/** The time filter: two days typed in the reader's order, and an overview strip to brush a range of days with a pointer. */
export function TimeRangeFilter(props: TimeRangeFilterProps) {
  const { index, events, overview, from, to, onChange } = props;
  const { timeZone } = index.dataset;
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref, 300);
  const [drag, setDrag] = useState<{ a: number; b: number } | null>(null);
  const x = useMemo(
    () => scaleLinear().domain([overview.start, overview.end]).range([0, width]).clamp(true),
    [overview, width],
  );
  const bins = useMemo(
    () => dayHistogram(events, overview, timeZone),
    [events, overview, timeZone],
  );
  const maxBin = Math.max(1, ...bins.map((b) => b.certain + b.possible));
  const anyPossible = bins.some((b) => b.possible > 0);
  const day = (ms: number) => format(formattableWallClock(ms, timeZone), 'uuuu-MM-dd');
  const firstBin = bins[0];
  const lastBin = bins.at(-1);
  const { extent } = index;
  const notes = rangeNotes(
    from,
    to,
    extent === null ? null : { first: day(extent.start), last: day(extent.end - 1) },
    (iso) => {
      const start = valueSpan(iso, timeZone, 'day').start;
      return formatDayRange(start, start, timeZone);
    },
  );

  const chosen =
    drag !== null
      ? { start: Math.min(drag.a, drag.b), end: Math.max(drag.a, drag.b) }
      : from !== null || to !== null
        ? {
            start: from ? valueSpan(from, timeZone, 'day').start : overview.start,
            end: to ? valueSpan(to, timeZone, 'day').end : overview.end,
          }
        : null;

  function at(e: PointerEvent<SVGSVGElement>): number {
    const rect = e.currentTarget.getBoundingClientRect();
    return x.invert(e.clientX - rect.left);
  }

  return (
    <div className={props.className ?? 'time-filter'} id={props.id}>
      <div className="time-filter__inputs">
        <DayField
          label={t('timeRange.from')}
          value={from}
          note={notes.from}
          onChange={(day) => onChange({ from: day, to })}
        />
        <DayField
          label={t('timeRange.to')}
          value={to}
          note={notes.to}
          onChange={(day) => onChange({ from, to: day })}
        />
      </div>
      <div className="time-filter__overview" ref={ref}>
        <svg
          width={width}
          height={HEIGHT}
          role="img"
          aria-label={t('timeRange.overviewLabel', {
            first: firstBin ? formatDayRange(firstBin.start, firstBin.start, timeZone) : '',
            last: lastBin ? formatDayRange(lastBin.start, lastBin.start, timeZone) : '',
            max: maxBin,
            possible: anyPossible ? 'yes' : 'no',
          })}
          className="overview"
          onPointerDown={(e) => {
            e.currentTarget.setPointerCapture(e.pointerId);
            const time = at(e);
            setDrag({ a: time, b: time });
          }}
          onPointerMove={(e) => {
            if (drag) setDrag({ a: drag.a, b: at(e) });
          }}
          onPointerUp={() => {
            if (!drag) return;
            setDrag(null);
            const start = Math.min(drag.a, drag.b);
            const end = Math.max(drag.a, drag.b);
            if (x(end) - x(start) < 3) return; // a click, not a brush
            onChange({ from: day(start), to: day(end) });
          }}
          onPointerCancel={() => setDrag(null)}
        >
          <OverviewBars bins={bins} x={x} maxBin={maxBin} />
          {chosen && (
            <rect
              x={x(chosen.start)}
              width={Math.max(2, x(chosen.end) - x(chosen.start))}
              y={0}
              height={HEIGHT}
              className="overview__brush"
            />
          )}
        </svg>
        <div className="overview__axis" aria-hidden="true">
          <span>
            {firstBin
              ? format(formattableWallClock(firstBin.start, timeZone), 'd MMM u', {
                  locale: dateLocale(),
                })
              : ''}
          </span>
          <span className="overview__scale">
            <span className="overview__key" /> {t('timeRange.scale', { max: maxBin })}
            {anyPossible && (
              <>
                {' · '}
                <span className="overview__key overview__key--possible" />{' '}
                {t('timeRange.dayNotKnown')}
              </>
            )}
          </span>
          <span>
            {lastBin
              ? format(formattableWallClock(lastBin.start, timeZone), 'd MMM u', {
                  locale: dateLocale(),
                })
              : ''}
          </span>
        </div>
      </div>
    </div>
  );
}

/**
 * The histogram's bars: one pair per day, hundreds in a long story. Memoised: the strip draws
 * every event whatever the filters, so a filter click (which re-renders the filter bar) leaves them
 * as they are; only a new width or a new range of days draws them again.
 */
const OverviewBars = memo(function OverviewBars({
  bins,
  x,
  maxBin,
}: {
  bins: readonly DayBin[];
  x: (ms: number) => number;
  maxBin: number;
}) {
  const scale = (HEIGHT - 6) / maxBin;
  return bins.map((bin) => {
    const certain = bin.certain === 0 ? 0 : Math.max(2, bin.certain * scale);
    const possible = bin.possible === 0 ? 0 : Math.max(2, bin.possible * scale);
    const barX = x(bin.start) + 0.5;
    const barWidth = Math.max(1, x(bin.end) - x(bin.start) - 1);
    return (
      <g key={bin.start}>
        <rect
          x={barX}
          width={barWidth}
          y={HEIGHT - certain}
          height={certain}
          className="overview__bar"
        />
        <rect
          x={barX}
          width={barWidth}
          y={HEIGHT - certain - possible}
          height={possible}
          className="overview__bar overview__bar--possible"
        />
      </g>
    );
  });
});
