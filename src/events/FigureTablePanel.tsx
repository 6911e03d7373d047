import type { DatasetIndex } from '../state/datasetIndex';
import type { FigureRecord } from '../state/reportingView';
import { FIGURE_TABLE_ID } from '../state/viewFigures';
import { CasualtyTable } from './CasualtyTable';
import { formatNumber, t } from '../i18n/i18n';

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
          {t('figureTable.heading')}{' '}
          <span className="panel__count">{formatNumber(figures.length)}</span>
        </h2>
        <button type="button" className="button button--small button--quiet" onClick={onClose}>
          {t('figureTable.close')}
        </button>
      </div>
      <p className="figure-table__lead">
        {t('figureTable.lead', { count: eventCount, account: later ? 'later' : 'article' })}
      </p>
      {figures.length === 0 ? (
        <p className="figure-table__none">{t('figureTable.none')}</p>
      ) : (
        <CasualtyTable
          casualties={[]}
          records={figures}
          index={index}
          events={{
            hrefFor,
            onSelect,
            caption: t('figureTable.caption', { count: figures.length }),
          }}
        />
      )}
    </section>
  );
}
