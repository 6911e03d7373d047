/**
 * Dataset text on the page, marked with its language: `dataLang` gives the `lang` attribute for the
 * element that shows a field (where the text is not in the page's language), and `DataText` shows
 * the text with its quoted phrases in another language (the dataset's `quotedPhrases`) each in a
 * `<span lang>`, so browsers and screen readers read every word in its own language.
 */
import { activeLanguage } from '../i18n/i18n';
import { LANGUAGE_TAGS } from '../i18n/languages';
import { langAttribute, phrasesFor, quotedSegments, textLanguage } from '../state/localize';

/** The `lang` attribute for the element showing `field` of `object` (a localised dataset's). */
export function dataLang(object: object, field: string): string | undefined {
  return langAttribute(object, field, LANGUAGE_TAGS[activeLanguage()]);
}

/** Props of DataText. */
export interface DataTextProps {
  /** The text, as `object[field]` holds it. */
  text: string;
  /** The object of a localised dataset the text is a field of (an event's `time`, an actor). */
  of: object;
  field: string;
}

/**
 * `text`, in a `<span lang dir="auto">` when its language is not the page's, with each quoted phrase in
 * another language than its own in a `<span lang>` of its own. Plain text when neither applies.
 */
export function DataText({ text, of, field }: DataTextProps) {
  const own = textLanguage(of, field);
  const lang = dataLang(of, field);
  const segments = quotedSegments(text, phrasesFor(of, field));
  const content =
    segments.length === 1 && segments[0]?.language === undefined
      ? text
      : segments.map((segment, index) =>
          segment.language !== undefined && (own === undefined || segment.language !== own) ? (
            // The runs are in the text's order and never move, so their position is their key.
            <span key={index} lang={segment.language}>
              {segment.text}
            </span>
          ) : (
            segment.text
          ),
        );
  // Text in another language than the page's may run in another direction (English on a
  // right-to-left page): `dir="auto"` isolates it, so its punctuation stays at its own end.
  return lang === undefined ? (
    <>{content}</>
  ) : (
    <span lang={lang} dir="auto">
      {content}
    </span>
  );
}
