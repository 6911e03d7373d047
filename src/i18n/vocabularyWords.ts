/**
 * The dataset vocabulary in the reader's language: ids never reach the reader. Each word is a
 * catalog message (`category.<id>`, `casualtyKind.<id>`, `sourceKind.<id>`), so a new id without a word fails the
 * typecheck.
 */
import type { CasualtyKind, Category, SourceKind } from '../model/vocabulary';
import { t } from './i18n';

/** A category's name: "Security operation". */
export function categoryLabel(category: Category): string {
  return t(`category.${category}`);
}

/** A casualty kind as it follows a number: "8 killed", "400 in hospital". */
export function casualtyKindLabel(kind: CasualtyKind): string {
  return t(`casualtyKind.${kind}`);
}

/** A source's kind in words: "news agency". */
export function sourceKindLabel(kind: SourceKind): string {
  return t(`sourceKind.${kind}`);
}
