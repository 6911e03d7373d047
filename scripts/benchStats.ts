/** Summary statistics for the benchmark's samples (frame times): median and nearest-rank percentiles. */

/** The `p`-th percentile (0 < p ≤ 100) by nearest rank, or null for no samples. */
export function percentile(samples: readonly number[], p: number): number | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? null;
}

/** The median: the middle sample, or the mean of the two middle ones; null for no samples. */
export function median(samples: readonly number[]): number | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/** Frame times during a gesture, summarised. */
export interface FrameSummary {
  frames: number;
  median: number | null;
  p95: number | null;
  max: number | null;
  /** Frames longer than 1.5 × 16.7 ms, i.e. at least one frame dropped at 60 Hz. */
  long: number;
}

/** Median, p95, maximum and the count of long frames. */
export function summarizeFrames(deltas: readonly number[]): FrameSummary {
  return {
    frames: deltas.length,
    median: median(deltas),
    p95: percentile(deltas, 95),
    max: deltas.length === 0 ? null : Math.max(...deltas),
    long: deltas.filter((delta) => delta > 25).length,
  };
}
