/**
 * Building a Chronicle dataset row by row, for the importers: readable ids made from names (each
 * unique in its list), actors, places and sources each written once however many rows name them,
 * and events checked one by one against the format as they are added, so a row that cannot become
 * an event is reported with its row number and the rest go on.
 *
 * The reasons and notes are the reader's, through the catalog (`t`); the text written into the
 * dataset (a basis, a place's "Near …", a default title) is the dataset's, in its language, which
 * for an import is English (it gives no `language`): see docs/i18n.md.
 */
import { Event, FORMAT_VERSION, type DatasetDocument } from '../model/schema';
import { TEXT_LIMITS } from '../model/textRules';
import { zodIssueProblems } from '../model/validationMessages';
import type { RowProblem } from './importTypes';
import { t } from '../i18n/i18n';

type ActorInput = NonNullable<DatasetDocument['actors']>[number];
type LocationInput = NonNullable<DatasetDocument['locations']>[number];
type SourceInput = NonNullable<DatasetDocument['sources']>[number];
/** An event as an importer writes it (shorthands allowed, defaults left out). */
export type EventInput = DatasetDocument['events'][number];

/** The longest id made from a name; room is left for a "-2" that makes it unique. */
const SLUG_LENGTH = 80;

/** A readable id from any text: "Protesters storm the akimat!" → "protesters-storm-the-akimat". */
export function slugify(text: string, fallback = 'item'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_LENGTH)
    .replace(/-+$/, '');
  return slug === '' ? fallback : slug;
}

/** Hands out ids unique within one list: "almaty", then "almaty-2", "almaty-3". */
export class IdPool {
  private readonly used = new Set<string>();

  /** Marks an id as taken (one the file gives itself); false when it was taken already. */
  claim(id: string): boolean {
    if (this.used.has(id)) return false;
    this.used.add(id);
    return true;
  }

  /** A new id made from `text`, unique in this pool. */
  make(text: string, fallback?: string): string {
    const base = slugify(text, fallback);
    let id = base;
    for (let n = 2; this.used.has(id); n += 1) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

/** Text cut to the format's limit for its kind of field, with a note of the cut. */
export function fitText(
  text: string,
  kind: 'title' | 'summary' | 'name' | 'text',
  note?: (reason: string) => void,
): string {
  const limit = TEXT_LIMITS[kind];
  if (text.length <= limit) return text;
  note?.(t('importer.cut', { limit, length: text.length }));
  return `${text.slice(0, limit - 1)}…`;
}

/** A dataset being built from rows, with the problems of the rows that could not become events. */
export class DatasetBuilder {
  readonly problems: RowProblem[] = [];
  title: string | undefined;
  summary: string | undefined;
  private readonly actors = new Map<string, ActorInput>();
  private readonly locations = new Map<string, LocationInput>();
  private readonly sources = new Map<string, SourceInput>();
  private readonly ids = {
    actors: new IdPool(),
    locations: new IdPool(),
    sources: new IdPool(),
    events: new IdPool(),
  };
  private readonly events: EventInput[] = [];
  private readonly eventRows: number[] = [];

  constructor(
    private readonly name: string,
    private readonly timeZone: string,
  ) {}

  skip(row: number, column: string | null, reason: string): void {
    this.problems.push({ row, column, reason, severity: 'skipped' });
  }

  note(row: number, column: string | null, reason: string): void {
    this.problems.push({ row, column, reason, severity: 'note' });
  }

  /** The id of the actor named `name` (matched ignoring case), made on first use. */
  actor(name: string, make: (id: string) => Omit<ActorInput, 'id'>): string {
    const key = name.trim().toLowerCase();
    const known = this.actors.get(key);
    if (known) return known.id;
    const id = this.ids.actors.make(name, 'actor');
    this.actors.set(key, { id, ...make(id) });
    return id;
  }

  /** The id of the place known by `key` (e.g. its name and coordinates), made on first use. */
  location(key: string, name: string, make: () => Omit<LocationInput, 'id'>): string {
    const known = this.locations.get(key);
    if (known) return known.id;
    const id = this.ids.locations.make(name, 'place');
    this.locations.set(key, { id, ...make() });
    return id;
  }

  /** The id of the source named `name` (matched ignoring case), made on first use. */
  source(name: string, make: () => Omit<SourceInput, 'id'>): string {
    const key = name.trim().toLowerCase();
    const known = this.sources.get(key);
    if (known) return known.id;
    const id = this.ids.sources.make(name, 'source');
    this.sources.set(key, { id, ...make() });
    return id;
  }

  /** The source for a link found in text: the site it is on, named by its host. */
  siteSource(url: string): string {
    const host = new URL(url).host.replace(/^www\./, '');
    return this.source(host, () => ({ name: host, kind: 'other', url: new URL(url).origin + '/' }));
  }

  /**
   * Adds an event from `row` if it is valid as an event; otherwise reports why, at the column
   * `columnOf` names for the field at fault. `wantedId` is the file's own id, or text to make one of.
   */
  addEvent(
    row: number,
    wantedId: { id: string } | { from: string },
    /** The event as written; its time may be anything, for the schema to check. */
    event: Omit<EventInput, 'id' | 'time'> & { time: unknown },
    columnOf: (field: string) => string | null,
  ): boolean {
    let id: string;
    if ('id' in wantedId) {
      if (!this.ids.events.claim(wantedId.id)) {
        this.skip(row, columnOf('id'), t('importer.idTaken', { id: wantedId.id }));
        return false;
      }
      id = wantedId.id;
    } else {
      id = this.ids.events.make(wantedId.from, 'event');
    }
    const written = { id, ...event };
    const parsed = Event.safeParse(written, { reportInput: true });
    if (!parsed.success) {
      for (const problem of zodIssueProblems(parsed.error.issues, written)) {
        const field = /^[A-Za-z]+/.exec(problem.path)?.[0] ?? '';
        this.skip(row, columnOf(field), `${problem.path}: ${problem.message}`);
      }
      return false;
    }
    // The schema's output is itself a valid event as written (defaults filled in).
    this.events.push(parsed.data);
    this.eventRows.push(row);
    return true;
  }

  get eventCount(): number {
    return this.events.length;
  }

  /** The dataset as written, and the row of each event. */
  finish(): { document: DatasetDocument; eventRows: number[] } {
    const title = this.title ?? this.name;
    const document: DatasetDocument = {
      format: FORMAT_VERSION,
      id: slugify(title, 'imported'),
      title: fitText(title, 'title'),
      ...(this.summary === undefined ? {} : { summary: fitText(this.summary, 'summary') }),
      timeZone: this.timeZone,
      actors: [...this.actors.values()],
      locations: [...this.locations.values()],
      sources: [...this.sources.values()],
      events: [...this.events],
    };
    return { document, eventRows: [...this.eventRows] };
  }
}
