/**
 * The view as iCalendar (RFC 5545): one VEVENT per event. A time known to the day (or to a coarser
 * unit) is an all-day event over those days; a clock time is a timed one. Where the time is known
 * only within bounds, or only roughly, the event is placed at its best estimate and its
 * description says so first, in words, so a calendar never shows a guess as a fact.
 */
import { formatEventTime, timeCertaintyInWords } from '../model/formatTime';
import { isKnown, valueGranularity } from '../model/time';
import { wallClock } from '../model/zonedCalendar';
import type { IndexedEvent } from '../state/datasetIndex';
import { activeLanguage, t } from '../i18n/i18n';
import { LANGUAGE_TAGS } from '../i18n/languages';
import { textLanguage } from '../state/localize';
import { dataFrom, eventsInView, filterInWords, type ExportView } from './exportView';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Text escaped for a property value (RFC 5545 §3.3.11). */
export function icsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** A content line folded at 75 octets (RFC 5545 §3.1), continuation lines starting with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const character of line) {
    const bytes = encoder.encode(character).length;
    if (size + bytes > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += character;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const utcStamp = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** A day on the dataset's calendar as an iCalendar DATE: 20220105. */
function dateValue(ms: number, timeZone: string): string {
  const wall = wallClock(ms, timeZone);
  return `${pad(wall.year, 4)}${pad(wall.monthIndex + 1)}${pad(wall.day)}`;
}

/** Whether the event is drawn over whole days (its values are dates, not clock times). */
function isAllDay(entry: IndexedEvent): boolean {
  const { time } = entry.event;
  const values = 'start' in time ? [time.start, time.end] : [time];
  return values.every((point) => {
    const value = point.at ?? point.estimate ?? point.notAfter ?? point.notBefore ?? '';
    const precision = point.precision ?? valueGranularity(value);
    return precision === 'day' || precision === 'month' || precision === 'year';
  });
}

/**
 * `;LANGUAGE=nb` for a text field of the dataset (RFC 5545 §3.2.10): its translation's language,
 * else the dataset's own (`textLanguage` records nothing for untranslated text read in it).
 */
function languageParameter(object: object, field: string, own: string): string {
  return `;LANGUAGE=${textLanguage(object, field) ?? own}`;
}

function vevent(
  view: ExportView,
  entry: IndexedEvent,
  stamp: string,
  origin: string | null,
): string[] {
  const { index } = view;
  const { event } = entry;
  const zone = index.dataset.timeZone;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.id}@${index.dataset.id}.chronicle`,
    `DTSTAMP:${stamp}`,
  ];
  if (isAllDay(entry)) {
    lines.push(`DTSTART;VALUE=DATE:${dateValue(entry.body.start, zone)}`);
    // DTEND is the day after the last (exclusive), as the body is half-open.
    lines.push(`DTEND;VALUE=DATE:${dateValue(entry.body.end, zone)}`);
  } else {
    lines.push(
      `DTSTART:${utcStamp(entry.body.start)}`,
      `DTEND:${utcStamp(Math.max(entry.body.end, entry.body.start))}`,
    );
  }
  lines.push(
    `SUMMARY${languageParameter(event, 'title', index.dataset.language)}:${icsText(event.title)}`,
  );
  const when = formatEventTime(event.time, zone, 'long');
  const honesty = isKnown(entry.timing)
    ? t('export.calendar.when', { when })
    : t('export.calendar.whenUncertain', {
        when,
        certainty: timeCertaintyInWords(event.time, zone),
      });
  const sources = event.citations.map((c) => index.sourcesById.get(c.source)?.name ?? c.source);
  const description = [
    honesty,
    event.time.basis === undefined ? null : t('export.calendar.basis', { basis: event.time.basis }),
    event.summary ?? null,
    event.casualties.length === 0
      ? null
      : t('export.calendar.figures', {
          figures: event.casualties.map((c) => c.count.text).join('; '),
        }),
    sources.length === 0
      ? t('export.calendar.noSource')
      : t('export.calendar.sources', { sources: sources.join('; ') }),
    origin,
  ].filter((part) => part !== null);
  // The description's sentences are the page's; the dataset's text in them may be another's.
  lines.push(
    `DESCRIPTION;LANGUAGE=${LANGUAGE_TAGS[activeLanguage()]}:${icsText(description.join('\n\n'))}`,
  );
  const places = event.locations.map((id) => index.locationsById.get(id)?.name ?? id);
  if (places.length > 0) lines.push(`LOCATION:${icsText(places.join('; '))}`);
  const first = event.locations[0];
  const point =
    first === undefined ? undefined : index.locationsById.get(index.shownAt(first))?.coordinates;
  if (point) lines.push(`GEO:${point[1]};${point[0]}`);
  if (event.categories.length > 0)
    lines.push(`CATEGORIES:${event.categories.map(icsText).join(',')}`);
  lines.push(`URL:${new URL(`?${new URLSearchParams({ event: event.id })}`, view.pageUrl).href}`);
  lines.push('END:VEVENT');
  return lines;
}

/** The view as an iCalendar file. */
export function viewAsCalendar(view: ExportView): string {
  const stamp = utcStamp(view.now.getTime());
  const origin = dataFrom(view.provenance);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Chronicle//Timeline export//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${icsText(view.index.dataset.title)}`,
    `X-WR-CALDESC:${icsText([filterInWords(view), origin].filter((p) => p !== null).join('. '))}`,
    ...eventsInView(view).flatMap((entry) => vevent(view, entry, stamp, origin)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
