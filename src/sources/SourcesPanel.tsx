import { useMemo } from 'react';
import type { DatasetIndex } from '../state/datasetIndex';
import { SourceLine } from './SourceLine';
import './sources.css';
import { TableScroll } from '../ui/TableScroll';

/** The words of the list, kept together for the translations to come. */
export const sourcesMessages = {
  heading: 'Sources',
  region: 'Table of sources',
  caption: (count: number, later: boolean) =>
    `${count.toLocaleString('en-GB')} sources ${later ? 'of the story with later reporting' : 'of the article’s account'}, the most cited first`,
  source: 'Source',
  headline: 'Headline',
  eventsHeading: 'Events',
  show: 'Show its ',
  events: (count: number) => (count === 1 ? '1 event' : `${count.toLocaleString('en-GB')} events`),
  none: 'cited by no event in view',
  close: 'Hide the sources',
};

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
          {sourcesMessages.heading} <span className="panel__count">{rows.length}</span>
        </h2>
        <button type="button" className="button button--small button--quiet" onClick={onClose}>
          {sourcesMessages.close}
        </button>
      </div>
      <TableScroll label={sourcesMessages.region}>
        <table className="source-list__table">
          <caption className="visually-hidden">
            {sourcesMessages.caption(rows.length, later)}
          </caption>
          <thead>
            <tr>
              <th scope="col">{sourcesMessages.source}</th>
              <th scope="col">{sourcesMessages.eventsHeading}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ source, count }) => (
              <tr key={source.id}>
                <td>
                  <SourceLine sourceId={source.id} index={index} />
                  {source.headline !== undefined && (
                    <span className="source-list__headline" lang={source.language}>
                      <span className="visually-hidden">{sourcesMessages.headline}: </span>“
                      {source.headline}”
                    </span>
                  )}
                </td>
                <td className="source-list__count">
                  {count === 0 ? (
                    <span className="muted">{sourcesMessages.none}</span>
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
                      <span className="visually-hidden">{sourcesMessages.show}</span>
                      {sourcesMessages.events(count)}
                      <span className="visually-hidden"> ({source.name})</span>
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
