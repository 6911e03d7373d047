import { describeCount, formatCount, groupText } from '../model/casualties';
import { formatEventTimeShort, formatValue } from '../model/formatTime';
import type { Casualty, Claim } from '../model/schema';
import type { DatasetIndex } from '../state/datasetIndex';
import type { FigureRecord } from '../state/reportingView';
import { ExternalLink } from '../sources/ExternalLink';
import { isPlainClick } from '../ui/isPlainClick';
import { safeHref } from '../ui/safeHref';
import { TableScroll } from '../ui/TableScroll';
import { casualtyKindLabel } from '../i18n/vocabularyWords';
import { t } from '../i18n/i18n';

/** Props: the figures of one event, and the index to name actors, sources and claims. */
export interface CasualtyTableProps {
  /** The figures of one event, each shown as the source words it and as a range. */
  casualties: readonly Casualty[];
  /** The dataset, to name who claims each figure and through which sources. */
  index: DatasetIndex;
  /**
   * The story with later reporting: every figure of the event as known in the view (its own,
   * those its claims give, withdrawn ones), used instead of `casualties`.
   */
  records?: readonly FigureRecord[];
  /**
   * For the whole view's table: a first column naming each figure's event (its date and title, a
   * link that opens it), and the table's name. Without it the table is one event's.
   */
  events?: {
    /** The link that opens an event. */
    hrefFor: (eventId: string) => string;
    /** Opens an event on a plain click. */
    onSelect: (eventId: string) => void;
    /** The table's caption, read out as its name ("Every casualty figure of the 27 events shown"). */
    caption: string;
  };
}

/**
 * Every casualty figure as a claim: kind and group, the count as a range and in the source's own
 * words, who claims it, as of when, how it held up (confirmed, unconfirmed, or posted then
 * withdrawn), and the sources that report it, each a link. A figure restated by later reporting
 * says what the article had.
 */
export function CasualtyTable({ casualties, index, records, events }: CasualtyTableProps) {
  const { timeZone } = index.dataset;
  const rows: {
    casualty: Casualty;
    withdrawn: boolean;
    claim: Claim | null;
    eventId: string | null;
  }[] = records
    ? records.map((r) => ({
        casualty: r.casualty,
        withdrawn: r.state === 'withdrawn',
        claim: claimOf(r, index),
        eventId: r.eventId,
      }))
    : casualties.map((casualty) => ({ casualty, withdrawn: false, claim: null, eventId: null }));
  return (
    <TableScroll label={events ? events.caption : t('casualtyTable.region')}>
      <table className={events ? 'casualty-table casualty-table--view' : 'casualty-table'}>
        <caption className="visually-hidden">
          {events ? events.caption : t('casualtyTable.caption')}
        </caption>
        <thead>
          <tr>
            {events && <th scope="col">{t('casualtyTable.event')}</th>}
            <th scope="col">{t('casualtyTable.figure')}</th>
            <th scope="col">{t('casualtyTable.count')}</th>
            <th scope="col">{t('casualtyTable.claim')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ casualty: c, withdrawn, claim, eventId }, i) => (
            <tr key={i} className={withdrawn ? 'casualty-table__row--withdrawn' : undefined}>
              {events && eventId !== null && (
                <td className="casualty-table__event">
                  <EventCell eventId={eventId} index={index} {...events} />
                </td>
              )}
              <th scope="row">
                {casualtyKindLabel(c.kind)}
                <span className="casualty-table__group">
                  {c.groupLabel === undefined ? groupName(c.group, index) : groupText(c, index)}
                </span>
              </th>
              <td>
                <span aria-hidden="true" className="casualty-range">
                  {withdrawn ? <s>{formatCount(c.count)}</s> : formatCount(c.count)}
                </span>
                <span className="visually-hidden">{describeCount(c.count)}</span>
                <span className="casualty-table__words">
                  <span className="visually-hidden">{t('casualtyTable.asReportedLabel')} </span>
                  {c.count.text}
                </span>
                {claim?.figure !== undefined && claim.article !== undefined && (
                  <span className="casualty-table__article">
                    <strong>{t('casualtyTable.article')} </strong>
                    {claim.article}
                  </span>
                )}
              </td>
              <td className="casualty-table__claim">
                <span className="casualty-table__line">
                  <span className="visually-hidden">{t('casualtyTable.claimant')} </span>
                  {c.claimedBy === null ? (
                    <span className="muted">{t('casualtyTable.notAttributed')}</span>
                  ) : (
                    (index.actorsById.get(c.claimedBy)?.name ?? c.claimedBy)
                  )}
                </span>
                <span className="casualty-table__line">
                  <span className="visually-hidden">{t('casualtyTable.asOf')} </span>
                  {formatValue(c.asOf, timeZone, undefined, 'short')}
                  {' · '}
                  <span className="visually-hidden">{t('casualtyTable.status')} </span>
                  {withdrawn && c.withdrawn
                    ? t('casualtyTable.withdrawn', {
                        on: formatValue(c.withdrawn.at, timeZone, undefined, 'short'),
                      })
                    : c.status === undefined
                      ? t('casualtyTable.asReported')
                      : t(`casualtyTable.status.${c.status}`)}
                </span>
                {withdrawn && c.withdrawn?.text !== undefined && (
                  <span className="casualty-table__words">{c.withdrawn.text}</span>
                )}
                <span className="casualty-table__sources">
                  <span className="visually-hidden">{t('casualtyTable.sources')} </span>
                  {c.sources.map((id, s) => {
                    const source = index.sourcesById.get(id);
                    const href = safeHref(source?.url);
                    const name = source?.outlet ?? source?.name ?? id;
                    return (
                      <span key={id}>
                        {s > 0 && ', '}
                        {href ? <ExternalLink href={href}>{name}</ExternalLink> : name}
                      </span>
                    );
                  })}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The dataset's group of a figure whose claimant gives no words for it. */
function groupName(group: string, index: DatasetIndex): string {
  return group === 'unspecified'
    ? t('casualtyTable.notSpecified')
    : (index.actorsById.get(group)?.name ?? group);
}

/** The event a figure belongs to, in the whole view's table: its date, and its title as a link. */
function EventCell({
  eventId,
  index,
  hrefFor,
  onSelect,
}: {
  eventId: string;
  index: DatasetIndex;
  hrefFor: (eventId: string) => string;
  onSelect: (eventId: string) => void;
}) {
  const entry = index.byId.get(eventId);
  if (!entry) return <>{eventId}</>;
  return (
    <>
      <span className="casualty-table__date">
        {formatEventTimeShort(entry.event.time, index.dataset.timeZone)}
      </span>
      <a
        href={hrefFor(eventId)}
        onClick={(e) => {
          if (!isPlainClick(e)) return;
          e.preventDefault();
          onSelect(eventId);
        }}
      >
        {entry.event.title}
      </a>
    </>
  );
}

function claimOf(record: FigureRecord, index: DatasetIndex): Claim | null {
  if (record.claimId === null) return null;
  return (
    (index.claimsByEvent.get(record.eventId) ?? []).find((c) => c.id === record.claimId) ?? null
  );
}
