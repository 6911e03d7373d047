/**
 * TimelineJS JSON: version 3 (`{ title, events: [slide], eras }`, dates as `{ year, month, day,
 * hour, minute, second }`) and the legacy version 2 (`{ timeline: { headline, text, date: [{
 * startDate: "2022,1,5", endDate, headline, text, tag }] } }`, still written by TimeLineCurator).
 * Each slide becomes an event as a sheet row does (see timelineJsSheet.ts); `unique_id` is kept as
 * the event's id where it is a valid one.
 */
import { Id } from '../model/schemaValues';
import type { CsvRow } from './csvFormat';
import { DatasetBuilder } from './datasetBuilder';
import type { ImportResult, RowProblem } from './importTypes';
import { isRecord } from '../model/isRecord';
import { readTimelineJsRow } from './timelineJsSheet';

type Json = Record<string, unknown>;

const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

/** Which TimelineJS JSON a parsed document is, if it is one. */
export function timelineJsVersion(document: unknown): 2 | 3 | null {
  if (!isRecord(document)) return null;
  if (isRecord(document.timeline) && Array.isArray(document.timeline.date)) return 2;
  if (
    Array.isArray(document.events) &&
    typeof document.format !== 'string' &&
    document.events.some((slide) => isRecord(slide) && ('start_date' in slide || 'text' in slide))
  ) {
    return 3;
  }
  return null;
}

/** A slide's cells by the sheet's field names, so it reads exactly as a sheet row. */
type SlideCells = Record<string, string>;

function dateCells(date: unknown, prefix: '' | 'end'): SlideCells {
  if (!isRecord(date)) return {};
  const name = (field: string) =>
    prefix === '' ? field : `end${field[0]?.toUpperCase() ?? ''}${field.slice(1)}`;
  const hour = text(date.hour);
  const clock =
    hour === ''
      ? ''
      : `${hour}:${text(date.minute).padStart(2, '0') || '00'}${text(date.second) === '' ? '' : `:${text(date.second).padStart(2, '0')}`}`;
  return {
    [name('year')]: text(date.year),
    [name('month')]: text(date.month),
    [name('day')]: text(date.day),
    [name('time')]: clock,
  };
}

/** A v2 date "2022,1,5,14,30" (or "2022-1-5", "2022/1/5") as sheet cells. */
function v2DateCells(value: unknown, prefix: '' | 'end'): SlideCells {
  const parts = text(value)
    .split(/[,/-]/)
    .map((part) => part.trim());
  const [year = '', month = '', day = '', hour, minute] = parts;
  return dateCells(
    { year, month, day, ...(hour === undefined ? {} : { hour, minute: minute ?? '0' }) },
    prefix,
  );
}

function slideCells(slide: Json, type: string): SlideCells {
  const body = isRecord(slide.text) ? slide.text : {};
  return {
    ...dateCells(slide.start_date, ''),
    ...dateCells(slide.end_date, 'end'),
    headline: text(body.headline),
    text: text(body.text),
    displayDate: text(slide.display_date),
    group: text(slide.group),
    type,
  };
}

function v2Cells(slide: Json): SlideCells {
  return {
    ...v2DateCells(slide.startDate, ''),
    ...(text(slide.endDate) === '' || text(slide.endDate) === text(slide.startDate)
      ? {}
      : v2DateCells(slide.endDate, 'end')),
    headline: text(slide.headline),
    text: text(slide.text),
    group: text(slide.tag),
    type: '',
  };
}

/** A slide as a row of the sheet format: cells by field, problems reported at its JSON field. */
function slideRow(cells: SlideCells, number: number, problems: RowProblem[]): CsvRow {
  return {
    number,
    get: (field) => (cells[field] ?? '').trim(),
    column: (field) => field,
    skip: (field, reason) =>
      problems.push({ row: number, column: field, reason, severity: 'skipped' }),
    note: (field, reason) =>
      problems.push({ row: number, column: field, reason, severity: 'note' }),
  };
}

/** A TimelineJS JSON document (v3 or v2) as a Chronicle dataset. */
export function importTimelineJsJson(
  document: unknown,
  options: { timeZone?: string; name?: string } = {},
): ImportResult {
  const timeZone = options.timeZone ?? 'UTC';
  const builder = new DatasetBuilder(options.name ?? 'Imported timeline', timeZone);
  const version = timelineJsVersion(document);
  const root = isRecord(document) ? document : {};
  const slides: { cells: SlideCells; id?: string }[] = [];
  if (version === 2 && isRecord(root.timeline)) {
    const timeline = root.timeline;
    if (text(timeline.headline) !== '') {
      slides.push({
        cells: { headline: text(timeline.headline), text: text(timeline.text), type: 'title' },
      });
    }
    for (const slide of Array.isArray(timeline.date) ? timeline.date : []) {
      slides.push({ cells: isRecord(slide) ? v2Cells(slide) : {} });
    }
  } else {
    if (isRecord(root.title)) slides.push({ cells: slideCells(root.title, 'title') });
    for (const slide of Array.isArray(root.events) ? root.events : []) {
      const id = isRecord(slide) ? text(slide.unique_id) : '';
      slides.push({
        cells: isRecord(slide) ? slideCells(slide, '') : {},
        ...(id === '' ? {} : { id }),
      });
    }
    for (const era of Array.isArray(root.eras) ? root.eras : []) {
      slides.push({ cells: isRecord(era) ? slideCells(era, 'era') : {} });
    }
  }
  slides.forEach(({ cells, id }, index) => {
    const wanted = id !== undefined && Id.safeParse(id).success ? id : undefined;
    readTimelineJsRow(slideRow(cells, index + 1, builder.problems), builder, timeZone, wanted);
  });
  const { document: dataset, eventRows } = builder.finish();
  return {
    document: dataset,
    eventRows,
    report: {
      format: 'timelinejs-json',
      columns: [],
      mapping: {},
      fields: [],
      rows: slides.length,
      events: eventRows.length,
      problems: builder.problems,
      timeZone,
    },
  };
}
