/**
 * The dataset as a reader of one language sees it: each translatable field in that language where
 * the dataset gives it (`translations`), the dataset's own text otherwise. Which language each
 * field then holds is kept beside the objects (`textLanguage`), so the page can mark text whose
 * language is not the page's with `lang`; `quotedSegments` finds the quoted phrases that the
 * dataset's `quotedPhrases` name, so they are marked too.
 */
import type { Casualty, ChronicleEvent, Claim, Dataset, EventActor } from '../model/schema';

/** Which language each field of one object holds, and the language of the rest. */
interface FieldLanguages {
  own: string;
  fields: Partial<Record<string, string>>;
  phrases: Dataset['quotedPhrases'];
}

const languages = new WeakMap<object, FieldLanguages>();

/** Each localised dataset's original, as it was loaded. */
const originals = new WeakMap<Dataset, Dataset>();

/** The primary language subtag, lower-cased: "nb" for "nb-NO", "en" for "EN". */
export function primaryLanguage(tag: string): string {
  return (tag.split('-')[0] ?? tag).toLowerCase();
}

/** True when two language tags name the same language ("nb" and "nb-NO"). */
export function sameLanguage(a: string, b: string): boolean {
  return primaryLanguage(a) === primaryLanguage(b);
}

type Translations<Field extends string> = Partial<
  Record<string, Partial<Record<Field, string | undefined>>>
>;

/** The translation for `language`: the exact tag first, then one of the same primary language. */
function pick<Field extends string>(
  translations: Translations<Field> | undefined,
  language: string,
): [string, Partial<Record<Field, string | undefined>>] | undefined {
  if (!translations) return undefined;
  const tags = Object.keys(translations);
  const tag =
    tags.find((candidate) => candidate.toLowerCase() === language.toLowerCase()) ??
    tags.find((candidate) => sameLanguage(candidate, language));
  const values = tag === undefined ? undefined : translations[tag];
  return tag === undefined || values === undefined ? undefined : [tag, values];
}

interface Context {
  language: string;
  own: string;
  phrases: Dataset['quotedPhrases'];
}

/**
 * A copy of `object` with each of `fields` in the reader's language where its `translations`
 * give it; `extra` may give fields of the copy from elsewhere (an event's time basis) with their
 * language. The copy's field languages are recorded for `textLanguage`.
 */
function localized<Item extends object, Field extends string & keyof Item>(
  object: Item,
  translations: Translations<Field> | undefined,
  fields: readonly Field[],
  context: Context,
): Item {
  const chosen = pick(translations, context.language);
  const copy: Item = { ...object };
  const fieldLanguages: Partial<Record<string, string>> = {};
  if (chosen) {
    const [tag, values] = chosen;
    for (const field of fields) {
      const text = values[field];
      if (text !== undefined && object[field] !== undefined) {
        (copy as Record<string, unknown>)[field] = text;
        fieldLanguages[field] = tag;
      }
    }
  }
  languages.set(copy, { own: context.own, fields: fieldLanguages, phrases: context.phrases });
  return copy;
}

function localizeEventActor(entry: EventActor, context: Context): EventActor {
  return localized(entry, entry.translations, ['role'], context);
}

function localizeCasualty(casualty: Casualty, context: Context): Casualty {
  const copy = localized(casualty, casualty.translations, ['groupLabel'], context);
  return {
    ...copy,
    count: localized(casualty.count, casualty.count.translations, ['text'], context),
  };
}

/**
 * A copy of a time whose `basis` is in the reader's language where `translations` (its event's
 * or claim's: a time may be one string, with no place for its own) give it.
 */
function localizedTime<Time extends { basis?: string | undefined }>(
  time: Time,
  translations: Translations<'basis'> | undefined,
  context: Context,
): Time {
  const chosen = pick(translations, context.language);
  const basis = chosen?.[1].basis;
  const copy = { ...time };
  const fields: Partial<Record<string, string>> = {};
  if (chosen && basis !== undefined && copy.basis !== undefined) {
    copy.basis = basis;
    fields['basis'] = chosen[0];
  }
  languages.set(copy, { own: context.own, fields, phrases: context.phrases });
  return copy;
}

function localizeEvent(event: ChronicleEvent, context: Context): ChronicleEvent {
  const copy = localized(event, event.translations, ['title', 'summary'], context);
  copy.time = localizedTime(event.time, event.translations, context);
  copy.actors = event.actors.map((entry) => localizeEventActor(entry, context));
  copy.casualties = event.casualties.map((casualty) => localizeCasualty(casualty, context));
  return copy;
}

function localizeClaim(claim: Claim, context: Context): Claim {
  const copy = localized(claim, claim.translations, ['article', 'later'], context);
  if (claim.time) copy.time = localizedTime(claim.time, claim.translations, context);
  if (claim.actors) copy.actors = claim.actors.map((entry) => localizeEventActor(entry, context));
  if (claim.casualties) {
    copy.casualties = claim.casualties.map((casualty) => localizeCasualty(casualty, context));
  }
  return copy;
}

/**
 * The dataset as a reader of `language` (a BCP 47 tag) sees it. When that is the dataset's own
 * language, or nothing is translated, the text is the dataset's own, but the copy still records
 * its language, so the page marks it where the page is in another language. Ids, times, links and
 * everything else stay as they are, and `translations` stay in place (they are the dataset's).
 */
export function localizeDataset(dataset: Dataset, language: string): Dataset {
  const context: Context = {
    language,
    own: dataset.language,
    phrases: dataset.quotedPhrases,
  };
  const copy = localized(dataset, dataset.translations, ['title', 'summary'], context);
  if (copy.published) {
    copy.published = localized(copy.published, copy.published.translations, ['basis'], context);
  }
  copy.actors = dataset.actors.map((actor) =>
    localized(actor, actor.translations, ['name', 'description'], context),
  );
  copy.locations = dataset.locations.map((location) =>
    localized(location, location.translations, ['name'], context),
  );
  copy.sources = dataset.sources.map((source) =>
    localized(source, source.translations, ['name'], context),
  );
  copy.events = dataset.events.map((event) => localizeEvent(event, context));
  if (dataset.claims) copy.claims = dataset.claims.map((claim) => localizeClaim(claim, context));
  originals.set(copy, datasetAsLoaded(dataset));
  return copy;
}

/**
 * The dataset as it was loaded, before `localizeDataset` put it in a reader's language: its own
 * text in its own language, translations beside it. A dataset that was not localised is itself.
 * Exports of the dataset take this, so a file saved from a Norwegian page still says truly which
 * language each text is in.
 */
export function datasetAsLoaded(dataset: Dataset): Dataset {
  return originals.get(dataset) ?? dataset;
}

/**
 * The language of the text in `field` of an object of a localised dataset (an event, an actor, an
 * event's `time`, …): the translation's tag, or the dataset's language. Undefined for an object
 * that did not come from `localizeDataset`.
 */
export function textLanguage(object: object, field: string): string | undefined {
  const entry = languages.get(object);
  return entry ? (entry.fields[field] ?? entry.own) : undefined;
}

/**
 * The `lang` attribute the element showing `field` of `object` needs on a page in `pageLanguage`:
 * the text's language where it is another language than the page's, otherwise undefined.
 */
export function langAttribute(
  object: object,
  field: string,
  pageLanguage: string,
): string | undefined {
  const language = textLanguage(object, field);
  return language === undefined || sameLanguage(language, pageLanguage) ? undefined : language;
}

/** A run of text, with its language when it is a quoted phrase in another language. */
export interface TextSegment {
  text: string;
  language?: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `text` cut into runs, where each phrase of `phrases` that stands in quotation marks ("…", “…”
 * or «…») is a run of its own with its language (the marks stay outside it). One run when there
 * is no such phrase. The longest phrase wins where two start at the same place.
 */
export function quotedSegments(text: string, phrases: Dataset['quotedPhrases']): TextSegment[] {
  if (!phrases) return [{ text }];
  const byPhrase = new Map<string, string>();
  for (const [language, list] of Object.entries(phrases)) {
    for (const phrase of list) if (!byPhrase.has(phrase)) byPhrase.set(phrase, language);
  }
  if (byPhrase.size === 0) return [{ text }];
  const alternatives = [...byPhrase.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  const pattern = new RegExp(`(?<=["“«])(${alternatives})(?=["”»])`, 'g');
  const segments: TextSegment[] = [];
  let from = 0;
  for (const match of text.matchAll(pattern)) {
    const phrase = match[0];
    const language = byPhrase.get(phrase);
    if (language === undefined) continue;
    if (match.index > from) segments.push({ text: text.slice(from, match.index) });
    segments.push({ text: phrase, language });
    from = match.index + phrase.length;
  }
  if (from < text.length) segments.push({ text: text.slice(from) });
  return segments.length > 0 ? segments : [{ text }];
}

/** The quoted phrases that apply to `field` of `object`: none when it holds a translation. */
export function phrasesFor(object: object, field: string): Dataset['quotedPhrases'] {
  const entry = languages.get(object);
  if (!entry || entry.fields[field] !== undefined) return undefined;
  return entry.phrases;
}
