import type { DatasetIndex } from '../state/datasetIndex';
import type { FigureRecord } from '../state/reportingView';
import { FIGURE_TABLE_ID } from '../state/viewFigures';
import { CasualtyTable } from './CasualtyTable';

/** The words of the panel, kept together for the translations to come. */
export const figureTableMessages = {
  heading: 'Every casualty figure',
  lead: (events: number, later: boolean) =>
    `Each figure claimed about the ${events.toLocaleString('en-GB')} ${events === 1 ? 'event' : 'events'} shown${later ? ', with later reporting' : ' in the article’s account'}: in its source’s words, with who claims it, as of when, and the sources. Grouped by kind, then by group and date, so that claims about the same people sit together. Figures from different reports are never added up.`,
  caption: (figures: number) =>
    `${figures.toLocaleString('en-GB')} casualty ${figures === 1 ? 'figure' : 'figures'} of the events shown, by kind, group and date`,
  none: 'None of the events shown has a casualty figure.',
  close: 'Hide the figures',
};

/** Props: the view's index and events, how to open an event, and how to close the panel. */
export interface FigureTablePanelProps {
  /** The view's index (its account decides which figures and claims are known). */
  index: DatasetIndex;
  /** The figures of the events that pass the filters, sorted to compare (`figuresInView`). */
  figures: readonly FigureRecord[];
  /** How many events pass the filters. */
  eventCount: number;
  /** The link that opens an event. */
  hrefFor: (eventId: string) => string;
  /** Opens an event from its row. */
  onSelect: (eventId: string) => void;
  /** Hides the panel. */
  onClose: () => void;
}

/**
 * One table for the whole view that compares every casualty claim: its event, the figure as the
 * source words it and as a range, kind and group as the claimant names them, who claims it, as of
 * when, how it held up, and its sources.
 */
export function FigureTablePanel({
  index,
  figures,
  eventCount,
  hrefFor,
  onSelect,
  onClose,
}: FigureTablePanelProps) {
  const later = index.reporting?.account === 'later-reporting';
  return (
    <section
      id={FIGURE_TABLE_ID}
      className="panel figure-table"
      aria-labelledby={`${FIGURE_TABLE_ID}-heading`}
    >
      <div className="panel__header">
        <h2 id={`${FIGURE_TABLE_ID}-heading`} className="panel__title">
          {figureTableMessages.heading} <span className="panel__count">{figures.length}</span>
        </h2>
        <button type="button" className="button button--small button--quiet" onClick={onClose}>
          {figureTableMessages.close}
        </button>
      </div>
      <p className="figure-table__lead">{figureTableMessages.lead(eventCount, later)}</p>
      {figures.length === 0 ? (
        <p className="figure-table__none">{figureTableMessages.none}</p>
      ) : (
        <CasualtyTable
          casualties={[]}
          records={figures}
          index={index}
          events={{ hrefFor, onSelect, caption: figureTableMessages.caption(figures.length) }}
        />
      )}
    </section>
  );
}
