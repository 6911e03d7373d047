import { useId } from 'react';
import { describeCount, formatCount } from '../model/casualties';
import { formatValue } from '../model/formatTime';
import type { DatasetIndex } from '../state/datasetIndex';
import type { FigureRecord } from '../state/reportingView';
import { casualtyKindLabel } from '../i18n/vocabularyWords';
import { t } from '../i18n/i18n';
import './reporting.css';

/** Props: one history (figures of one kind and group, in order) and the figure it stands at. */
export interface FigureSequenceProps {
  /** The figures of one kind and group, in the order they held (`figureHistory`). */
  history: readonly FigureRecord[];
  /** The figure the history stands at (`currentFigure`), or null when none stands. */
  current: FigureRecord | null;
  /** The dataset, to name claimants and sources and to date figures in its time zone. */
  index: DatasetIndex;
  /** A heading level's worth of words above it; the default names the kind and group. */
  label?: string;
}

/** The name of a figure's group in words. */
export function groupName(group: string, index: DatasetIndex): string {
  return group === 'unspecified'
    ? t('reporting.group.unspecified')
    : (index.actorsById.get(group)?.name ?? group);
}

const WIDTH = 240;
const HEIGHT = 36;
const PAD = 5;

/**
 * A figure's revisions as a sequence, never as rival bars: a small step chart (figures spaced
 * evenly, in order, height by count; a withdrawn figure a hollow, struck mark; an unconfirmed one
 * hollow), and the same figures as a list with their day and claimant, the one it stands at marked.
 */
export function FigureSequence({ history, current, index, label }: FigureSequenceProps) {
  const captionId = useId();
  const first = history[0];
  if (first === undefined) return null;
  const { kind, group } = first.casualty;
  const { timeZone } = index.dataset;
  const caption =
    label ??
    t('reporting.revisions', { kind: casualtyKindLabel(kind), group: groupName(group, index) });
  const max = Math.max(1, ...history.map((r) => r.casualty.count.max ?? r.casualty.count.min));
  const step = history.length > 1 ? (WIDTH - 2 * PAD) / (history.length - 1) : 0;
  const points = history.map((r, i) => ({
    record: r,
    x: history.length > 1 ? PAD + i * step : WIDTH / 2,
    y: HEIGHT - PAD - (r.casualty.count.min / max) * (HEIGHT - 2 * PAD),
  }));
  const standing = points.filter((p) => p.record.state === 'standing');
  const path = standing
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`)
    .join('');
  return (
    <figure className="figure-sequence" aria-labelledby={captionId}>
      <figcaption id={captionId} className="figure-sequence__caption">
        {caption}
      </figcaption>
      <svg
        className="figure-sequence__chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        <path d={path} className="figure-sequence__line" />
        {points.map(({ record, x, y }) => (
          <g key={record.order}>
            <circle
              cx={x}
              cy={y}
              r={record === current ? 4 : 3}
              className={markClass(record, current)}
            />
            {record.state === 'withdrawn' && (
              <line
                x1={x - 5}
                y1={y + 5}
                x2={x + 5}
                y2={y - 5}
                className="figure-sequence__strike"
              />
            )}
          </g>
        ))}
      </svg>
      <ol className="figure-sequence__list">
        {history.map((record) => {
          const { casualty } = record;
          const claimant =
            casualty.claimedBy === null
              ? t('reporting.notAttributed')
              : (index.actorsById.get(casualty.claimedBy)?.name ?? casualty.claimedBy);
          const withdrawn = record.state === 'withdrawn' && casualty.withdrawn !== undefined;
          return (
            <li
              key={record.order}
              className={itemClass(record, current)}
              aria-current={record === current ? 'true' : undefined}
            >
              <span className="figure-sequence__count" aria-hidden="true">
                {withdrawn ? <s>{formatCount(casualty.count)}</s> : formatCount(casualty.count)}
              </span>
              <span className="visually-hidden">
                {t('reporting.sequence.count', { count: describeCount(casualty.count) })}
              </span>
              <span className="figure-sequence__when">
                {formatValue(casualty.asOf, timeZone, undefined, 'short')}
              </span>
              <span className="figure-sequence__who">{claimant}</span>
              {withdrawn && casualty.withdrawn && (
                <span className="figure-sequence__flag">
                  {t('reporting.sequence.withdrawn', {
                    date: formatValue(casualty.withdrawn.at, timeZone, undefined, 'short'),
                  })}
                </span>
              )}
              {casualty.status === 'unconfirmed' && (
                <span className="figure-sequence__flag">{t('reporting.sequence.unconfirmed')}</span>
              )}
              {record === current && (
                <span className="visually-hidden">{t('reporting.sequence.current')}</span>
              )}
            </li>
          );
        })}
      </ol>
    </figure>
  );
}

function markClass(record: FigureRecord, current: FigureRecord | null): string {
  if (record.state === 'withdrawn') return 'figure-sequence__mark figure-sequence__mark--withdrawn';
  if (record.casualty.status === 'unconfirmed')
    return 'figure-sequence__mark figure-sequence__mark--unconfirmed';
  return record === current
    ? 'figure-sequence__mark figure-sequence__mark--current'
    : 'figure-sequence__mark';
}

function itemClass(record: FigureRecord, current: FigureRecord | null): string {
  const classes = ['figure-sequence__item'];
  if (record === current) classes.push('figure-sequence__item--current');
  if (record.state === 'withdrawn') classes.push('figure-sequence__item--withdrawn');
  if (record.casualty.status === 'unconfirmed') classes.push('figure-sequence__item--unconfirmed');
  return classes.join(' ');
}
