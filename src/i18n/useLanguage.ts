import { useEffect, useSyncExternalStore } from 'react';
import { activeLanguage, loadLanguage, onLanguageChange } from './i18n';
import { LANGUAGE_TAGS, chooseLanguage, type Direction, type Language } from './languages';

/** The browser's languages, most wanted first (none in an environment without `navigator`). */
export function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages;
}

/**
 * The interface's language for this page: the one the link, the browser or the dataset asks for
 * (`chooseLanguage`), once its catalog has loaded; until then the one already showing. Keeps
 * `<html lang>` and `<html dir>` in step with it.
 */
export function useLanguage(
  fromLink: Language | null,
  datasetLanguage: string | null,
  direction: Direction,
): Language {
  const wanted = chooseLanguage(fromLink, browserLanguages(), datasetLanguage);
  const active = useSyncExternalStore(onLanguageChange, activeLanguage);
  useEffect(() => {
    // A catalog that fails to load (the network is gone) leaves the page in the language it has.
    if (wanted !== active) loadLanguage(wanted).catch(() => undefined);
  }, [wanted, active]);
  useEffect(() => {
    const root = document.documentElement;
    root.lang = LANGUAGE_TAGS[active];
    root.dir = direction === 'auto' ? 'ltr' : direction;
  }, [active, direction]);
  return active;
}
