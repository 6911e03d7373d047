import { useMemo } from 'react';
import type { DatasetIndex } from '../state/datasetIndex';
import { SourceLine } from './SourceLine';
import './sources.css';
import { TableScroll } from '../ui/TableScroll';
import { formatNumber, t } from '../i18n/i18n';

/** Props: the view's index, the source filter, and how to change it and close the list. */
export interface SourcesPanelProps {
  /** The view's index: its sources and how many events cite each. */
  index: DatasetIndex;
  /** The sources the events are filtered by (their buttons say so). */
  selected: readonly string[];
  /** Filters the events by these sources. */
  onFilter: (sources: string[]) => void;
  /** Hides the list. */
  onClose: () => void;
}

/**
 * Every source the view rests on, with its outlet, date, language, the source it copies, its link
 * (or why it has none), and how many events cite it; a button filters the events by it.
 */
export function SourcesPanel({ index, selected, onFilter, onClose }: SourcesPanelProps) {
  const sources = index.reporting?.sources ?? index.dataset.sources;
  const rows = useMemo(
    () =>
      sources
        .map((source, position) => ({
          source,
          position,
          count: index.eventsBySource.get(source.id)?.length ?? 0,
        }))
        .sort((a, b) => b.count - a.count || a.position - b.position),
    [sources, index],
  );
  const later = index.reporting?.account === 'later-reporting';
  return (
    <section id="source-list" className="panel source-list" aria-labelledby="source-list-heading">
      <div className="panel__header">
        <h2 id="source-list-heading" className="panel__title">
          {t('sources.heading')} <span className="panel__count">{formatNumber(rows.length)}</span>
        </h2>
        <button type="button" className="button button--small button--quiet" onClick={onClose}>
          {t('sources.close')}
        </button>
      </div>
      <TableScroll label={t('sources.region')}>
        <table className="source-list__table">
          <caption className="visually-hidden">
            {t('sources.caption', { count: rows.length, account: later ? 'later' : 'article' })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('sources.source')}</th>
              <th scope="col">{t('sources.events')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ source, count }) => (
              <tr key={source.id}>
                <td>
                  <SourceLine sourceId={source.id} index={index} />
                  {source.headline !== undefined && (
                    <span className="source-list__headline">
                      <span className="visually-hidden">{t('sources.headline')} </span>
                      {t('sources.quoteOpen')}
                      <span lang={source.language}>{source.headline}</span>
                      {t('sources.quoteClose')}
                    </span>
                  )}
                </td>
                <td className="source-list__count">
                  {count === 0 ? (
                    <span className="muted">{t('sources.none')}</span>
                  ) : (
                    <button
                      type="button"
                      className="link-button"
                      aria-pressed={selected.includes(source.id)}
                      onClick={() =>
                        onFilter(
                          selected.includes(source.id)
                            ? selected.filter((id) => id !== source.id)
                            : [...selected, source.id],
                        )
                      }
                    >
                      <ShowEvents count={count} name={source.name} />
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

/**
 * "Show its 4 events (Daily Paper)": the button's whole name is one message, but only the count
 * ("4 events") is seen; the words around it are read out.
 */
function ShowEvents({ count, name }: { count: number; name: string }) {
  const marker = '\u0000';
  const [before = '', after = ''] = t('sources.show', { events: marker, name }).split(marker);
  return (
    <>
      <span className="visually-hidden">{before}</span>
      {t('sources.eventCount', { count })}
      <span className="visually-hidden">{after}</span>
    </>
  );
}
