/**
 * Text in more languages than the dataset's own: the optional `translations` object that the
 * dataset, its actors, places, sources, events, event actors, figures and claims may carry, and
 * the dataset's `quotedPhrases`, which say which quoted words of its own text are in another
 * language. Documented in docs/data-format.md ("Text in other languages").
 *
 * `translations` maps a BCP 47 language tag to the translatable fields of the object it is on, in
 * that language: `{ "nb": { "title": "…", "summary": "…" } }`. Only those fields are allowed (the
 * objects are strict), and every one is optional, but a language must give at least one.
 */
import * as z from 'zod/mini';
import { t } from '../i18n/i18n';
import { LANGUAGE_TAG_PATTERN, Name } from './schemaValues';

// Keys are checked with the pattern of `LanguageTag`, with a message that says it is the key.
const LANGUAGE_TAG = LANGUAGE_TAG_PATTERN;

/**
 * A `translations` object whose languages each give some of `fields` (all of them optional in the
 * translation, whatever they are in the object itself).
 */
export function translationsOf<Shape extends Record<string, z.core.$ZodType<string>>>(
  fields: Shape,
) {
  const optionalFields = Object.fromEntries(
    Object.entries(fields).map(([name, schema]) => [name, z.optional(schema)]),
  ) as { [Name in keyof Shape]: z.ZodMiniOptional<Shape[Name]> };
  const language = z.strictObject(optionalFields).check(
    z.refine((value) => Object.values(value).some((text) => text !== undefined), {
      // A function: looked up when the issue is raised, in the active language.
      error: () => t('check.translation.empty'),
      // An unknown field has its own message: one message per mistake.
      when: (payload) => payload.issues.length === 0,
    }),
  );
  return z.optional(
    z.record(z.string(), language).check(
      z.superRefine((value, context) => {
        for (const key of Object.keys(value)) {
          if (!LANGUAGE_TAG.test(key)) {
            context.issues.push({
              code: 'custom',
              message: t('check.translation.key'),
              input: key,
              path: [key],
            });
          }
        }
      }),
    ),
  );
}

/**
 * Phrases quoted in the dataset's own text that are in another language, by language:
 * `{ "nb": ["på søndag", "i 1991"] }`. Wherever one of them stands in quotation marks ("…" or
 * «…») in the dataset's own text, it is read as that language (the page marks it with `lang`).
 */
export const QuotedPhrases = z.optional(
  z.record(z.string(), z.array(Name)).check(
    z.superRefine((value, context) => {
      for (const key of Object.keys(value)) {
        if (!LANGUAGE_TAG.test(key)) {
          context.issues.push({
            code: 'custom',
            message: t('check.translation.phrasesKey'),
            input: key,
            path: [key],
          });
        }
      }
    }),
  ),
);
