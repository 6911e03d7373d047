/**
 * What the benchmark keeps on the page's `window`: the frame recorder, the update probe, and the
 * vis-timeline page's handle (set by bench/vis/index.html). Types only; page-side functions cast
 * `window` to this.
 */
import type { ChronicleEvent } from '../../src/model/schema';

/** Animation-frame timestamps recorded while a gesture runs. */
export interface FrameRecording {
  times: number[];
  running: boolean;
}

/** Times one UI update: from an input event to both targets changed and a frame painted. */
export interface UpdateProbe {
  /** The triggering event's timeStamp (ms since time origin), once it happened. */
  start: number | null;
  /** Indexes of the targets that have changed since the trigger. */
  changed: number[];
  /** Trigger to painted update, in ms, once measured. */
  latency: number | null;
  error: string | null;
}

/** The part of a vis-timeline Timeline the benchmark uses. */
export interface VisTimelineHandle {
  once: (event: 'changed', callback: () => void) => void;
}

/** What bench/vis/index.html exposes. */
export interface VisBench {
  timeline: VisTimelineHandle;
  eventCount: number;
  setFilter: (keep: (event: ChronicleEvent) => boolean) => void;
}

/** The benchmark's globals on `window`. */
export interface BenchWindow {
  __benchFrames?: FrameRecording;
  __benchProbe?: UpdateProbe;
  /** Every long task since navigation: [startTime, duration] (pageActions.LONG_TASK_RECORDER). */
  __benchLongTasks?: [number, number][];
  visBench?: VisBench;
}
