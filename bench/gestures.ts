/**
 * The scripted zoom and pan, with the page's frame times recorded during each part (node side;
 * the recorder itself is measure/frames.ts).
 */
import type { Page } from '@playwright/test';
import { summarizeFrames, type FrameSummary } from '../scripts/benchStats';
import { startFrameRecording, stopFrameRecording } from './measure/frames';
import { settle, sleep } from './pageActions';
import { withTimeout } from './timeout';

/** Frame times during one part of the gesture, and how many of its inputs were sent. */
export interface GesturePart extends FrameSummary {
  inputs: number;
  /** True when the part ran out of time before all its inputs were sent. */
  cutShort: boolean;
}

/** Frame times during the scripted zoom and pan. */
export interface GestureFrames {
  zoom: GesturePart;
  pan: GesturePart;
}

/** The number of wheel events (half in, half out), their delta, and the drag. */
export const GESTURE = { wheels: 40, wheelDelta: 100, dragPx: 600, dragSteps: 30, stepMs: 16 };

/**
 * Records frames while `inputs` are sent one after another, `GESTURE.stepMs` apart. A part that
 * is still sending after `limitMs` stops there (a page that needs seconds per frame would
 * otherwise take many minutes); its frames so far are summarised.
 */
async function recordPart(
  page: Page,
  inputs: readonly (() => Promise<void>)[],
  limitMs: number,
): Promise<GesturePart> {
  await page.evaluate(startFrameRecording);
  const deadline = Date.now() + limitMs;
  let sent = 0;
  for (const input of inputs) {
    if (Date.now() > deadline) break;
    await input();
    sent += 1;
    await sleep(GESTURE.stepMs);
  }
  const deltas = await withTimeout(page.evaluate(stopFrameRecording), limitMs, 'frames');
  return { ...summarizeFrames(deltas), inputs: sent, cutShort: sent < inputs.length };
}

/**
 * The scripted gesture over the centre of `selector`: 20 wheel steps in then 20 out (|deltaY|
 * 100), one every 16 ms; then a 600 px drag to the left in 30 steps of 16 ms. Frames are
 * recorded in the page for each part; each part gets at most `partLimitMs`.
 */
export async function runGestures(
  page: Page,
  selector: string,
  partLimitMs: number,
): Promise<GestureFrames> {
  const target = page.locator(selector).first();
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error(`${selector} is not visible`);
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 150);
  await page.mouse.move(x, y);
  await settle(page);

  const wheels = Array.from({ length: GESTURE.wheels }, (_, i) => () => {
    const delta = i < GESTURE.wheels / 2 ? -GESTURE.wheelDelta : GESTURE.wheelDelta;
    return page.mouse.wheel(0, delta);
  });
  const zoom = await recordPart(page, wheels, partLimitMs);

  await settle(page);
  const step = GESTURE.dragPx / GESTURE.dragSteps;
  const drag = [
    () => page.mouse.down(),
    ...Array.from(
      { length: GESTURE.dragSteps },
      (_, i) => () => page.mouse.move(x - (i + 1) * step, y),
    ),
    () => page.mouse.up(),
  ];
  const pan = await recordPart(page, drag, partLimitMs);
  // Let go of the mouse even when the drag was cut short.
  if (pan.cutShort) await page.mouse.up();
  return { zoom, pan };
}
