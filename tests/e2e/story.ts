/**
 * The bundled story, read from its file, so that what the browser tests expect (how many events,
 * how many at a place, an event's title) follows the data as it grows.
 */
import { readFileSync } from 'node:fs';

interface StoryLocation {
  id: string;
  within?: string;
}

interface StoryEvent {
  id: string;
  title: string;
  /** The event's text in other languages (docs/data-format.md, "Text in other languages"). */
  translations?: Record<string, { title?: string }>;
  locations: string[];
  /** "later-reporting" for events only later reporting gives; the article's otherwise. */
  account?: string;
}

/** The parts of data/kazakhstan-2022-01.json the tests read. */
export const file = JSON.parse(readFileSync('data/kazakhstan-2022-01.json', 'utf8')) as {
  locations: StoryLocation[];
  events: StoryEvent[];
};

/**
 * The story as the app opens it: the article's account (the events later reporting adds are shown
 * only when a reader chooses the story with later reporting).
 */
export const story = {
  locations: file.locations,
  events: file.events.filter((e) => e.account !== 'later-reporting'),
};

/** How many events the story has in the article's account. */
export const EVENT_COUNT = story.events.length;

/** How many events the story has with later reporting. */
export const EVENT_COUNT_WITH_LATER = file.events.length;

/** True when place `id` is `ancestor` or lies within it (a city in a country, a building in a city). */
function isWithin(id: string, ancestor: string): boolean {
  const byId = new Map(story.locations.map((l) => [l.id, l]));
  for (let at: string | undefined = id; at !== undefined; at = byId.get(at)?.within) {
    if (at === ancestor) return true;
  }
  return false;
}

/** How many events happened at `placeId` or at a place within it, as the location filter counts. */
export function eventsAt(placeId: string): number {
  return story.events.filter((e) => e.locations.some((id) => isWithin(id, placeId))).length;
}

/** The title of the event `id`. */
export function titleOf(id: string): string {
  const found = story.events.find((e) => e.id === id);
  if (!found) throw new Error(`the story has no event ${id}`);
  return found.title;
}

/** `n events`, or `1 event`, as the app words a count. */
export function eventsText(n: number): string {
  return `${n} ${n === 1 ? 'event' : 'events'}`;
}

/** An event's title as a reader of `language` sees it: its translation, or the dataset's own. */
export function titleOfIn(id: string, language: string): string {
  const found = file.events.find((e) => e.id === id);
  if (!found) throw new Error(`the story has no event ${id}`);
  return found.translations?.[language]?.title ?? found.title;
}
