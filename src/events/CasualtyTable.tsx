import { CASUALTY_KIND_LABELS, describeCount, formatCount } from '../model/casualties';
import { formatValue } from '../model/formatTime';
import type { Casualty } from '../model/schema';
import type { DatasetIndex } from '../state/datasetIndex';

/** Props: the figures of one event, and the index to name actors and sources. */
export interface CasualtyTableProps {
  /** The figures of one event, each shown as the source words it and as a range. */
  casualties: readonly Casualty[];
  /** The dataset, to name who claims each figure and through which sources. */
  index: DatasetIndex;
}

function groupName(group: string, index: DatasetIndex): string {
  return group === 'unspecified' ? 'Not specified' : (index.actorsById.get(group)?.name ?? group);
}

/**
 * Every casualty figure: kind and group, the count as a range and in the source's own words, when,
 * who claims it and through which sources.
 */
export function CasualtyTable({ casualties, index }: CasualtyTableProps) {
  const { timeZone } = index.dataset;
  return (
    <div className="table-scroll">
      <table className="casualty-table">
        <caption className="visually-hidden">Casualty figures</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Count</th>
            <th scope="col">As of</th>
            <th scope="col">Claimed by</th>
          </tr>
        </thead>
        <tbody>
          {casualties.map((c, i) => (
            <tr key={i}>
              <th scope="row">
                {CASUALTY_KIND_LABELS[c.kind]}
                <span className="casualty-table__group">{groupName(c.group, index)}</span>
              </th>
              <td>
                <span aria-hidden="true" className="casualty-range">
                  {formatCount(c.count)}
                </span>
                <span className="visually-hidden">{describeCount(c.count)}</span>
                <span className="casualty-table__words">
                  <span className="visually-hidden">As reported: </span>
                  {c.count.text}
                </span>
              </td>
              <td className="casualty-table__date">
                {formatValue(c.asOf, timeZone, undefined, 'short')}
              </td>
              <td>
                {c.claimedBy === null ? (
                  <span className="muted">Not attributed</span>
                ) : (
                  (index.actorsById.get(c.claimedBy)?.name ?? c.claimedBy)
                )}
                <span className="casualty-table__sources">
                  via {c.sources.map((id) => index.sourcesById.get(id)?.name ?? id).join(', ')}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
