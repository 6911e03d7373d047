import type { ReactNode } from 'react';

/** Props: where the tooltip points and what it says. */
export interface TooltipProps {
  /** The id other elements refer to (aria-describedby), when they do. */
  id?: string;
  /** Left edge in px, in the positioned container the tooltip sits in. */
  x: number;
  /** Top edge in px, in the same container. */
  y: number;
  /** The container's width: the tooltip is kept inside it. */
  containerWidth: number;
  /** An extra class for its place (the timeline, the map). */
  className?: string;
  /** What the tooltip says: short lines of text. */
  children: ReactNode;
}

/** The widest a tooltip gets (styles.css draws the surface). */
const TOOLTIP_WIDTH = 260;

/**
 * The one floating tooltip: a surface at a point, kept inside its container, never taking the
 * pointer (it only describes; what it describes stays clickable under it).
 */
export function Tooltip({ id, x, y, containerWidth, className, children }: TooltipProps) {
  const left = Math.min(Math.max(x, 8), Math.max(8, containerWidth - TOOLTIP_WIDTH - 8));
  return (
    <div
      id={id}
      role="tooltip"
      className={className ? `tooltip ${className}` : 'tooltip'}
      style={{ left, top: y, maxWidth: TOOLTIP_WIDTH }}
    >
      {children}
    </div>
  );
}
