import { useEffect, useRef } from 'react';
import { useViewState } from '../state/useViewState';
import { activeLanguage, t } from '../i18n/i18n';
import './languageSwitch.css';
import { LANGUAGE_NAMES, LANGUAGE_TAGS, READER_LANGUAGES, type Language } from '../i18n/languages';

/**
 * The language the reader just picked: the page's tree is rebuilt in the new language, and the
 * switch that is rebuilt gives the focus back to the button the reader pressed.
 */
let focusAfterSwitch: Language | null = null;

/**
 * The header's language switch: one button per language with a catalog, each named in its own
 * language, the active one pressed. Choosing one keeps the rest of the view (the link changes only in `lang=`).
 */
export function LanguageSwitch() {
  // The page is rebuilt when the language changes (src/app/App.tsx), so this is read once.
  const active = activeLanguage();
  const [, setView] = useViewState();
  const pressed = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusAfterSwitch === active) pressed.current?.focus();
    focusAfterSwitch = null;
  }, [active]);
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {READER_LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          className="language-switch__option"
          lang={LANGUAGE_TAGS[language]}
          aria-pressed={language === active}
          ref={language === active ? pressed : undefined}
          title={
            language === active
              ? undefined
              : t('language.switchTo', { language: LANGUAGE_NAMES[language] })
          }
          onClick={() => {
            if (language === active) return;
            focusAfterSwitch = language;
            setView({ language }, { replace: true });
          }}
        >
          {LANGUAGE_NAMES[language]}
        </button>
      ))}
    </div>
  );
}
