/**
 * Page side: frame times during a gesture, from `requestAnimationFrame` timestamps. Passed to
 * `page.evaluate`, so each function stands alone (no imports at run time).
 */
import type { BenchWindow } from './benchWindow';

/** Starts recording the timestamp of every animation frame. */
export function startFrameRecording(): void {
  const state = { times: [] as number[], running: true };
  (window as BenchWindow).__benchFrames = state;
  const tick = (time: number) => {
    if (!state.running) return;
    state.times.push(time);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Waits two frames (so work queued by the last input has run), stops, and returns frame times. */
export function stopFrameRecording(): Promise<number[]> {
  return new Promise((resolve) => {
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const state = (window as BenchWindow).__benchFrames;
        if (!state) {
          resolve([]);
          return;
        }
        state.running = false;
        resolve(state.times.slice(1).map((time, i) => time - (state.times[i] ?? time)));
      }),
    );
  });
}
