/**
 * The TimelineJS Google Sheet template (v3) as CSV or TSV, by its exact header names: split
 * Year / Month / Day / Time columns (and the legacy `Start Date` / `End Date`), `Display Date`,
 * `Headline`, `Text` (HTML, reduced to text; its links become citations), `Type` (`title` is the
 * story's title, `era` a labelled span), `Group` (legacy `Tag`). A row with an end becomes a
 * duration. Media, background and alt text have no place in Chronicle and are not read.
 */
import { CATEGORIES, type Category } from '../model/vocabulary';
import type { CsvFormat, CsvRow } from './csvFormat';
import { fitText, type DatasetBuilder, type EventInput } from './datasetBuilder';
import { htmlToText, type TextLink } from './htmlText';
import {
  cleanInteger,
  isoDate,
  parseClock,
  parseDayDate,
  zonedDateTime,
  type Parsed,
} from './importTime';
import type { CsvFieldSpec } from './importTypes';
import { t, type MessageKey } from '../i18n/i18n';
import enCatalog from '../i18n/catalogs/en.json';
import nbCatalog from '../i18n/catalogs/nb.json';

/** Media, background and alt text: Chronicle shows no media. */
const NOT_READ = 'importer.field.notRead';

const field = (key: string, headers: string[], becomes: MessageKey): CsvFieldSpec => ({
  key,
  headers,
  becomes,
  ...(becomes === NOT_READ ? { ignored: true } : {}),
});

const FIELDS: readonly CsvFieldSpec[] = [
  field('year', ['Year'], 'importer.sheetField.year'),
  field('month', ['Month'], 'importer.sheetField.month'),
  field('day', ['Day'], 'importer.sheetField.day'),
  field('time', ['Time'], 'importer.sheetField.time'),
  field('endYear', ['End Year'], 'importer.sheetField.endYear'),
  field('endMonth', ['End Month'], 'importer.sheetField.endMonth'),
  field('endDay', ['End Day'], 'importer.sheetField.endDay'),
  field('endTime', ['End Time'], 'importer.sheetField.endTime'),
  field('startDate', ['Start Date'], 'importer.sheetField.startDate'),
  field('endDate', ['End Date'], 'importer.sheetField.endDate'),
  field('displayDate', ['Display Date'], 'importer.sheetField.displayDate'),
  field('headline', ['Headline'], 'importer.sheetField.headline'),
  field('text', ['Text'], 'importer.sheetField.text'),
  field('type', ['Type'], 'importer.sheetField.type'),
  field('group', ['Group', 'Tag'], 'importer.sheetField.group'),
  field('media', ['Media'], NOT_READ),
  field('mediaCredit', ['Media Credit'], NOT_READ),
  field('mediaCaption', ['Media Caption'], NOT_READ),
  field('mediaThumbnail', ['Media Thumbnail'], NOT_READ),
  field('altText', ['Alt Text'], NOT_READ),
  field('background', ['Background'], NOT_READ),
];

type Side = 'start' | 'end';

const SIDE_FIELDS: Record<
  Side,
  { year: string; month: string; day: string; time: string; date: string }
> = {
  start: { year: 'year', month: 'month', day: 'day', time: 'time', date: 'startDate' },
  end: { year: 'endYear', month: 'endMonth', day: 'endDay', time: 'endTime', date: 'endDate' },
};

/** A date from one legacy cell: ISO, day first, or a year alone ("2022", "2022-01"). */
function legacyDate(text: string): Parsed<string> {
  const reduced = /^(\d{4})(?:-(\d{1,2}))?$/.exec(text);
  if (reduced)
    return isoDate(Number(reduced[1]), reduced[2] === undefined ? null : Number(reduced[2]), null);
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  // Google Sheets writes US dates: month first.
  if (slashed) return isoDate(Number(slashed[3]), Number(slashed[1]), Number(slashed[2]));
  return parseDayDate(text);
}

/** One end of the row's time as an ISO value, null when the row gives none, or why it cannot be read. */
type SideResult = { ok: true; value: string | null } | { ok: false; field: string; reason: string };

function readSide(row: CsvRow, side: Side, timeZone: string): SideResult {
  const names = SIDE_FIELDS[side];
  const yearText = row.get(names.year);
  const timeText = row.get(names.time);
  let date: Parsed<string>;
  if (yearText === '') {
    const legacy = row.get(names.date);
    if (legacy === '') {
      if (timeText !== '')
        return { ok: false, field: names.time, reason: t('importer.sheet.timeWithoutDate') };
      if (row.get(names.month) !== '' || row.get(names.day) !== '') {
        return {
          ok: false,
          field: names.year,
          reason: t('importer.sheet.monthOrDayWithoutYear'),
        };
      }
      return { ok: true, value: null };
    }
    date = legacyDate(legacy);
    if (!date.ok) return { ok: false, field: names.date, reason: date.reason };
  } else {
    const [year, month, day] = [yearText, row.get(names.month), row.get(names.day)].map(
      cleanInteger,
    );
    if (year === null || year === undefined || Number.isNaN(year)) {
      return {
        ok: false,
        field: names.year,
        reason: t('importer.sheet.notYear', { text: yearText }),
      };
    }
    if (month !== undefined && Number.isNaN(month)) {
      return {
        ok: false,
        field: names.month,
        reason: t('importer.sheet.monthNotNumber', { text: row.get(names.month) }),
      };
    }
    if (day !== undefined && Number.isNaN(day)) {
      return {
        ok: false,
        field: names.day,
        reason: t('importer.sheet.dayNotNumber', { text: row.get(names.day) }),
      };
    }
    date = isoDate(year, month ?? null, day ?? null);
    if (!date.ok) return { ok: false, field: names[date.part ?? 'year'], reason: date.reason };
  }
  if (timeText === '') return { ok: true, value: date.value };
  if (date.value.length !== 10) {
    return {
      ok: false,
      field: names.time,
      reason: t('importer.sheet.timeNeedsWholeDate'),
    };
  }
  const clock = parseClock(timeText);
  if (!clock.ok) return { ok: false, field: names.time, reason: clock.reason };
  return { ok: true, value: zonedDateTime(date.value, clock.value, timeZone) };
}

/**
 * The category a group names (by id, or by its English or Norwegian name, ignoring case), if it
 * names one. The names are read from the catalogs as data, not through `t`: a file's group names
 * are in the language it was written in, whatever the reader's.
 */
export function categoryNamed(name: string): Category | undefined {
  const key = name.trim().toLowerCase();
  return CATEGORIES.find(
    (c) =>
      c === key ||
      [enCatalog, nbCatalog].some((catalog) => catalog[`category.${c}`].toLowerCase() === key),
  );
}

/** Citations for the links found in a row's text, one per address. */
export function linkCitations(
  builder: DatasetBuilder,
  links: readonly TextLink[],
): EventInput['citations'] {
  const seen = new Set<string>();
  const citations: NonNullable<EventInput['citations']> = [];
  for (const link of links) {
    if (seen.has(link.url)) continue;
    seen.add(link.url);
    citations.push({ source: builder.siteSource(link.url), url: link.url });
  }
  return citations;
}

/** Chronicle's text from a cell of HTML, cut to the field's limit with a note. */
export function cellText(
  row: CsvRow,
  key: string,
  kind: 'title' | 'summary',
): { text: string; links: TextLink[] } {
  const { text, links } = htmlToText(row.get(key));
  return { text: fitText(text, kind, (reason) => row.note(key, reason)), links };
}

/**
 * Reads one row of the sheet (or one slide of TimelineJS JSON, given as the sheet's cells) into the
 * builder; `wantedId` is an id the slide gives itself.
 */
export function readTimelineJsRow(
  row: CsvRow,
  builder: DatasetBuilder,
  timeZone: string,
  wantedId?: string,
): void {
  const type = row.get('type').toLowerCase();
  const headline = cellText(row, 'headline', 'title');
  const text = cellText(row, 'text', 'summary');
  if (type === 'title') {
    if (builder.title === undefined) {
      if (headline.text !== '') builder.title = headline.text;
      if (text.text !== '') builder.summary = text.text;
      if (row.get('year') === '' && row.get('startDate') === '') return;
    }
    row.note('type', t('importer.sheet.secondTitle'));
  }
  const start = readSide(row, 'start', timeZone);
  if (!start.ok) {
    row.skip(start.field, start.reason);
    return;
  }
  if (start.value === null) {
    row.skip('year', t('importer.sheet.noDate'));
    return;
  }
  const end = readSide(row, 'end', timeZone);
  if (!end.ok) {
    row.skip(end.field, end.reason);
    return;
  }
  if (type === 'era' && end.value === null) {
    row.skip('endYear', t('importer.sheet.eraNeedsEnd'));
    return;
  }
  const title = headline.text || text.text.split('\n')[0]?.slice(0, 120) || row.get('displayDate');
  if (title === '') {
    row.skip('headline', t('importer.sheet.noHeadline'));
    return;
  }
  const group = row.get('group');
  const groupCategory = group === '' ? undefined : categoryNamed(group);
  const categories: Category[] = type === 'era' ? ['background'] : [];
  if (groupCategory && !categories.includes(groupCategory)) categories.push(groupCategory);
  const actors =
    group === '' || groupCategory !== undefined
      ? []
      : [
          builder.actor(group, () => ({
            name: fitText(group, 'name'),
            kind: 'other',
            description: 'A group (row) of the TimelineJS sheet.',
          })),
        ];
  const displayDate = row.get('displayDate');
  const basis =
    displayDate === '' ? undefined : fitText(`Shown in the sheet as "${displayDate}"`, 'text');
  const time =
    end.value === null
      ? { at: start.value, ...(basis === undefined ? {} : { basis }) }
      : { start: start.value, end: end.value, ...(basis === undefined ? {} : { basis }) };
  builder.addEvent(
    row.number,
    wantedId === undefined ? { from: title } : { id: wantedId },
    {
      title: fitText(title, 'title'),
      ...(text.text === '' || text.text === title ? {} : { summary: text.text }),
      time,
      actors,
      categories,
      citations: linkCitations(builder, [...headline.links, ...text.links]),
    },
    (f) =>
      f === 'time'
        ? row.column('year')
        : f === 'title'
          ? row.column('headline')
          : row.column('text'),
  );
}

/** The TimelineJS sheet template. */
export const timelineJsSheet: CsvFormat = {
  id: 'timelinejs-sheet',
  fields: FIELDS,
  recognises: (mapping) =>
    mapping.headline != null && (mapping.year != null || mapping.startDate != null),
  readRow: (row, builder, timeZone) => readTimelineJsRow(row, builder, timeZone),
};
