/**
 * For tests: the tests of the file (or of the `describe` block) that calls it run in `language`,
 * and English is back after each one, so no other test file sees the language.
 */
import { afterEach, beforeEach } from 'vitest';
import { loadLanguage } from './i18n';
import { SOURCE_LANGUAGE, type Language } from './languages';

export function inLanguage(language: Language): void {
  beforeEach(() => loadLanguage(language));
  afterEach(() => loadLanguage(SOURCE_LANGUAGE));
}
