import { Fragment, memo, useId, useMemo, useRef, type CSSProperties } from 'react';
import {
  channelsText,
  claimantText,
  drawingText,
  figureChannels,
  groupText,
  readingText,
} from '../model/casualties';
import { formatValue } from '../model/formatTime';
import type { CasualtyKind } from '../model/schema';
import type { CasualtyFigure, DatasetIndex } from '../state/datasetIndex';
import { useElementWidth } from '../ui/useElementWidth';
import { FIGURE_TABLE_ID } from '../state/viewFigures';
import {
  axisExtent,
  casualtySections,
  countAxisOf,
  figureMarks,
  stripLayout,
  type CasualtyKindSection,
  type CasualtyRow,
  type CountAxis,
  type FigureMarks,
} from './casualtyBars';
import { casualtyKindLabel } from '../i18n/vocabularyWords';
import { t } from '../i18n/i18n';

/** Props: the rows of figures in view, and how to open the event behind a figure. */
export interface CasualtyStripProps {
  /** The figures in view, one row per kind, group and claimant (`casualtyRows`). */
  rows: readonly CasualtyRow[];
  /** The dataset, for its time zone and to name who claims each figure. */
  index: DatasetIndex;
  /** Opens the event behind a figure. */
  onSelect: (eventId: string) => void;
  /** The table of every figure in the view, when the page has one: whether it is shown, and its toggle. */
  figureTable?: FigureTableToggle;
}

/** The whole view's table of figures, as the strip's button sees it. */
export interface FigureTableToggle {
  /** Whether the table is shown. */
  shown: boolean;
  /** Shows or hides it. */
  onToggle: () => void;
}

/** The strip's element id: one strip a page, a target for links and for scans. */
export const STRIP_ID = 'casualty-figures';

/** Vertical positions in a figure's drawing, px. */
const ROW = { dot: 10, tickLabel: 28, height: 33, radius: 5 } as const;

/** Under the axis: every casualty figure in view, in words first, each placed on its kind's axis. */
export const CasualtyStrip = memo(function CasualtyStrip({
  rows,
  index,
  onSelect,
  figureTable,
}: CasualtyStripProps) {
  const ref = useRef<HTMLElement>(null);
  const width = useElementWidth(ref, 600);
  const id = useId();
  const sections = useMemo(() => casualtySections(rows), [rows]);
  const layout = stripLayout(width);
  const style: CSSProperties & Record<'--casualty-drawing-width', string> = {
    '--casualty-drawing-width': `${layout.drawingWidth}px`,
  };

  return (
    <section
      id={STRIP_ID}
      className={layout.stacked ? 'casualty-strip casualty-strip--stacked' : 'casualty-strip'}
      aria-labelledby={`${id}-title`}
      ref={ref}
      style={style}
    >
      <div className="casualty-strip__head">
        <h3 className="casualty-strip__title" id={`${id}-title`}>
          {t('strip.title')}
        </h3>
        {rows.length > 0 && <StripLegend />}
        {figureTable && (
          <button
            type="button"
            className="button button--small casualty-strip__table"
            aria-expanded={figureTable.shown}
            aria-controls={FIGURE_TABLE_ID}
            onClick={figureTable.onToggle}
          >
            {t('strip.table')}
          </button>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="casualty-strip__empty">{t('strip.empty')}</p>
      ) : (
        <>
          <p className="casualty-strip__note">{t('strip.note')}</p>
          {sections.map((section) => (
            <KindSection
              key={section.kind}
              section={section}
              index={index}
              drawingWidth={layout.drawingWidth}
              onSelect={onSelect}
            />
          ))}
        </>
      )}
    </section>
  );
});

function KindSection({
  section,
  index,
  drawingWidth,
  onSelect,
}: {
  section: CasualtyKindSection;
  index: DatasetIndex;
  drawingWidth: number;
  onSelect: (eventId: string) => void;
}) {
  const headingId = useId();
  const kind = casualtyKindLabel(section.kind);
  const { open, largest } = axisExtent(
    section.rows.flatMap((row) => row.figures.map((f) => f.casualty.count)),
  );
  // The same axis while its extent and width stay, so that figures still in view after a filter
  // click are not drawn again (FigureItem is memoised).
  const axis = useMemo(
    () => countAxisOf(open, largest, drawingWidth),
    [open, largest, drawingWidth],
  );
  const top = axis.domain[1];
  return (
    <section className="casualty-kind" aria-labelledby={headingId}>
      <h4 className="casualty-kind__title" id={headingId}>
        {capitalise(kind)}
        <span className="casualty-kind__scale">{t('strip.scale', { kind, top })}</span>
      </h4>
      <ul className="casualty-kind__rows">
        {section.rows.map((row) => {
          const key = `${row.group}-${row.claimedBy ?? ''}`;
          const figures = row.figures.map((figure, i) => (
            <FigureItem
              key={i}
              figure={figure}
              previous={row.figures[i - 1] ?? null}
              kind={section.kind}
              axis={axis}
              drawingWidth={drawingWidth}
              index={index}
              onSelect={onSelect}
            />
          ));
          // A claimant's one figure is an item of its own; several are a sequence in time.
          if (row.figures.length + row.hidden === 1)
            return <Fragment key={key}>{figures}</Fragment>;
          const claimant = row.figures[0] ? claimantText(row.figures[0].casualty, index) : '';
          return (
            <li key={key} className="casualty-series">
              <p className="casualty-series__note">
                {t('strip.series', { claimant, count: row.figures.length + row.hidden })}
                {row.hidden > 0 && ` ${t('strip.earlierHidden', { count: row.hidden })}`}
              </p>
              <ol className="casualty-series__figures">{figures}</ol>
            </li>
          );
        })}
      </ul>
      {section.hiddenRows > 0 && (
        <p className="casualty-kind__more">
          {t('strip.moreRows', { count: section.hiddenRows, kind })}
        </p>
      )}
    </section>
  );
}

/** One figure: its words, who claims it, its reading and its drawing; kept while its props are. */
const FigureItem = memo(function FigureItem({
  figure,
  previous,
  kind,
  axis,
  drawingWidth,
  index,
  onSelect,
}: {
  figure: CasualtyFigure;
  previous: CasualtyFigure | null;
  kind: CasualtyKind;
  axis: CountAxis;
  drawingWidth: number;
  index: DatasetIndex;
  onSelect: (eventId: string) => void;
}) {
  const { casualty, entry } = figure;
  const date = (value: string) => formatValue(value, index.dataset.timeZone, undefined, 'short');
  const channels = channelsText(figureChannels(casualty, entry.event.citations, index));
  const marks = figureMarks(casualty.count, axis);
  const before = previous ? figureMarks(previous.casualty.count, axis) : null;
  const label = t('strip.drawing', {
    kind: casualtyKindLabel(kind),
    top: axis.domain[1],
    shape: drawingText(casualty.count),
  });
  return (
    <li className="casualty-figure">
      <div className="casualty-figure__text">
        <p className="casualty-figure__words">{casualty.count.text}</p>
        <p className="casualty-figure__claim">
          <span aria-hidden="true">— </span>
          <span className="visually-hidden">{t('strip.claimedBy')}</span>
          <strong className="casualty-figure__claimant">
            {claimantText(casualty, index)}
          </strong>, {channels}
        </p>
        <p className="casualty-figure__meta">
          {previous
            ? t('strip.meta.revises', {
                group: groupText(casualty, index),
                date: date(casualty.asOf),
                previous: date(previous.casualty.asOf),
              })
            : t('strip.meta', { group: groupText(casualty, index), date: date(casualty.asOf) })}
        </p>
        <p className="casualty-figure__reading">
          <span className="casualty-figure__read-as">{readingText(casualty.count)}</span>
          {' · '}
          {t('strip.from')}
          <button type="button" className="link-button" onClick={() => onSelect(entry.event.id)}>
            {entry.event.title}
          </button>
        </p>
      </div>
      <FigureDrawing axis={axis} width={drawingWidth} marks={marks} before={before} label={label} />
    </li>
  );
});

/** One figure on its kind's axis: gridlines and tick labels, its dots, and its line or arrow. */
function FigureDrawing({
  axis,
  width,
  marks,
  before,
  label,
}: {
  axis: CountAxis;
  width: number;
  marks: FigureMarks;
  before: FigureMarks | null;
  label: string;
}) {
  return (
    <svg
      className="casualty-figure__drawing"
      role="img"
      aria-label={label}
      width={width}
      height={ROW.height}
    >
      <g className="count-axis" aria-hidden="true">
        <line
          className="count-axis__line"
          x1={axis.range[0]}
          x2={axis.range[1]}
          y1={ROW.dot}
          y2={ROW.dot}
        />
        {axis.ticks.map((tick) => (
          <g key={tick.value}>
            <line className="count-axis__grid" x1={tick.x} x2={tick.x} y1={1} y2={ROW.dot + 8} />
            <text className="count-axis__label" x={tick.x} y={ROW.tickLabel} textAnchor="middle">
              {tick.label}
            </text>
          </g>
        ))}
      </g>
      {before && <Marks marks={before} className="figure-marks figure-marks--before" />}
      <Marks marks={marks} className="figure-marks" />
    </svg>
  );
}

/** A figure's dots, line and arrow at the drawing's dot height; `words` writes "or more". */
function Marks({
  marks,
  className,
  words = true,
}: {
  marks: FigureMarks;
  className: string;
  words?: boolean;
}) {
  const y = ROW.dot;
  return (
    <g className={marks.approximate ? `${className} figure-marks--approximate` : className}>
      {marks.line && (
        <line className="figure-marks__line" x1={marks.line[0]} x2={marks.line[1]} y1={y} y2={y} />
      )}
      {marks.arrow && (
        <g className="figure-marks__arrow">
          <line x1={marks.arrow[0]} x2={marks.arrow[1]} y1={y} y2={y} />
          <path
            d={`M${marks.arrow[1] - 5},${y - 4} L${marks.arrow[1]},${y} L${marks.arrow[1] - 5},${y + 4}`}
          />
          {words && (
            <text x={marks.arrow[1] + 4} y={y} dominantBaseline="central">
              {t('strip.legend.open')}
            </text>
          )}
        </g>
      )}
      {marks.dots.map((x, i) => (
        <circle key={i} className="figure-marks__dot" cx={x} cy={y} r={ROW.radius} />
      ))}
    </g>
  );
}

/** The key to the drawings: each kind of mark as the strip draws it, at a small scale. */
function legendKeys(): { label: string; width: number; marks: FigureMarks }[] {
  return [
    { label: t('strip.legend.dot'), width: 14, marks: keyMarks([7]) },
    { label: t('strip.legend.hollow'), width: 14, marks: { ...keyMarks([7]), approximate: true } },
    { label: t('strip.legend.range'), width: 30, marks: { ...keyMarks([6, 24]), line: [6, 24] } },
    { label: t('strip.legend.open'), width: 30, marks: { ...keyMarks([6]), arrow: [6, 27] } },
  ];
}

function keyMarks(dots: number[]): FigureMarks {
  return { dots, line: null, arrow: null, approximate: false };
}

function StripLegend() {
  return (
    <p className="casualty-strip__legend" aria-hidden="true">
      {legendKeys().map((key) => (
        <span key={key.label} className="casualty-strip__key">
          <svg width={key.width} height={2 * ROW.dot}>
            <Marks marks={key.marks} className="figure-marks" words={false} />
          </svg>
          {key.label}
        </span>
      ))}
    </p>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
