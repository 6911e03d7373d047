import type { AxisTick } from './ticks';

/** Props: the ticks to draw and the scale that places them. */
export interface TimelineAxisProps {
  /** The ticks to draw, chosen for the window (see ticks.ts). */
  ticks: readonly AxisTick[];
  /** The time scale: epoch milliseconds to pixels. */
  x: (ms: number) => number;
  /** The chart's width in pixels. */
  width: number;
}

export const AXIS_HEIGHT = 44;

/**
 * The time axis above the marks (it sticks to the top of the screen while the rows scroll by):
 * a context line where a day, month or year begins, tick labels, and ticks down to the rows.
 */
export function TimelineAxis({ ticks, x, width }: TimelineAxisProps) {
  const base = AXIS_HEIGHT - 0.5;
  return (
    <svg className="timeline-axis" width={width} height={AXIS_HEIGHT} aria-hidden="true">
      <line x1={0} x2={width} y1={base} y2={base} className="timeline-axis__line" />
      {ticks.map((tick) => {
        const tx = x(tick.value);
        return (
          <g key={tick.value} transform={`translate(${tx},0)`}>
            <line y1={base - (tick.context ? 10 : 6)} y2={base} className="timeline-axis__tick" />
            {tick.context && (
              <text y={14} x={4} className="timeline-axis__context">
                {tick.context}
              </text>
            )}
            <text y={30} x={4} className="timeline-axis__label">
              {tick.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
