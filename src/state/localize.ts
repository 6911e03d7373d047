/**
 * The dataset as a reader of one language sees it: each translatable field in that language where
 * the dataset gives it (`translations`), the dataset's own text otherwise. Which language each
 * field then holds is kept beside the objects (`textLanguage`), so the page can mark text whose
 * language is not the page's with `lang`; `quotedSegments` finds the quoted phrases that the
 * dataset's `quotedPhrases` name, so they are marked too.
 */
import type { Casualty, ChronicleEvent, Claim, Dataset, EventActor } from '../model/schema';
import { finish, STEP_ITEMS } from './mainThreadSteps';

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
  /**
   * The field languages of an object none of whose fields is translated: one, shared; null when
   * there is nothing to record (the reader's language is the dataset's and it quotes no phrases
   * in another), so such objects are not recorded at all: at 100,000 events the records alone
   * took a quarter of a second.
   */
  untranslated: FieldLanguages | null;
}

/**
 * `object` in the reader's language: a copy with each of `fields` in that language where its
 * `translations` give it, or, when they give none of them, `object` itself, which holds the
 * dataset's own text. Its field languages are recorded for `textLanguage` (for `object` itself
 * only where there is something to mark: see `Context.untranslated`). Most objects
 * of a large dataset have no translation, and copying them all held the page for half a second at
 * 100,000 events.
 */
function localized<Item extends object, Field extends string & keyof Item>(
  object: Item,
  translations: Translations<Field> | undefined,
  fields: readonly Field[],
  context: Context,
): Item {
  const chosen = pick(translations, context.language);
  let copy: Item | null = null;
  const fieldLanguages: Partial<Record<string, string>> = {};
  if (chosen) {
    const [tag, values] = chosen;
    for (const field of fields) {
      const text = values[field];
      if (text !== undefined && object[field] !== undefined) {
        copy ??= { ...object };
        (copy as Record<string, unknown>)[field] = text;
        fieldLanguages[field] = tag;
      }
    }
  }
  if (copy === null) return untranslated(object, context);
  languages.set(copy, { own: context.own, fields: fieldLanguages, phrases: context.phrases });
  return copy;
}

/**
 * `object` itself, recorded as holding the dataset's own text. An object shared by two datasets
 * (a test's fixture) takes the record of the last one localised.
 */
function untranslated<Item extends object>(object: Item, context: Context): Item {
  if (context.untranslated) languages.set(object, context.untranslated);
  return object;
}

/** `items` mapped by `localize`: the same array when every item came back unchanged. */
function localizedList<Item>(items: readonly Item[], localize: (item: Item) => Item): Item[] {
  return finish(localizedListSteps(items, localize, Infinity));
}

/** `localizedList`, yielding after every `every` items. */
function* localizedListSteps<Item>(
  items: readonly Item[],
  localize: (item: Item) => Item,
  every: number,
): Generator<void, Item[], void> {
  let changed = false;
  const out = new Array<Item>(items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Item;
    const result = localize(item);
    if (result !== item) changed = true;
    out[i] = result;
    if (i % every === every - 1) yield;
  }
  return changed ? out : (items as Item[]);
}

/**
 * `base` (`localized`'s answer for `original`) with `parts` in place of its fields: `original`
 * itself when `base` is and every part is the original's own, else a copy, recorded as `base` is.
 */
function withParts<Item extends object>(
  original: Item,
  base: Item,
  parts: Partial<Item>,
  context: Context,
): Item {
  const keys = Object.keys(parts) as (keyof Item)[];
  if (base === original && keys.every((key) => parts[key] === original[key])) return original;
  const copy: Item = { ...base, ...parts };
  const record = languages.get(base) ?? context.untranslated;
  if (record) languages.set(copy, record);
  return copy;
}

function localizeEventActor(entry: EventActor, context: Context): EventActor {
  return localized(entry, entry.translations, ['role'], context);
}

function localizeCasualty(casualty: Casualty, context: Context): Casualty {
  const base = localized(casualty, casualty.translations, ['groupLabel'], context);
  const count = localized(casualty.count, casualty.count.translations, ['text'], context);
  return withParts(casualty, base, { count }, context);
}

/**
 * A time whose `basis` is in the reader's language where `translations` (its event's or claim's:
 * a time may be one string, with no place for its own) give it: a copy, or the time itself.
 */
function localizedTime<Time extends { basis?: string | undefined }>(
  time: Time,
  translations: Translations<'basis'> | undefined,
  context: Context,
): Time {
  const chosen = pick(translations, context.language);
  const basis = chosen?.[1].basis;
  if (!chosen || basis === undefined || time.basis === undefined)
    return untranslated(time, context);
  const copy = { ...time, basis };
  languages.set(copy, { own: context.own, fields: { basis: chosen[0] }, phrases: context.phrases });
  return copy;
}

function localizeEvent(event: ChronicleEvent, context: Context): ChronicleEvent {
  const base = localized(event, event.translations, ['title', 'summary'], context);
  return withParts(
    event,
    base,
    {
      time: localizedTime(event.time, event.translations, context),
      actors: localizedList(event.actors, (entry) => localizeEventActor(entry, context)),
      casualties: localizedList(event.casualties, (casualty) =>
        localizeCasualty(casualty, context),
      ),
    },
    context,
  );
}

function localizeClaim(claim: Claim, context: Context): Claim {
  const base = localized(claim, claim.translations, ['article', 'later'], context);
  const parts: Partial<Claim> = {};
  if (claim.time) parts.time = localizedTime(claim.time, claim.translations, context);
  if (claim.actors) {
    parts.actors = localizedList(claim.actors, (entry) => localizeEventActor(entry, context));
  }
  if (claim.casualties) {
    parts.casualties = localizedList(claim.casualties, (casualty) =>
      localizeCasualty(casualty, context),
    );
  }
  return withParts(claim, base, parts, context);
}

/**
 * The dataset as a reader of `language` (a BCP 47 tag) sees it. When that is the dataset's own
 * language, or nothing is translated, the text is the dataset's own, but the copy still records
 * its language, so the page marks it where the page is in another language. Ids, times, links and
 * everything else stay as they are, and `translations` stay in place (they are the dataset's).
 */
export function localizeDataset(dataset: Dataset, language: string): Dataset {
  return finish(localizeDatasetSteps(dataset, language));
}

/**
 * `localizeDataset` in steps: each `next()` localises about `STEP_ITEMS` events or
 * claims, and the last returns the dataset. At 500,000 events the whole of it was one task of
 * 0.3 s on the page (a CPU profile of the load); `preparedIndex.ts` runs it between frames.
 */
export function* localizeDatasetSteps(
  dataset: Dataset,
  language: string,
): Generator<void, Dataset, void> {
  const own = { own: dataset.language, phrases: dataset.quotedPhrases };
  const recorded = { ...own, fields: {} };
  const nothingToMark = sameLanguage(language, dataset.language) && !dataset.quotedPhrases;
  const context: Context = { language, ...own, untranslated: nothingToMark ? null : recorded };
  const base = localized(dataset, dataset.translations, ['title', 'summary'], context);
  // The dataset itself is always copied: `datasetAsLoaded` finds the original by the copy.
  const copy = base === dataset ? { ...dataset } : base;
  if (base === dataset) languages.set(copy, recorded);
  if (copy.published) {
    copy.published = localized(copy.published, copy.published.translations, ['basis'], context);
  }
  copy.actors = localizedList(dataset.actors, (actor) =>
    localized(actor, actor.translations, ['name', 'description'], context),
  );
  copy.locations = localizedList(dataset.locations, (location) =>
    localized(location, location.translations, ['name'], context),
  );
  copy.sources = localizedList(dataset.sources, (source) =>
    localized(source, source.translations, ['name'], context),
  );
  copy.events = yield* localizedListSteps(
    dataset.events,
    (event) => localizeEvent(event, context),
    STEP_ITEMS,
  );
  if (dataset.claims) {
    copy.claims = yield* localizedListSteps(
      dataset.claims,
      (claim) => localizeClaim(claim, context),
      STEP_ITEMS,
    );
  }
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
 * that did not come from `localizeDataset`, and for an untranslated one localised for a reader of
 * the dataset's own language (there is nothing to mark then; the text is the dataset's own).
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
