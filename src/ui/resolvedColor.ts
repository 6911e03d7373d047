import { useSyncExternalStore } from 'react';

/**
 * The colour a custom property holds at `element`, as the browser resolves it there (`rgb(…)`),
 * for drawing on a canvas: the tokens are written `light-dark(light, dark)`, which a canvas cannot
 * read, and which only a style computed inside the page's color-scheme can choose between.
 */
export function resolvedColor(element: Element, property: string, fallback: string): string {
  const probe = document.createElement('span');
  probe.style.display = 'none';
  probe.style.color = `var(${property}, ${fallback})`;
  element.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color === '' ? fallback : color;
}

const DARK = '(prefers-color-scheme: dark)';

/**
 * Which colour scheme the page is in, without reading a computed style: the link's theme on the
 * root (`data-theme`, see useDocumentTheme.ts), else the system's. Resolved colours stay the same
 * while this does.
 */
export function colorSchemeKey(): string {
  const chosen = document.documentElement.dataset.theme;
  if (chosen) return chosen;
  return globalThis.matchMedia?.(DARK).matches ? 'dark' : 'light';
}

function subscribe(onChange: () => void): () => void {
  const system = globalThis.matchMedia?.(DARK);
  system?.addEventListener('change', onChange);
  const root = new MutationObserver(onChange);
  root.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => {
    system?.removeEventListener('change', onChange);
    root.disconnect();
  };
}

/**
 * `colorSchemeKey()`, kept up to date: a canvas draws again with it when the system's scheme or
 * the link's theme changes, which its other inputs do not show.
 */
export function useColorSchemeKey(): string {
  return useSyncExternalStore(subscribe, colorSchemeKey, () => 'light');
}
