/**
 * The two accounts of a story, and what was known when: pure functions from a dataset to the
 * dataset a view shows.
 *
 * - **The article's account** (`articleAccount`): the events of the article (`account` left out or
 *   `"article"`) exactly as it gives them, with no claims.
 * - **The story with later reporting** (`laterReporting`), optionally as known on a reporting day
 *   D (reported by the end of D in the dataset's time zone):
 *   - a source is published by the end of its `date` (the article: by `published.date`); a
 *     source without a date was published at no known time;
 *   - a claim is known from the publication of its earliest dated source (of its citations and
 *     figures); a figure likewise from
 *     its own `sources` (a retracted one from its posting, its `asOf`, at the latest); an event
 *     from the earliest of its citations, its figures and the claims about it.
 *     Something none of whose sources has a date is not shown once a reporting day is set;
 *   - a retracted figure stands from its report until its withdrawal (`withdrawn.at`), and is
 *     shown as withdrawn after it, never as a figure: it leaves the event's `casualties` and stays
 *     in `figures`, marked withdrawn;
 *   - each event sits at its best-established time and place: those of its last confirmed claim
 *     about time (with a `time`), place (`locations`) or actors (`actors`) known on D, else its own;
 *   - its figures are its own, each replaced by the last known claim restating it (`figure`), and
 *     then by the latest confirmed revision of the same kind and group (claims about `figures`
 *     without `figure`), so the timeline draws one figure per kind and group, never rival bars.
 *     Every figure known on D, withdrawn ones included, is in `figures` for their histories.
 */
import type {
  Casualty,
  CasualtyKind,
  ChronicleEvent,
  Claim,
  Dataset,
  Source,
} from '../model/schema';
import { valueSpan } from '../model/time';
import type { Account } from '../model/vocabulary';
import { t } from '../i18n/i18n';

/** One figure as a view shows it: where it is reported, when it was first reported, whether it stands. */
export interface FigureRecord {
  /** The figure as known in the view (a retracted one not yet withdrawn loses its status). */
  casualty: Casualty;
  eventId: string;
  /** The claim that gives it, or null for the event's own figure. */
  claimId: string | null;
  /** When it was first reported (epoch ms by which its earliest dated source was published), or null. */
  reported: number | null;
  /** Withdrawn: retracted, and the withdrawal falls within the view. */
  state: 'standing' | 'withdrawn';
  /** Its position among all figures of the dataset, for a stable order. */
  order: number;
}

/** A dataset as one account shows it, and what that account adds beside its events. */
export interface ReportingView {
  account: Account;
  /** The reporting day ("2022-01-10"), or null for everything reported; the article's account ignores it. */
  knownOn: string | null;
  /** The dataset this view shows: its events, claims and sources. */
  dataset: Dataset;
  /** The claims known in this view, per event id, in document order. */
  claimsByEvent: ReadonlyMap<string, readonly Claim[]>;
  /** Every figure known in this view, withdrawn ones included. */
  figures: readonly FigureRecord[];
  /** When each event of the view was first reported (epoch ms), or null when no source is dated. */
  eventReported: ReadonlyMap<string, number | null>;
  /**
   * The sources the view rests on (cited, relayed through, counting or withdrawing a figure, the
   * originals of those that are copies, and the article), in the dataset's order. The view's
   * dataset keeps every source, so that links naming one stay valid in every view.
   */
  sources: readonly Source[];
}

/** True when the event belongs to the article's account. */
export function isArticleEvent(event: ChronicleEvent): boolean {
  return event.account !== 'later-reporting';
}

/** True when the dataset has a layer of later reporting (claims, or events of later reporting). */
export function hasLaterReporting(dataset: Dataset): boolean {
  return (dataset.claims?.length ?? 0) > 0 || dataset.events.some((e) => !isArticleEvent(e));
}

/**
 * The article's account: its events exactly as it gives them, and no claims. A dataset without
 * later reporting is returned as it is.
 */
export function articleAccount(dataset: Dataset): Dataset {
  if (!hasLaterReporting(dataset)) return dataset;
  const view: Dataset = { ...dataset, events: dataset.events.filter(isArticleEvent) };
  delete view.claims;
  return view;
}

/** The end of the day `day` ("2022-01-10") in `timeZone`, in epoch ms. */
export function endOfDay(day: string, timeZone: string): number {
  return valueSpan(day, timeZone, 'day').end;
}

/**
 * Per source id, the moment by which it was certainly published (the end of its `date`; the
 * article's by `published.date`), or null when it has no date.
 */
export function publicationTimes(dataset: Dataset): (sourceId: string) => number | null {
  const times = new Map<string, number | null>();
  for (const source of dataset.sources) {
    const date =
      dataset.published?.source === source.id ? dataset.published.date : (source.date ?? null);
    times.set(source.id, date === null ? null : valueSpan(date, dataset.timeZone).end);
  }
  return (id) => times.get(id) ?? null;
}

/** The earliest publication among `sourceIds` (undated ones skipped), or null when none is dated. */
export function firstReported(
  sourceIds: Iterable<string>,
  publishedBy: (sourceId: string) => number | null,
): number | null {
  let first: number | null = null;
  for (const id of sourceIds) {
    const time = publishedBy(id);
    if (time !== null && (first === null || time < first)) first = time;
  }
  return first;
}

/** The story with later reporting, as known on `knownOn` (a day), or with everything when null. */
export function laterReporting(dataset: Dataset, knownOn: string | null): ReportingView {
  const { timeZone } = dataset;
  const publishedBy = publicationTimes(dataset);
  const limit = knownOn === null ? Infinity : endOfDay(knownOn, timeZone);
  const isKnown = (time: number | null) => knownOn === null || (time !== null && time <= limit);
  const reportedOf = (ids: Iterable<string>) => firstReported(ids, publishedBy);
  const spanStart = (value: string) => valueSpan(value, timeZone).start;

  // A retracted figure is known from its posting (by the end of its `asOf`), whoever reported it.
  const figureReported = (casualty: Casualty) =>
    casualty.status === 'retracted'
      ? earliest([reportedOf(casualty.sources), valueSpan(casualty.asOf, timeZone).end])
      : reportedOf(casualty.sources);
  const claimReported = new Map<Claim, number | null>();
  const claimsByEvent = new Map<string, Claim[]>();
  for (const claim of dataset.claims ?? []) {
    const reported = earliest([
      reportedOf(claim.citations.map((c) => c.source)),
      ...(claim.casualties ?? []).map(figureReported),
    ]);
    if (!isKnown(reported)) continue;
    claimReported.set(claim, reported);
    const list = claimsByEvent.get(claim.event);
    if (list) list.push(claim);
    else claimsByEvent.set(claim.event, [claim]);
  }

  let order = 0;
  const figures: FigureRecord[] = [];
  /** The figure as known on the day, or null when it is not yet reported. */
  const record = (casualty: Casualty, eventId: string, claimId: string | null) => {
    const position = order++;
    const reported = figureReported(casualty);
    if (!isKnown(reported)) return null;
    const withdrawn =
      casualty.status === 'retracted' &&
      casualty.withdrawn !== undefined &&
      valueSpan(casualty.withdrawn.at, timeZone).end <= limit;
    const shown = withdrawn || casualty.status !== 'retracted' ? casualty : asPosted(casualty);
    const entry: FigureRecord = {
      casualty: shown,
      eventId,
      claimId,
      reported,
      state: withdrawn ? 'withdrawn' : 'standing',
      order: position,
    };
    figures.push(entry);
    return entry;
  };

  const eventReported = new Map<string, number | null>();
  const events: ChronicleEvent[] = [];
  for (const event of dataset.events) {
    const claims = claimsByEvent.get(event.id) ?? [];
    const own = earliest([
      reportedOf(event.citations.map((c) => c.source)),
      ...event.casualties.map(figureReported),
    ]);
    const reported = earliest([own, ...claims.map((c) => claimReported.get(c) ?? null)]);
    // Figures count their places in the document even for events not shown, for a stable order.
    if (!isKnown(reported)) {
      order +=
        event.casualties.length + claims.reduce((n, c) => n + (c.casualties?.length ?? 0), 0);
      continue;
    }
    eventReported.set(event.id, reported);

    const restated = new Map<number, Claim>();
    for (const claim of claims) if (claim.figure !== undefined) restated.set(claim.figure, claim);
    const shown: FigureRecord[] = [];
    event.casualties.forEach((casualty, i) => {
      const claim = restated.get(i);
      const replacement = claim?.casualties?.[0];
      const entry =
        claim && replacement
          ? record(replacement, event.id, claim.id)
          : record(casualty, event.id, null);
      if (entry?.state === 'standing') shown.push(entry);
    });
    for (const claim of claims) {
      if (claim.figure !== undefined) continue;
      for (const casualty of claim.casualties ?? []) {
        const entry = record(casualty, event.id, claim.id);
        if (entry?.state !== 'standing' || entry.casualty.status === 'unconfirmed') continue;
        const same = shown.findIndex(
          (s) => s.casualty.kind === casualty.kind && s.casualty.group === casualty.group,
        );
        const current = shown[same];
        if (current === undefined) shown.push(entry);
        else if (spanStart(casualty.asOf) >= spanStart(current.casualty.asOf)) shown[same] = entry;
      }
    }

    const time = lastConfirmed(claims, (c) => c.time) ?? event.time;
    const locations = lastConfirmed(claims, (c) => c.locations) ?? event.locations;
    const actors = lastConfirmed(claims, (c) => c.actors) ?? event.actors;
    const casualties = shown.map((s) => s.casualty);
    const unchanged =
      time === event.time &&
      locations === event.locations &&
      actors === event.actors &&
      casualties.length === event.casualties.length &&
      casualties.every((c, i) => c === event.casualties[i]);
    events.push(unchanged ? event : { ...event, time, locations, actors, casualties });
  }

  const claims = [...claimReported.keys()].filter((claim) => eventReported.has(claim.event));
  return {
    account: 'later-reporting',
    knownOn,
    dataset: { ...dataset, events, claims },
    claimsByEvent,
    figures,
    eventReported,
    sources: citedSources(dataset, events, claims),
  };
}

/** The events' own figures (no claims about them), as standing records in document order. */
export function ownFigures(events: readonly ChronicleEvent[]): FigureRecord[] {
  let order = 0;
  return events.flatMap((event) =>
    event.casualties.map((casualty): FigureRecord => ({
      casualty,
      eventId: event.id,
      claimId: null,
      reported: null,
      state: 'standing',
      order: order++,
    })),
  );
}

/** The view of `dataset` in `account`, as known on `knownOn` (later reporting only). */
export function reportingView(
  dataset: Dataset,
  account: Account,
  knownOn: string | null,
): ReportingView {
  if (account === 'later-reporting') return laterReporting(dataset, knownOn);
  const view = articleAccount(dataset);
  const figures = ownFigures(view.events);
  return {
    account,
    knownOn: null,
    dataset: view,
    claimsByEvent: new Map(),
    figures,
    eventReported: new Map(),
    sources: citedSources(view, view.events, []),
  };
}

/** A retracted figure as it stood before its withdrawal: as reported, without a verdict yet. */
function asPosted(casualty: Casualty): Casualty {
  const posted = { ...casualty };
  delete posted.status;
  delete posted.withdrawn;
  return posted;
}

/** The value of the last confirmed claim that gives one (claims in document order), or undefined. */
function lastConfirmed<T>(
  claims: readonly Claim[],
  pick: (claim: Claim) => T | undefined,
): T | undefined {
  let found: T | undefined;
  for (const claim of claims) {
    const value = pick(claim);
    if (claim.status === 'confirmed' && value !== undefined) found = value;
  }
  return found;
}

function earliest(times: readonly (number | null)[]): number | null {
  let first: number | null = null;
  for (const time of times) if (time !== null && (first === null || time < first)) first = time;
  return first;
}

/**
 * The sources the events and claims refer to (cited, relayed through, counted, withdrawn by, and
 * the sources those copy), and the article, in the dataset's order.
 */
function citedSources(
  dataset: Dataset,
  events: readonly ChronicleEvent[],
  claims: readonly Claim[],
): Source[] {
  const used = new Set<string>();
  if (dataset.published && events.some(isArticleEvent)) used.add(dataset.published.source);
  const addCasualty = (c: Casualty) => {
    c.sources.forEach((id) => used.add(id));
    c.withdrawn?.sources?.forEach((id) => used.add(id));
  };
  const addCitations = (citations: ChronicleEvent['citations']) => {
    for (const citation of citations) {
      used.add(citation.source);
      for (const step of citation.via ?? []) {
        if (typeof step === 'string') used.add(step);
        else step.forEach((id) => used.add(id));
      }
    }
  };
  for (const event of events) {
    addCitations(event.citations);
    event.casualties.forEach(addCasualty);
  }
  for (const claim of claims) {
    addCitations(claim.citations);
    claim.casualties?.forEach(addCasualty);
  }
  const byId = new Map(dataset.sources.map((s) => [s.id, s]));
  for (const id of [...used]) {
    // Follow copies to their originals (a chain ends at a source already seen).
    for (let next = byId.get(id)?.copyOf; next !== undefined && !used.has(next);) {
      used.add(next);
      next = byId.get(next)?.copyOf;
    }
  }
  return dataset.sources.filter((source) => used.has(source.id));
}

/** The figures of one kind and group, in the order they held: by `asOf`, then report, then document. */
export function figureHistory(
  figures: readonly FigureRecord[],
  kind: CasualtyKind,
  group: string,
  timeZone: string,
): FigureRecord[] {
  const start = (r: FigureRecord) => valueSpan(r.casualty.asOf, timeZone).start;
  return figures
    .filter((r) => r.casualty.kind === kind && r.casualty.group === group)
    .sort(
      (a, b) =>
        start(a) - start(b) ||
        (a.reported ?? -Infinity) - (b.reported ?? -Infinity) ||
        a.order - b.order,
    );
}

/** The figure a history stands at: its last standing one that is not unconfirmed, else its last standing one. */
export function currentFigure(history: readonly FigureRecord[]): FigureRecord | null {
  const standing = history.filter((r) => r.state === 'standing');
  return standing.findLast((r) => r.casualty.status !== 'unconfirmed') ?? standing.at(-1) ?? null;
}

/** A kind and group of figures. */
export interface FigureKey {
  kind: CasualtyKind;
  group: string;
}

/** Every kind and group of the figures, in the order first met. */
export function figureKeys(figures: readonly FigureRecord[]): FigureKey[] {
  return countedKeys(figures).map((e) => e.key);
}

/** Every kind and group with more than one figure, in the order first met: the figures that have a history. */
export function revisedFigureKeys(figures: readonly FigureRecord[]): FigureKey[] {
  return countedKeys(figures)
    .filter((e) => e.count > 1)
    .map((e) => e.key);
}

function countedKeys(figures: readonly FigureRecord[]): { key: FigureKey; count: number }[] {
  const counts = new Map<string, { key: FigureKey; count: number }>();
  for (const { casualty } of figures) {
    const id = `${casualty.kind} ${casualty.group}`;
    const entry = counts.get(id);
    if (entry) entry.count += 1;
    else counts.set(id, { key: { kind: casualty.kind, group: casualty.group }, count: 1 });
  }
  return [...counts.values()];
}

/** Which relations say that later reporting differs from the article, the strongest first. */
const DIFFERENCE_ORDER = ['contradicts', 'attribution', 'more-precise', 'outcome'] as const;

/**
 * Where later reporting differs from the article, in one line: "Article: raised the price cap on
 * Sunday. Later reporting: the cap was removed on 1 January." From the event's strongest known
 * claim that says what the article has (`article`); null when none does.
 */
export function differenceLine(claims: readonly Claim[]): string | null {
  for (const relation of DIFFERENCE_ORDER) {
    const claim = claims.find((c) => c.relation === relation && c.article !== undefined);
    if (claim?.article !== undefined) {
      return t('reporting.difference', {
        article: sentence(claim.article),
        later: sentence(claim.later),
      });
    }
  }
  return null;
}

/** `text` ending in one full stop (or its own closing mark). */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
