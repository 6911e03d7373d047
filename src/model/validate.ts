/**
 * The one gate every dataset passes before the app trusts it, in one round: the document's top
 * level and then each item of its lists on its own (so one broken event does not hide the rest),
 * and over the items that could be read, the checks that need the whole document (ids,
 * references, time order, count ranges). Every problem inside an event names the event by id and
 * title as well as its path. All or nothing: a result is either the whole dataset (with warnings,
 * such as events without a source) or the list of what is wrong with it, and it never throws.
 */
import * as z from 'zod/mini';
import { t } from '../i18n/i18n';
import { eventProblems } from './eventChecks';
import { fastReader, NOT_READ } from './fastRead';
import { isRecord } from './isRecord';
import { unknownFieldHints } from './knownFields';
import { migrateDocument } from './migrate';
import { referenceProblems } from './referenceChecks';
import {
  Actor,
  Claim,
  Dataset,
  type ChronicleEvent,
  Event,
  FORMAT_VERSION,
  Location,
  Published,
  Source,
} from './schema';
import { TimeZoneName } from './schemaValues';
import { eventLabel, formatPath, zodIssueProblems } from './validationMessages';
import {
  DOCUMENT_PATH,
  errorText,
  type CheckScope,
  type Collection,
  type ValidationProblem,
  type ValidationResult,
  type ValidationWarning,
} from './validationProblem';

/** The document without its lists' items, which are checked one by one. */
const DatasetTop = z.extend(Dataset, {
  actors: z._default(z.array(z.unknown()), []),
  locations: z._default(z.array(z.unknown()), []),
  sources: z._default(z.array(z.unknown()), []),
  events: z.array(z.unknown()),
  claims: z.optional(z.array(z.unknown())),
});

/** The id an item is written with, when it is a string (even one that is not a valid id). */
function writtenId(item: unknown): string | undefined {
  return isRecord(item) && typeof item.id === 'string' ? item.id : undefined;
}

/** `events[12].time.at` → 12; undefined for paths outside the events. */
function eventPosition(path: string): number | undefined {
  const match = /^events\[(\d+)\]/.exec(path);
  return match ? Number(match[1]) : undefined;
}

/** Puts the event's name in front of every problem inside an event, where the event has an id. */
function nameEvents(
  problems: ValidationProblem[],
  events: readonly unknown[],
): ValidationProblem[] {
  return problems.map((problem) => {
    const position = eventPosition(problem.path);
    if (position === undefined) return problem;
    const event = events[position];
    const id = writtenId(event);
    if (id === undefined) return problem;
    const title = isRecord(event) ? event.title : undefined;
    return { ...problem, message: `${eventLabel(id, title)}: ${problem.message}` };
  });
}

/** Events that cite no source: they load, and the reader is told. */
function sourceWarnings(events: Dataset['events'], scope: CheckScope): ValidationWarning[] {
  const warnings: ValidationWarning[] = [];
  events.forEach((event, index) => {
    if (event.citations.length > 0) return;
    warnings.push({
      kind: 'no-source',
      eventId: event.id,
      path: formatPath(['events', scope.position('events', index), 'citations']),
      message: `${eventLabel(event.id, event.title)}: ${t('check.noSource')}`,
    });
  });
  return warnings;
}

/** Where the items of one list stand, and the ids of those that could not be read. */
interface ListReading<T> {
  items: T[];
  positions: number[];
  unread: Set<string>;
}

/** Reads each item of `list` on its own: the ones that parse are kept, the others give problems. */
function readList<S extends z.ZodMiniType>(
  collection: Collection,
  schema: S,
  list: readonly unknown[],
  report: (issues: z.core.$ZodIssue[]) => void,
  onRead?: (item: z.output<S>) => void,
): ListReading<z.output<S>> {
  const reading: ListReading<z.output<S>> = { items: [], positions: [], unread: new Set() };
  const read = fastReader(schema);
  const keep = (item: z.output<S>, position: number) => {
    reading.items.push(item);
    reading.positions.push(position);
    onRead?.(item);
  };
  list.forEach((item, position) => {
    const fast = read(item);
    // The same output zod gives (fastRead.ts), without its cost; zod reads the rest, with messages.
    if (fast !== NOT_READ) {
      keep(fast as z.output<S>, position);
      return;
    }
    const parsed = schema.safeParse(item, { reportInput: true });
    if (parsed.success) {
      keep(parsed.data, position);
      return;
    }
    const id = writtenId(item);
    if (id !== undefined) reading.unread.add(id);
    report(
      parsed.error.issues.map((issue) => ({
        ...issue,
        path: [collection, position, ...issue.path],
      })),
    );
  });
  return reading;
}

/** The top of a document whose top level did not parse: what the checks across it can still use. */
function fallbackTop(document: Record<string, unknown>): Omit<Dataset, Collection> | null {
  const zone = TimeZoneName.safeParse(document.timeZone ?? 'UTC');
  if (!zone.success) return null;
  const published = Published.safeParse(document.published);
  return {
    format: FORMAT_VERSION,
    id: 'unread',
    title: 'unread',
    language: 'en',
    timeZone: zone.data,
    published: published.success ? published.data : undefined,
  };
}

/** What the caller of `validateDataset` may be told while the document is read. */
export interface ValidationOptions {
  /**
   * Called with each event as it is read, in the document's order, for as long as nothing is
   * wrong with the document so far: the events of a valid dataset, early (the dataset worker sends
   * them to the page while it checks the rest). The result still decides: when it is a list of
   * problems, the events given here are not a dataset.
   */
  onEvent?: (event: ChronicleEvent) => void;
}

function check(input: unknown, options: ValidationOptions): ValidationResult {
  const document = migrateDocument(input);
  const hints = unknownFieldHints();
  const top = DatasetTop.safeParse(document, { reportInput: true });
  const problems: ValidationProblem[] = top.success
    ? []
    : zodIssueProblems(top.error.issues, input, hints);
  if (!isRecord(document)) return { ok: false, problems };

  const report = (issues: z.core.$ZodIssue[]) =>
    problems.push(...zodIssueProblems(issues, input, hints));
  const written = (collection: Collection): readonly unknown[] => {
    const list = document[collection];
    return Array.isArray(list) ? list : [];
  };
  const lists = {
    actors: readList('actors', Actor, written('actors'), report),
    locations: readList('locations', Location, written('locations'), report),
    sources: readList('sources', Source, written('sources'), report),
    events: readList('events', Event, written('events'), report, (event) => {
      if (top.success && problems.length === 0) options.onEvent?.(event);
    }),
    claims: readList('claims', Claim, written('claims'), report),
  };
  const scope: CheckScope = {
    position: (collection, index) => lists[collection].positions[index] ?? index,
    isUnread: (collection, id) => lists[collection].unread.has(id),
  };
  // The checks across the document run over what could be read, even when other parts could not
  // (with the top level unread, only where its time zone is known), so every problem comes at once.
  const head = top.success ? top.data : fallbackTop(document);
  if (head !== null) {
    const dataset: Dataset = {
      ...head,
      actors: lists.actors.items,
      locations: lists.locations.items,
      sources: lists.sources.items,
      events: lists.events.items,
      claims: Array.isArray(document.claims) ? lists.claims.items : undefined,
    };
    problems.push(...referenceProblems(dataset, scope), ...eventProblems(dataset, scope));
    if (problems.length === 0 && top.success) {
      return { ok: true, dataset, warnings: sourceWarnings(dataset.events, scope) };
    }
  }
  return { ok: false, problems: nameEvents(problems, written('events')) };
}

/**
 * Checks any value against the format (chronicle/2, or chronicle/1 migrated first); never throws.
 * EDTF strings need `loadEdtfParser()` to have run.
 */
export function validateDataset(input: unknown, options: ValidationOptions = {}): ValidationResult {
  try {
    return check(input, options);
  } catch (error) {
    return {
      ok: false,
      problems: [
        { path: DOCUMENT_PATH, message: t('check.uncheckable', { reason: errorText(error) }) },
      ],
    };
  }
}

/** Problems as plain text, one `path: message` line each; long lists end with a count of the rest. */
export function formatProblems(problems: readonly ValidationProblem[], limit = 50): string {
  const shown = problems.slice(0, limit).map((problem) => `${problem.path}: ${problem.message}`);
  const rest = problems.length - shown.length;
  if (rest > 0) shown.push(t('check.moreProblems', { count: rest }));
  return shown.join('\n');
}
