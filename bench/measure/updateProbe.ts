/**
 * Page side: times a UI update from the input event that causes it (its `timeStamp`), or from the
 * performance mark the app sets when it commits the change, until every target element has changed (MutationObserver) and the next frame has painted (an animation
 * frame, then the next task: the same convention as the app's `chronicle:first-paint` mark).
 * Passed to `page.evaluate`, so it stands alone (no imports at run time).
 */
import type { BenchWindow, UpdateProbe } from './benchWindow';

/** What starts the clock and which elements must change. */
export interface ProbeOptions {
  /**
   * What starts the clock: an input event ("click", "keydown"), or "mark", the first performance
   * mark named `key` after the probe was armed (the app's `chronicle:search-committed`, set when a
   * query is committed by Enter or by the pause in typing, whichever comes first).
   */
  trigger: 'click' | 'keydown' | 'mark';
  /** For "keydown", the key that counts ("Enter"); for "mark", the mark's name. */
  key: string | null;
  /** CSS selectors of the elements that must all change; each is watched with its subtree. */
  targets: string[];
}

/** Installs the probe; read `window.__benchProbe.latency` (or `.error`) afterwards. */
export function armUpdateProbe(options: ProbeOptions): void {
  const probe: UpdateProbe = { start: null, changed: [], latency: null, error: null };
  (window as BenchWindow).__benchProbe = probe;
  const observers: MutationObserver[] = [];
  let finishing = false;

  const armedAt = performance.now();
  // A mark is looked up when the targets change, which is after the app set it: a
  // PerformanceObserver's callback could come later than the mutations it explains.
  const markedStart = () => {
    if (options.trigger !== 'mark' || options.key === null) return null;
    const marks = performance.getEntriesByName(options.key, 'mark');
    return marks.find((mark) => mark.startTime >= armedAt)?.startTime ?? null;
  };
  const onTrigger = (event: Event) => {
    if (probe.start !== null || options.trigger === 'mark') return;
    if (options.key !== null && !(event instanceof KeyboardEvent && event.key === options.key)) {
      return;
    }
    probe.start = event.timeStamp;
  };
  window.addEventListener(options.trigger, onTrigger, { capture: true });

  const finish = () => {
    finishing = true;
    requestAnimationFrame(() => {
      setTimeout(() => {
        probe.latency = performance.now() - (probe.start ?? performance.now());
        observers.forEach((observer) => observer.disconnect());
        window.removeEventListener(options.trigger, onTrigger, { capture: true });
      }, 0);
    });
  };

  options.targets.forEach((selector, index) => {
    const element = document.querySelector(selector);
    if (!element) {
      probe.error = `no element matches ${selector}`;
      return;
    }
    const observer = new MutationObserver(() => {
      probe.start ??= markedStart();
      if (probe.start === null || finishing) return;
      if (!probe.changed.includes(index)) probe.changed.push(index);
      if (probe.changed.length === options.targets.length) finish();
    });
    observer.observe(element, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    });
    // The element may be replaced rather than changed (an empty list, a redrawn chart).
    const parent = element.parentElement;
    if (parent) observer.observe(parent, { childList: true });
    if (parent?.parentElement) observer.observe(parent.parentElement, { childList: true });
    observers.push(observer);
  });
}
