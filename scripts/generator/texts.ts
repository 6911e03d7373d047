/**
 * Words for generated events, per category: headline and summary templates, and quotes in English,
 * Russian, Kazakh and Norwegian, each with its English meaning (used as the translation).
 * Placeholders: {place} (where, in English), {city}, {actor} (who, in English), {n} (a number).
 */
import type { Category } from '../../src/model/schema';

/** A quote in four languages; `en` is also the translation of the others. */
export interface QuoteText {
  en: string;
  ru: string;
  kk: string;
  nb: string;
}

/** The words for one category. */
export interface CategoryTexts {
  titles: readonly string[];
  summaries: readonly string[];
  quotes: readonly QuoteText[];
}

/** Headlines, summaries and quotes for every category. */
export const TEXTS: Record<Category, CategoryTexts> = {
  protest: {
    titles: [
      'Crowd gathers at {place}',
      'Protesters march on {place}',
      'Rally over fuel prices in {city}',
    ],
    summaries: [
      '{actor} gathered at {place}, demanding lower fuel prices and the resignation of local officials.',
      'Several hundred people marched through {city}; the report says the crowd grew through the evening.',
    ],
    quotes: [
      {
        en: 'Several hundred people gathered in {city}, demanding lower fuel prices.',
        ru: 'В городе {city} несколько сотен человек вышли на площадь, требуя снизить цены на топливо.',
        kk: '{city} қаласында бірнеше жүз адам жанармай бағасын төмендетуді талап етті.',
        nb: 'Flere hundre mennesker samlet seg i {city} og krevde lavere drivstoffpriser.',
      },
    ],
  },
  violence: {
    titles: ['Clashes near {place}', 'Shots heard at {place}', 'Cars set on fire in {city}'],
    summaries: [
      'Clashes broke out near {place} between {actor} and the police; witnesses describe gunfire.',
      'Several vehicles were burned in {city}; the report does not say who started the fires.',
    ],
    quotes: [
      {
        en: 'Gunfire was heard near the centre of {city} throughout the night.',
        ru: 'Всю ночь в центре города {city} были слышны выстрелы.',
        kk: '{city} қаласының орталығында түні бойы атыс естілді.',
        nb: 'Det ble hørt skudd i sentrum av {city} hele natten.',
      },
    ],
  },
  'security-operation': {
    titles: ['Police clear {place}', 'Checkpoints set up around {city}', 'Raid at {place}'],
    summaries: [
      '{actor} cleared {place} and detained people who stayed, according to the ministry.',
      'Armoured vehicles and checkpoints appeared on the roads into {city}.',
    ],
    quotes: [
      {
        en: 'Units of the national guard have taken control of {city}, the ministry said.',
        ru: 'Подразделения нацгвардии взяли под контроль город {city}, сообщили в министерстве.',
        kk: 'Ұлттық ұлан бөлімшелері {city} қаласын бақылауға алды, деп хабарлады министрлік.',
        nb: 'Nasjonalgarden har tatt kontroll over {city}, opplyser departementet.',
      },
    ],
  },
  policy: {
    titles: [
      'State of emergency declared in {city}',
      'Curfew ordered in {city}',
      'Fuel price cap restored',
    ],
    summaries: [
      'A state of emergency and a night curfew were declared in {city} for two weeks.',
      'The government restored the price cap on liquefied gas for six months.',
    ],
    quotes: [
      {
        en: 'A curfew from 23:00 to 07:00 is in force in {city} until further notice.',
        ru: 'В городе {city} до особого распоряжения действует комендантский час с 23:00 до 07:00.',
        kk: '{city} қаласында қосымша нұсқауға дейін 23:00-ден 07:00-ге дейін коменданттық сағат енгізілді.',
        nb: 'Det er portforbud i {city} fra klokken 23 til 7 inntil videre.',
      },
    ],
  },
  politics: {
    titles: [
      'Regional governor dismissed',
      'Cabinet resigns',
      'Opposition leader detained in {city}',
    ],
    summaries: [
      "The president accepted the government's resignation; ministers stay on until a new cabinet is formed.",
      '{actor} was detained in {city}, according to relatives quoted in the report.',
    ],
    quotes: [
      {
        en: 'The president has accepted the resignation of the government.',
        ru: 'Президент принял отставку правительства.',
        kk: 'Президент үкіметтің отставкасын қабылдады.',
        nb: 'Presidenten har akseptert regjeringens avgang.',
      },
    ],
  },
  international: {
    titles: [
      'Alliance agrees to send troops',
      'Foreign ministers call for restraint',
      'Border crossing closed near {city}',
    ],
    summaries: [
      "{actor} agreed to send peacekeeping troops at the government's request.",
      'Neighbouring states closed the border crossings near {city}.',
    ],
    quotes: [
      {
        en: 'Peacekeeping forces will be sent for a limited period of time.',
        ru: 'Миротворческие силы будут направлены на ограниченный период времени.',
        kk: 'Бітімгершілік күштері шектеулі мерзімге жіберіледі.',
        nb: 'Fredsbevarende styrker sendes for en begrenset periode.',
      },
    ],
  },
  communications: {
    titles: ['Internet shut down in {city}', 'Mobile networks cut', 'News sites blocked'],
    summaries: [
      'Mobile internet went down across {city}; landlines worked intermittently.',
      'Independent news sites could not be reached from inside the country.',
    ],
    quotes: [
      {
        en: 'There has been no internet in {city} since the morning.',
        ru: 'В городе {city} с утра нет интернета.',
        kk: '{city} қаласында таңертеңнен бері интернет жоқ.',
        nb: 'Det har ikke vært internett i {city} siden i morges.',
      },
    ],
  },
  casualties: {
    titles: [
      'Casualty figures from {city}',
      'Hospitals in {city} report injured',
      'Ministry gives death toll',
    ],
    summaries: [
      'Hospitals in {city} reported {n} people admitted with injuries.',
      'The ministry gave new figures for the dead and injured; the numbers could not be checked.',
    ],
    quotes: [
      {
        en: '{n} people have been taken to hospitals in {city}.',
        ru: 'В больницы города {city} доставлены {n} человек.',
        kk: '{city} қаласының ауруханаларына {n} адам жеткізілді.',
        nb: '{n} personer er brakt til sykehus i {city}.',
      },
    ],
  },
  economy: {
    titles: ['Fuel prices double in {city}', 'Banks close in {city}', 'Bread prices rise'],
    summaries: [
      'The price of liquefied gas at fuel stations in {city} doubled overnight.',
      'Banks and cash machines in {city} stopped working as the internet went down.',
    ],
    quotes: [
      {
        en: 'A litre of gas now costs twice as much as it did last week.',
        ru: 'Литр газа теперь стоит вдвое дороже, чем на прошлой неделе.',
        kk: 'Бір литр газ енді өткен аптадағыдан екі есе қымбат.',
        nb: 'En liter gass koster nå dobbelt så mye som forrige uke.',
      },
    ],
  },
  background: {
    titles: [
      'Earlier protests in {city}',
      "Oil workers' strike remembered",
      'Price reform announced',
    ],
    summaries: [
      'Oil workers in {city} had struck before, over pay and conditions.',
      'The government announced that fuel prices would be set by the market.',
    ],
    quotes: [
      {
        en: 'Residents of {city} have protested against prices before.',
        ru: 'Жители города {city} и раньше протестовали против цен.',
        kk: '{city} тұрғындары бұрын да бағаға қарсы наразылық білдірген.',
        nb: 'Innbyggerne i {city} har protestert mot prisene før.',
      },
    ],
  },
};

/** Fills `{name}` placeholders; unknown names are left as written. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
