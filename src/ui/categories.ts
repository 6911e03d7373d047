/** Category names and colours. The colours are CSS custom properties set for light and dark mode in tokens.css. */
import { resolvedColor } from './resolvedColor';
import { CATEGORIES, primaryCategory, type Category } from '../model/vocabulary';

/** The CSS colour of a category, e.g. `var(--cat-protest)`. */
export function categoryColor(category: Category): string {
  return `var(--cat-${category})`;
}

/** The colour an event is drawn in: its main category's (`primaryCategory`), the same on SVG and canvas. */
export function eventColor(categories: readonly Category[]): string {
  return categoryColor(primaryCategory(categories));
}

/**
 * Every category's colour as the canvas needs it (a resolved value, not a `var()`), read from the
 * element's styles; the ink colour for any the styles lack.
 */
export function resolvedCategoryColors(element: Element): Map<Category, string> {
  const fallback = resolvedColor(element, '--ink-muted', 'gray');
  return new Map(CATEGORIES.map((c) => [c, resolvedColor(element, `--cat-${c}`, fallback)]));
}
