/**
 * The bundled story in Norwegian Bokmål: every translatable field that has English text has an
 * `nb` translation (but for the proper names listed below, which read the same in Norwegian), and
 * no translation states a number that its English text does not, a guard against a translation
 * adding a fact.
 *
 * The walk is generic: it follows the schema (`Dataset` in schema.ts) down the document, and on
 * every object whose schema has a `translations` field takes that field's list of translatable
 * fields from the schema itself, so a field given translation support later is checked too.
 */
import { describe, expect, it } from 'vitest';
import data from '../../data/kazakhstan-2022-01.json';
import { Dataset } from './schema';

/** The parts of a zod (mini) schema's definition the walk reads. */
interface SchemaNode {
  _zod: {
    def: {
      type: string;
      innerType?: SchemaNode;
      in?: SchemaNode;
      options?: SchemaNode[];
      element?: SchemaNode;
      shape?: Record<string, SchemaNode>;
      valueType?: SchemaNode;
    };
  };
}

/** The schema with its wrappers (optional, default, nullable, a pipe's output) taken off. */
function unwrap(schema: SchemaNode): SchemaNode {
  const def = schema._zod.def;
  if (def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  return schema;
}

/** The fields an object schema's `translations` may give, or undefined if it has none. */
function translatableFields(objectSchema: SchemaNode): string[] | undefined {
  const translations = objectSchema._zod.def.shape?.['translations'];
  if (!translations) return undefined;
  const language = unwrap(translations)._zod.def.valueType;
  const shape = language && unwrap(language)._zod.def.shape;
  if (!shape) throw new Error('a translations field whose languages are not objects');
  return Object.keys(shape);
}

/** One translatable field with English text: where it is, the English, and its translations. */
interface TranslatableText {
  path: string;
  english: string;
  /** By language tag. */
  translations: Record<string, string | undefined>;
}

type Json = Record<string, unknown>;

/** A field's path below `path` (the document itself is the empty path). */
function join(path: string, field: string): string {
  return path === '' ? field : `${path}.${field}`;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every translatable field with English text in `document`, with its path, e.g.
 * `events[injured-so-far].casualties[0].count.text` (list items by id where they have one).
 */
function translatableTexts(document: unknown): TranslatableText[] {
  const found: TranslatableText[] = [];
  const visit = (value: unknown, schema: SchemaNode, path: string): void => {
    const node = unwrap(schema);
    const def = node._zod.def;
    if (def.type === 'union') {
      // An item written as an object (`{ actor, role }`) or as a bare string (an id, an EDTF time).
      for (const option of def.options ?? []) {
        if (isObject(value) && unwrap(option)._zod.def.type === 'object')
          visit(value, option, path);
      }
      return;
    }
    if (def.type === 'array' && Array.isArray(value) && def.element) {
      const element = def.element;
      value.forEach((item: unknown, index) => {
        const key = isObject(item) && typeof item['id'] === 'string' ? item['id'] : String(index);
        visit(item, element, `${path}[${key}]`);
      });
      return;
    }
    if (def.type !== 'object' || !isObject(value) || !def.shape) return;
    const shape = def.shape;
    const fields = translatableFields(node);
    if (fields) {
      const translations = isObject(value['translations']) ? value['translations'] : {};
      for (const field of fields) {
        // A field the object's own schema does not have lives on its `time`: an event's or a claim's `basis`.
        const holder = field in shape ? value : value['time'];
        const english = isObject(holder) ? holder[field] : undefined;
        if (typeof english !== 'string' || english.trim() === '') continue;
        const byLanguage: Record<string, string | undefined> = {};
        for (const [tag, given] of Object.entries(translations)) {
          const text = isObject(given) ? given[field] : undefined;
          byLanguage[tag] = typeof text === 'string' ? text : undefined;
        }
        const where = holder === value ? field : `time.${field}`;
        found.push({ path: join(path, where), english, translations: byLanguage });
      }
    }
    for (const [key, fieldSchema] of Object.entries(shape)) {
      if (key === 'translations' || value[key] === undefined) continue;
      visit(value[key], fieldSchema, join(path, key));
    }
  };
  visit(document, Dataset as unknown as SchemaNode, '');
  return found;
}

/**
 * Proper names that read the same in Norwegian, so they need no `nb`: people, places the
 * Norwegian press writes as the dataset does (as the article does: Almaty, Taldykorgan, Aktobe),
 * outlets and agencies, and one page's own headline used as its name.
 */
const NO_TRANSLATION_NEEDED = new Set([
  // People.
  'actors[kassym-jomart-tokayev].name',
  'actors[nursultan-nazarbayev].name',
  'actors[saltanat-azirbek].name',
  'actors[patrick-reevell].name',
  'actors[askar-mamin].name',
  'actors[alikhan-smailov].name',
  'actors[nikol-pashinyan].name',
  // A country whose name is the same in Norwegian.
  'actors[armenia].name',
  // Places.
  'locations[almaty].name',
  'locations[taldykorgan].name',
  'locations[aktobe].name',
  'locations[zhanaozen].name',
  'locations[aktau].name',
  // Outlets and agencies, by their own names.
  'sources[interfax].name',
  'sources[tass].name',
  'sources[ria-novosti].name',
  'sources[bbc].name',
  'sources[ap].name',
  'sources[afp].name',
  'sources[reuters].name',
  'sources[sputnik].name',
  'sources[kazinform].name',
  'sources[rferl].name',
  'sources[netblocks].name',
  'sources[jamestown].name',
  'sources[le-monde].name',
  'sources[global-times].name',
  'sources[xinhua].name',
  'sources[orda-kz].name',
  'sources[rbc].name',
  'sources[belga].name',
  'sources[ntb].name',
  'sources[vna].name',
  'sources[ansa].name',
  'sources[washington-post].name',
  // The Diplomat's page, named by its own headline ("Kazakhstan's Bloody January: Day 1, …").
  'sources[thediplomat-day1].name',
]);

/** The numbers in a text, thousands separators (1,000 / 1 000) removed: "70,96 %" gives 70, 96. */
function numbersIn(text: string): string[] {
  const joined = text.replace(/(\d)[,\u00a0\u202f ](?=\d{3}(?!\d))/g, '$1');
  return joined.match(/\d+/g) ?? [];
}

/** The numbers in `translation` that `english` does not have. */
function addedNumbers(english: string, translation: string): string[] {
  const own = new Set(numbersIn(english));
  return numbersIn(translation).filter((number) => !own.has(number));
}

/** The paths of the texts that lack a translation into `language`, outside the allow-list. */
function untranslated(texts: TranslatableText[], language: string): string[] {
  return texts
    .filter((text) => text.translations[language] === undefined)
    .map((text) => text.path)
    .filter((path) => !NO_TRANSLATION_NEEDED.has(path));
}

/** Each translation that states a number its English does not, with the numbers. */
function translationsAddingNumbers(texts: TranslatableText[]): string[] {
  const problems: string[] = [];
  for (const text of texts) {
    for (const [tag, translation] of Object.entries(text.translations)) {
      if (translation === undefined) continue;
      const added = addedNumbers(text.english, translation);
      if (added.length > 0) problems.push(`${text.path} (${tag}): ${added.join(', ')}`);
    }
  }
  return problems;
}

describe('the bundled story in Norwegian (nb)', () => {
  const texts = translatableTexts(data);

  it('finds the translatable text of every kind', () => {
    const kinds = new Set(texts.map((text) => text.path.replace(/\[[^\]]*\]/g, '[]')));
    expect([...kinds].sort()).toEqual([
      'actors[].description',
      'actors[].name',
      'claims[].actors[].role',
      'claims[].article',
      'claims[].casualties[].count.text',
      'claims[].later',
      'claims[].time.basis',
      'events[].actors[].role',
      'events[].casualties[].count.text',
      'events[].casualties[].groupLabel',
      'events[].summary',
      'events[].time.basis',
      'events[].title',
      'locations[].name',
      'published.basis',
      'sources[].name',
      'summary',
      'title',
    ]);
  });

  it('gives every translatable field with English text in nb, but for proper names', () => {
    expect(untranslated(texts, 'nb')).toEqual([]);
  });

  it('lists in the allow-list only English text that exists and has no nb', () => {
    const byPath = new Map(texts.map((text) => [text.path, text]));
    const stale = [...NO_TRANSLATION_NEEDED].filter(
      (path) => byPath.get(path)?.translations['nb'] !== undefined || !byPath.has(path),
    );
    expect(stale).toEqual([]);
  });

  it('states no number in a translation that its English text does not', () => {
    expect(translationsAddingNumbers(texts)).toEqual([]);
  });

  it('reads thousands separators and decimal commas as the same numbers', () => {
    expect(addedNumbers('about 5,800 detained', 'rundt 5\u00a0800 pågrepet')).toEqual([]);
    expect(addedNumbers('with 70.96%', 'med 70,96 %')).toEqual([]);
    expect(addedNumbers('at 14:00', 'kl. 14.00')).toEqual([]);
    expect(addedNumbers('around 1,000', 'rundt 1 200')).toEqual(['1200']);
  });

  it('reports a missing translation and an added number by path', () => {
    const copy = structuredClone(data) as unknown as {
      events: { id: string; casualties?: { count: { translations?: unknown } }[] }[];
      actors: { id: string; translations?: { nb: { description?: string } } }[];
    };
    const injured = copy.events.find((event) => event.id === 'injured-so-far');
    const figure = injured?.casualties?.[0];
    if (!figure) throw new Error('the event injured-so-far has no figure');
    delete figure.count.translations;
    const tokayev = copy.actors.find((actor) => actor.id === 'kassym-jomart-tokayev');
    if (!tokayev?.translations) throw new Error('Tokayev has no translation');
    tokayev.translations.nb.description = 'Kasakhstans president siden 2019.';
    const mutated = translatableTexts(copy);
    expect(untranslated(mutated, 'nb')).toEqual([
      'events[injured-so-far].casualties[0].count.text',
    ]);
    expect(translationsAddingNumbers(mutated)).toEqual([
      'actors[kassym-jomart-tokayev].description (nb): 2019',
    ]);
  });
});
