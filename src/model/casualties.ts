/**
 * Casualty figures in words: the source's words first, then who claims the figure and through
 * which channels, and only then a numeric reading, which says it is one ("read as: at least 24").
 * No number is ever shown as if a source gave it ("dusinvis" is "dozens", never "~24+").
 *
 * A count is exact (min = max), approximate ("around 1,000": min = max, approximate), a range
 * (min < max) or open-ended ("dozens": max null). Contested figures stay separate entries, and
 * figures from different reports are never added up.
 */
import { joinNames, namedSteps } from './reportingChain';
import type { Actor, Casualty, CasualtyCount, CasualtyKind, Citation, Source } from './schema';
import { t } from '../i18n/i18n';
import { casualtyKindLabel } from '../i18n/vocabularyWords';

/**
 * A numeric reading of the figure in words: "8", "about 1,000", "at least 24", "about 24 or
 * more", "10 to 19", "about 10 to 19". Never symbols ("~", "+"); a kind can follow it ("about
 * 24 or more killed").
 */
export function describeCount(count: CasualtyCount): string {
  const { min, max, approximate } = count;
  if (max === null) {
    return approximate ? t('casualty.aboutOrMore', { min }) : t('casualty.atLeast', { min });
  }
  if (max === min) return approximate ? t('casualty.about', { min }) : t('casualty.exact', { min });
  return approximate ? t('casualty.aboutRange', { min, max }) : t('casualty.range', { min, max });
}

/**
 * The reading as it is shown beside the source's words, marked as a reading: "read as: at least
 * 24", or with the kind, "read as: about 24 or more killed".
 */
export function readingText(count: CasualtyCount, kind?: CasualtyKind): string {
  const reading = describeCount(count);
  return kind === undefined
    ? t('casualty.readAs', { reading })
    : t('casualty.readAsKind', { reading, kind: casualtyKindLabel(kind) });
}

/**
 * @deprecated The detail's casualty table still calls this until its claims table (issue 11)
 * replaces it; it gives the same words as `describeCount`, never the symbols it once did.
 */
export const formatCount = describeCount;

/** What the wording needs to name actors and sources (a `DatasetIndex` has both). */
export interface FigureNames {
  actorsById: ReadonlyMap<string, Actor>;
  sourcesById: ReadonlyMap<string, Source>;
}

function actorName(id: string, names: FigureNames): string {
  return names.actorsById.get(id)?.name ?? id;
}

function sourceName(id: string, names: FigureNames): string {
  return names.sourcesById.get(id)?.name ?? id;
}

/**
 * Who claims the figure: "Saltanat Azirbek, Almaty police" (a person with the first body they
 * belong to), "Kazakh security forces", or "not attributed".
 */
export function claimantText(casualty: Casualty, names: FigureNames): string {
  if (casualty.claimedBy === null) return t('casualty.notAttributed');
  const actor = names.actorsById.get(casualty.claimedBy);
  if (!actor) return casualty.claimedBy;
  const body = actor.kind === 'person' ? actor.memberOf?.[0] : undefined;
  return body
    ? t('casualty.personOfBody', { person: actor.name, body: actorName(body, names) })
    : actor.name;
}

/**
 * The group as the claimant names it, with the dataset's group beside it: "attackers (group:
 * Protesters)"; the dataset's group alone when the source gives no words of its own.
 */
export function groupText(casualty: Casualty, names: FigureNames): string {
  const group =
    casualty.group === 'unspecified'
      ? t('casualty.notSpecified')
      : actorName(casualty.group, names);
  if (casualty.groupLabel === undefined) {
    return casualty.group === 'unspecified' ? t('casualty.groupNotSpecified') : group;
  }
  return t('casualty.labelWithGroup', { label: casualty.groupLabel, group });
}

/** The channels a figure came through: a chain, origin first, and sources beside the chain. */
export interface FigureChannels {
  /** One name per step, origin first, ending with the source the figure was read in. */
  chain: string[];
  /** The figure's other sources, which no citation of the event places in the chain. */
  also: string[];
}

/**
 * Through whom the figure reached the reader. The chain is that of the event's citation which
 * names most of the figure's sources, keeping only the steps that are the figure's sources
 * (the claimant's own statement is already named as the claimant); sources no citation chains
 * are listed beside it.
 */
export function figureChannels(
  casualty: Casualty,
  citations: readonly Citation[],
  names: FigureNames,
): FigureChannels {
  const wanted = new Set(casualty.sources);
  let best: Citation | null = null;
  let bestHits = -1;
  for (const citation of citations) {
    if (!wanted.has(citation.source)) continue;
    const hits = (citation.via ?? []).flat().filter((id) => wanted.has(id)).length;
    if (hits > bestHits) [best, bestHits] = [citation, hits];
  }
  const used = new Set<string>();
  const steps: string[][] = [];
  if (best) {
    for (const step of [...(best.via ?? []), best.source]) {
      const kept = (typeof step === 'string' ? [step] : step).filter((id) => wanted.has(id));
      if (kept.length === 0) continue;
      steps.push(kept);
      for (const id of kept) used.add(id);
    }
  }
  const nameOf = (id: string) => sourceName(id, names);
  const rest = casualty.sources.filter((id) => !used.has(id));
  return steps.length === 0
    ? { chain: [joinNames(rest.map(nameOf))], also: [] }
    : { chain: namedSteps(steps, nameOf), also: rest.map(nameOf) };
}

/**
 * The channels in a sentence: "via Interfax, TASS and RIA Novosti, then Resett"; sources beside
 * the chain after it ("; also in BBC").
 */
export function channelsText(channels: FigureChannels): string {
  const chain = channels.chain.reduce((text, step) => t('chain.then', { text, step }));
  return channels.also.length > 0
    ? t('chain.viaAlso', { chain, also: joinNames(channels.also) })
    : t('chain.via', { chain });
}

/**
 * The figure as one line, words first: "dozens — Saltanat Azirbek, Almaty police, via Interfax,
 * TASS and RIA Novosti, then Resett".
 */
export function figureLine(
  casualty: Casualty,
  citations: readonly Citation[],
  names: FigureNames,
): string {
  const channels = channelsText(figureChannels(casualty, citations, names));
  return t('casualty.figureLine', {
    words: casualty.count.text,
    claimant: claimantText(casualty, names),
    channels,
  });
}

/** One figure in the event list: "killed: dozens — Saltanat Azirbek, Almaty police". */
export function figureSummary(casualty: Casualty, names: FigureNames): string {
  return t('casualty.figureSummary', {
    kind: casualtyKindLabel(casualty.kind),
    words: casualty.count.text,
    claimant: claimantText(casualty, names),
  });
}

/** Every figure of an event on one line, in the order the data gives them, never added up. */
export function casualtySummary(casualties: readonly Casualty[], names: FigureNames): string {
  return casualties.map((c) => figureSummary(c, names)).join(' · ');
}

/**
 * How a figure is drawn, in words for screen readers: "a dot at 8", "a dot at about 1,000",
 * "a line from 10 to 19", "a dot at about 24 and an arrow: or more".
 */
export function drawingText(count: CasualtyCount): string {
  const { min, max, approximate } = count;
  const about = approximate ? 'yes' : 'no';
  if (max === null) return t('casualty.drawing.open', { about, min });
  if (max === min) return t('casualty.drawing.dot', { about, min });
  return t('casualty.drawing.line', { about, min, max });
}

/** The words an open-ended figure's arrow says: "or more". */
export function orMoreText(): string {
  return t('casualty.orMore');
}

/**
 * Which of two counts is larger, for sorting: the lower bound first, then the upper bound, an
 * open-ended count ("dozens") above any closed one with the same lower bound.
 */
export function compareCounts(a: CasualtyCount, b: CasualtyCount): number {
  return a.min - b.min || (a.max ?? Infinity) - (b.max ?? Infinity);
}

/** The largest finite number a set of counts mentions (for scaling a chart), at least 1. */
export function countScaleMax(counts: readonly CasualtyCount[]): number {
  let max = 1;
  for (const c of counts) max = Math.max(max, c.min, c.max ?? c.min);
  return max;
}

/** How one count is drawn along a pixel axis (the map turns it radial, see `markSize.ts`). */
export interface CountBar {
  /** The solid part, from the axis start to the lowest figure. */
  solidEnd: number;
  /** A whisker from the lowest to the highest figure of a closed range, or null. */
  whisker: [number, number] | null;
  /** A fading tail after the lowest figure of an open-ended count ("dozens", "at least"). */
  fade: [number, number] | null;
  /** The figure is approximate ("around 1,000"): its end is drawn soft. */
  approximate: boolean;
}

/** Geometry of one count on a count scale; never collapses a range or open end into one number. */
export function countBar(
  count: CasualtyCount,
  x: (n: number) => number,
  fadeLength = 48,
): CountBar {
  const solidEnd = x(count.min);
  if (count.max === null) {
    return {
      solidEnd,
      whisker: null,
      fade: [solidEnd, solidEnd + fadeLength],
      approximate: count.approximate,
    };
  }
  if (count.max > count.min) {
    return {
      solidEnd,
      whisker: [solidEnd, x(count.max)],
      fade: null,
      approximate: count.approximate,
    };
  }
  return { solidEnd, whisker: null, fade: null, approximate: count.approximate };
}
