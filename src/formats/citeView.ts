/**
 * "Cite this view": a citation of the page as the reader sees it (its address holds the view), in
 * plain text, BibTeX and CSL-JSON: title (with the filter in words), publisher, date, address and
 * the day it was accessed.
 */
import {
  dataFrom,
  eventsInView,
  filterInWords,
  filtersNothing,
  localDay,
  type ExportView,
} from './exportView';
import { intlLocale, t } from '../i18n/i18n';

/** A view's citation in the three forms. */
export interface ViewCitation {
  text: string;
  bibtex: string;
  cslJson: string;
}

/** "2022-01-06" as "6 January 2022", "6. januar 2022" (a date of the calendar, whatever the zone). */
function dayInWords(day: string): string {
  const format = new Intl.DateTimeFormat(intlLocale(), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return format.format(
    new Date(`${day.length === 4 ? `${day}-01-01` : day.length === 7 ? `${day}-01` : day}T00:00Z`),
  );
}

function dateParts(day: string): number[] {
  return day.split('-').map(Number);
}

/** Braces and backslashes escaped for a BibTeX value. */
function bibtexValue(text: string): string {
  return text.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/[%&$#_]/g, (c) => `\\${c}`);
}

/** The citation of a view. */
export function citeView(view: ExportView): ViewCitation {
  const { dataset } = view.index;
  const filter = filterInWords(view);
  const count = eventsInView(view).length;
  const title = filtersNothing(view) ? dataset.title : `${dataset.title} (${filter})`;
  const published = dataset.published;
  const builtFrom = published ? view.index.sourcesById.get(published.source)?.name : undefined;
  const publisher =
    builtFrom === undefined ? 'Chronicle' : t('cite.builtFrom', { source: builtFrom });
  const accessed = localDay(view.now);
  const origin = dataFrom(view.provenance);
  const note = `${t('cite.note', { count })}${origin === null ? '' : `; ${origin}`}`;
  const publishedOn = published
    ? t(published.approximate === true ? 'cite.publishedInferred' : 'cite.published', {
        publisher,
        day: dayInWords(published.date),
      })
    : publisher;

  const text = [
    t('cite.title', { title }),
    `${publishedOn}.`,
    `${view.pageUrl}.`,
    t('cite.accessed', { day: dayInWords(accessed) }),
    `${note}.`,
  ].join(' ');

  const key = `${dataset.id.replace(/[^a-z0-9]/g, '')}${accessed.replace(/-/g, '')}`;
  const fields = [
    ['title', `{${bibtexValue(title)}}`],
    ['publisher', `{${bibtexValue(publisher)}}`],
    ...(published ? [['year', `{${published.date.slice(0, 4)}}`]] : []),
    ['howpublished', `{\\url{${view.pageUrl}}}`],
    ['urldate', `{${accessed}}`],
    ['note', `{${bibtexValue(t('cite.bibtexNote', { note, day: accessed }))}}`],
  ];
  const bibtex = `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}\n`;

  const csl = [
    {
      id: key,
      type: 'webpage',
      title,
      'container-title': 'Chronicle',
      publisher,
      URL: view.pageUrl,
      ...(published ? { issued: { 'date-parts': [dateParts(published.date)] } } : {}),
      accessed: { 'date-parts': [dateParts(accessed)] },
      note,
    },
  ];
  return { text, bibtex, cslJson: `${JSON.stringify(csl, null, 2)}\n` };
}
