import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATEGORIES } from '../model/vocabulary';
import { canvasPalette } from './categories';
import { colorSchemeKey } from './resolvedColor';

/** Computed colours as a page's styles would give them: one per property and scheme. */
function fakeStyles(resolved: boolean) {
  return vi.spyOn(window, 'getComputedStyle').mockImplementation((element: Element) => {
    const color = (element as HTMLElement).style.color;
    const property = /var\((--[a-z-]+)/.exec(color)?.[1] ?? '';
    const scheme = document.documentElement.dataset.theme ?? 'light';
    return { color: resolved ? `${scheme} ${property}` : '' } as CSSStyleDeclaration;
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  delete document.documentElement.dataset.theme;
});

describe('canvasPalette', () => {
  it('resolves every category and the outline colour, once per colour scheme', () => {
    const styles = fakeStyles(true);
    document.documentElement.dataset.theme = 'light';
    const light = canvasPalette(document.body);
    expect(light.categories.get(CATEGORIES[0])).toBe(`light --cat-${CATEGORIES[0]}`);
    expect(light.selected).toBe('light --selected');
    expect(light.categories.size).toBe(CATEGORIES.length);
    const reads = styles.mock.calls.length;
    expect(canvasPalette(document.body)).toBe(light);
    expect(styles.mock.calls.length).toBe(reads);

    document.documentElement.dataset.theme = 'dark';
    const dark = canvasPalette(document.body);
    expect(dark.categories.get(CATEGORIES[0])).toBe(`dark --cat-${CATEGORIES[0]}`);
    expect(styles.mock.calls.length).toBeGreaterThan(reads);
  });

  it('asks again while the styles give nothing (not loaded yet), keeping only the fallbacks', () => {
    const styles = fakeStyles(false);
    document.documentElement.dataset.theme = 'unstyled';
    expect(canvasPalette(document.body).categories.get(CATEGORIES[0])).toBe('gray');
    const reads = styles.mock.calls.length;
    canvasPalette(document.body);
    expect(styles.mock.calls.length).toBeGreaterThan(reads);
  });
});

describe('colorSchemeKey', () => {
  it("is the link's theme where one is set, else the system's", () => {
    document.documentElement.dataset.theme = 'dark';
    expect(colorSchemeKey()).toBe('dark');
    delete document.documentElement.dataset.theme;
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('dark') }));
    expect(colorSchemeKey()).toBe('dark');
    vi.unstubAllGlobals();
  });
});
