import { useRef, type PointerEvent } from 'react';

/** How far down (px) a swipe must travel to close, and how sideways it may stray. */
const CLOSE_DISTANCE = 72;

/**
 * Swipe down to dismiss (the phone's bottom sheet): handlers for the element the reader drags,
 * usually the sheet's top bar. A touch or pen that moves down far enough, more down than sideways,
 * calls `onSwipe`. Mouse drags are left alone; the sheet has a close button and Escape for them.
 */
export function useSwipeDown(onSwipe: () => void) {
  const start = useRef<{ x: number; y: number; id: number } | null>(null);
  return {
    onPointerDown(e: PointerEvent<HTMLElement>) {
      if (e.pointerType === 'mouse') return;
      start.current = { x: e.clientX, y: e.clientY, id: e.pointerId };
    },
    onPointerUp(e: PointerEvent<HTMLElement>) {
      const from = start.current;
      start.current = null;
      if (!from || from.id !== e.pointerId) return;
      const down = e.clientY - from.y;
      if (down > CLOSE_DISTANCE && down > Math.abs(e.clientX - from.x) * 1.5) onSwipe();
    },
    onPointerCancel() {
      start.current = null;
    },
  };
}
