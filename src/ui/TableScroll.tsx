import type { ReactNode } from 'react';

/** Props: the table, and what the region is called when a reader reaches it by keyboard. */
export interface TableScrollProps {
  /** The region's name, read out when a keyboard reader reaches it ("Table of sources"). */
  label: string;
  /** The table that may be wider than the screen. */
  children: ReactNode;
}

/**
 * A wide table's box, which scrolls sideways on a narrow screen. It is a named region that takes
 * focus, so a keyboard reader can scroll it with the arrow keys (axe: scrollable-region-focusable).
 */
export function TableScroll({ label, children }: TableScrollProps) {
  return (
    // A scrollable region must be reachable by keyboard; it is named so that the stop says what it is.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
