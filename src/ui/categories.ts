/** Category names and colours. The colours are CSS custom properties set for light and dark mode in tokens.css. */
import { colorSchemeKey, resolvedColor } from './resolvedColor';
import { CATEGORIES, primaryCategory, type Category } from '../model/vocabulary';

/** The CSS colour of a category, e.g. `var(--cat-protest)`. */
export function categoryColor(category: Category): string {
  return `var(--cat-${category})`;
}

/** The colour an event is drawn in: its main category's (`primaryCategory`), the same on SVG and canvas. */
export function eventColor(categories: readonly Category[]): string {
  return categoryColor(primaryCategory(categories));
}

/** The colours a canvas draws with, resolved (`rgb(…)`, not `var()`). */
export interface CanvasPalette {
  /** Every category's colour; the muted ink for any the styles lack. */
  categories: ReadonlyMap<Category, string>;
  /** The colour of the open event's outline (`--selected`). */
  selected: string;
}

/** Palettes already resolved, per colour scheme (see `colorSchemeKey`). */
const palettes = new Map<string, CanvasPalette>();

/**
 * The canvas's colours as the page's styles give them at `element`, kept per colour scheme.
 * Resolving one reads a computed style, which makes the browser recalculate the styles of a page
 * whose elements a filter click has just changed; the canvas draws on every click and the colours
 * change only with the scheme.
 */
export function canvasPalette(element: Element): CanvasPalette {
  const key = colorSchemeKey();
  const kept = palettes.get(key);
  if (kept) return kept;
  const fallback = resolvedColor(element, '--ink-muted', 'gray');
  const palette: CanvasPalette = {
    categories: new Map(CATEGORIES.map((c) => [c, resolvedColor(element, `--cat-${c}`, fallback)])),
    selected: resolvedColor(element, '--selected', '#000'),
  };
  // Only a resolved palette is kept: where the styles are not loaded (yet), every colour is the
  // fallback, and the next draw asks again.
  if (palette.categories.get(CATEGORIES[0]) !== fallback) palettes.set(key, palette);
  return palette;
}
