/** Small helpers for writing notices that quote what a link said, readably and briefly. */
import { t } from '../i18n/i18n';

const MAX_QUOTED_LENGTH = 40;
const MAX_LISTED_VALUES = 3;

/** `value` in the language's quotation marks, cut to 40 characters with "…": “tokaev”, «tokaev». */
export function quoteForNotice(value: string): string {
  const characters = Array.from(value);
  const shown =
    characters.length > MAX_QUOTED_LENGTH
      ? `${characters.slice(0, MAX_QUOTED_LENGTH - 1).join('')}…`
      : value;
  return t('notice.quoted', { value: shown });
}

/** Up to three quoted values and how many more: “a”, “b”, “c” and 2 more. */
export function listForNotice(values: readonly string[]): string {
  const listed = values.slice(0, MAX_LISTED_VALUES).map(quoteForNotice).join(', ');
  const more = values.length - MAX_LISTED_VALUES;
  return more > 0 ? t('notice.listAndMore', { list: listed, count: more }) : listed;
}
