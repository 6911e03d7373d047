import { CATEGORIES, type Category } from '../model/vocabulary';
import type { FilterCounts } from '../state/filter';
import { categoryColor } from '../ui/categories';
import type { FacetOption } from './FacetSelect';
import { categoryLabel } from '../i18n/vocabularyWords';

/**
 * The category facet's options: each category with its count under the other filters and its
 * colour, leaving out those with no event unless chosen.
 */
export function categoryOptions(
  counts: FilterCounts,
  selected: readonly Category[],
): FacetOption[] {
  return CATEGORIES.map((c) => ({
    id: c,
    label: categoryLabel(c),
    count: counts.categories.get(c) ?? 0,
    color: categoryColor(c),
  })).filter((o) => o.count > 0 || selected.includes(o.id));
}

/** Narrows ids a facet hands back to the categories they are. */
export function asCategories(ids: readonly string[]): Category[] {
  return ids.filter((id): id is Category => (CATEGORIES as readonly string[]).includes(id));
}
