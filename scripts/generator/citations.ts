/**
 * The citations of a generated event: one to three sources, the main report most often, a quarter
 * of them relayed through a chain of other sources ("via"), most with a quote in the source's
 * language and, when that is not English, an English translation.
 */
import type { Citation } from '../../src/model/schema';
import type { CityPlaces } from './places';
import type { Random } from './random';
import { MAIN_SOURCE, SOURCES, VIA_CHAINS } from './sources';
import { fillTemplate, type QuoteText } from './texts';

const SOURCE_LANGUAGE = new Map(SOURCES.map((s) => [s.id, s.language ?? 'en']));
const SOURCE_URL = new Map(SOURCES.map((s) => [s.id, s.url]));
/** Every source id, for citing and for casualty figures. */
export const SOURCE_IDS = SOURCES.map((s) => s.id);

/** One to three citations of distinct sources, quoting `quote` in each source's language. */
export function drawCitations(
  random: Random,
  eventSlug: string,
  quote: QuoteText,
  city: CityPlaces,
): Citation[] {
  const count = random.weighted([1, 2, 3], [6, 3, 1]);
  const citations: Citation[] = [];
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    const chain = random.chance(0.25) ? random.pick(VIA_CHAINS) : null;
    const source = chain
      ? chain.source
      : i === 0 && random.chance(0.6)
        ? MAIN_SOURCE
        : random.pick(SOURCE_IDS);
    if (used.has(source)) continue;
    used.add(source);
    const citation: Citation = { source };
    const url = SOURCE_URL.get(source);
    if (url && random.chance(0.2)) citation.url = `${url}/${eventSlug}`;
    if (random.chance(0.65)) {
      const language = SOURCE_LANGUAGE.get(source) ?? 'en';
      const lang = language === 'ru' || language === 'kk' || language === 'nb' ? language : 'en';
      const cityName = lang === 'ru' || lang === 'kk' ? city.city.localName : city.city.name;
      const values = { city: cityName, n: String(random.int(3, 400)) };
      citation.quote =
        lang === 'en'
          ? { original: fillTemplate(quote.en, values), language: 'en' }
          : {
              original: fillTemplate(quote[lang], values),
              language: lang,
              translation: fillTemplate(quote.en, { ...values, city: city.city.name }),
            };
    }
    if (chain) citation.via = chain.via;
    citations.push(citation);
  }
  return citations;
}
