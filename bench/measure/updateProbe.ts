/**
 * Page side: times a UI update from the input event that causes it (its `timeStamp`) until every
 * target element has changed (MutationObserver) and the next frame has painted (an animation
 * frame, then the next task: the same convention as the app's `chronicle:first-paint` mark).
 * Passed to `page.evaluate`, so it stands alone (no imports at run time).
 */
import type { BenchWindow, UpdateProbe } from './benchWindow';

/** What starts the clock and which elements must change. */
export interface ProbeOptions {
  /** The input event type that starts the clock ("click" or "keydown"). */
  trigger: 'click' | 'keydown';
  /** For "keydown", the key that counts ("Enter"). */
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

  const onTrigger = (event: Event) => {
    if (probe.start !== null) return;
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
