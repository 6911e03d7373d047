/** Category names and colours. The colours are CSS custom properties set for light and dark mode in tokens.css. */
import type { Category } from '../model/schema';

export const CATEGORY_LABELS: Record<Category, string> = {
  protest: 'Protest',
  violence: 'Violence',
  'security-operation': 'Security operation',
  policy: 'Policy',
  politics: 'Politics',
  international: 'International',
  communications: 'Communications',
  casualties: 'Casualties',
  economy: 'Economy',
  background: 'Background',
};

/** The CSS colour of a category, e.g. `var(--cat-protest)`. */
export function categoryColor(category: Category): string {
  return `var(--cat-${category})`;
}

/** The colour an event is drawn in: its first (primary) category's. */
export function eventColor(categories: readonly Category[]): string {
  const first = categories[0];
  return first ? categoryColor(first) : 'var(--ink-muted)';
}
