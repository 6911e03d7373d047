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

export const AXIS_HEIGHT = 46;

/** The time axis under the marks: tick labels, and a context line where a day, month or year begins. */
export function TimelineAxis({ ticks, x, width }: TimelineAxisProps) {
  return (
    <svg className="timeline-axis" width={width} height={AXIS_HEIGHT} aria-hidden="true">
      <line x1={0} x2={width} y1={0.5} y2={0.5} className="timeline-axis__line" />
      {ticks.map((tick) => {
        const tx = x(tick.value);
        return (
          <g key={tick.value} transform={`translate(${tx},0)`}>
            <line y1={0} y2={tick.context ? 10 : 6} className="timeline-axis__tick" />
            <text y={22} x={4} className="timeline-axis__label">
              {tick.label}
            </text>
            {tick.context && (
              <text y={39} x={4} className="timeline-axis__context">
                {tick.context}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
