/**
 * Checks on ids across a shape-valid dataset: ids unique within each list, every reference naming
 * something that exists, no place lying (through `within`) inside itself, and no actor belonging
 * (through `memberOf`) to itself.
 */
import type { Dataset } from './schema';
import type { ValidationProblem } from './validate';
import { formatPath, quote } from './validationMessages';

type Collection = 'actors' | 'locations' | 'sources' | 'events';

const SINGULAR: Record<Collection, string> = {
  actors: 'actor',
  locations: 'location',
  sources: 'source',
  events: 'event',
};

/** The position of each id's first use; later uses are reported as duplicates. */
function indexIds(
  items: readonly { id: string }[],
  collection: Collection,
  problems: ValidationProblem[],
): Map<string, number> {
  const first = new Map<string, number>();
  items.forEach((item, index) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) {
      first.set(item.id, index);
      return;
    }
    problems.push({
      path: formatPath([collection, index, 'id']),
      message: `duplicate id ${quote(item.id)}: ${collection}[${earlier}] and ${collection}[${index}] both use it; ids must be unique within ${collection}`,
    });
  });
  return first;
}

function checkLocationCycles(
  locations: Dataset['locations'],
  ids: Map<string, number>,
  problems: ValidationProblem[],
): void {
  const reported = new Set<string>();
  locations.forEach((location, index) => {
    const chain = [location.id];
    const seen = new Set(chain);
    let next = location.within;
    while (next !== undefined) {
      chain.push(next);
      if (seen.has(next)) break;
      seen.add(next);
      const position = ids.get(next);
      next = position === undefined ? undefined : locations[position]?.within;
    }
    if (chain.length < 2 || chain[chain.length - 1] !== location.id) return;
    if (reported.has(location.id)) return;
    chain.forEach((id) => reported.add(id));
    problems.push({
      path: formatPath(['locations', index, 'within']),
      message: `"within" goes round in a circle: ${chain.map(quote).join(' → ')}; a place cannot lie within itself`,
    });
  });
}

/**
 * `memberOf` cycles ("a" member of "b", "b" member of "a"), each reported once, at the actor of the
 * cycle that comes first in the document, with the whole circle. A depth-first walk without
 * recursion, so a chain of 100,000 actors cannot overflow the stack.
 */
function checkMemberCycles(
  actors: Dataset['actors'],
  ids: Map<string, number>,
  problems: ValidationProblem[],
): void {
  const DONE = 2;
  const ON_PATH = 1;
  const state = new Uint8Array(actors.length);
  const cycles: number[][] = [];
  const groupsOf = (a: number) =>
    (actors[a]?.memberOf ?? []).map((id) => ids.get(id)).filter((g) => g !== undefined);
  for (let root = 0; root < actors.length; root++) {
    if (state[root] !== 0) continue;
    const path: { actor: number; next: number; groups: number[] }[] = [];
    const enter = (actor: number) => {
      state[actor] = ON_PATH;
      path.push({ actor, next: 0, groups: groupsOf(actor) });
    };
    enter(root);
    while (path.length > 0) {
      const top = path[path.length - 1];
      if (top === undefined) break;
      const group = top.groups[top.next];
      top.next += 1;
      if (group === undefined) {
        state[top.actor] = DONE;
        path.pop();
      } else if (state[group] === ON_PATH) {
        cycles.push(path.slice(path.findIndex((step) => step.actor === group)).map((s) => s.actor));
      } else if (state[group] === 0) {
        enter(group);
      }
    }
  }
  for (const cycle of cycles) {
    // Start the circle at its earliest actor, as the reader will find it in the file.
    const first = cycle.indexOf(Math.min(...cycle));
    const circle = [...cycle.slice(first), ...cycle.slice(0, first)];
    const [start] = circle;
    const next = circle[1 % circle.length];
    const actor = start === undefined ? undefined : actors[start];
    const nextActor = next === undefined ? undefined : actors[next];
    if (start === undefined || actor === undefined || nextActor === undefined) continue;
    const names = [...circle, start].map((a) => quote(actors[a]?.id ?? ''));
    problems.push({
      path: formatPath(['actors', start, 'memberOf', actor.memberOf?.indexOf(nextActor.id) ?? 0]),
      message: `"memberOf" goes round in a circle: ${names.join(' → ')}; an actor cannot belong to itself`,
    });
  }
}

/** Duplicate ids, references to missing ids, and `within` and `memberOf` cycles, each with where and which ids. */
export function referenceProblems(dataset: Dataset): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const ids: Record<Collection, Map<string, number>> = {
    actors: indexIds(dataset.actors, 'actors', problems),
    locations: indexIds(dataset.locations, 'locations', problems),
    sources: indexIds(dataset.sources, 'sources', problems),
    events: indexIds(dataset.events, 'events', problems),
  };
  const expect = (
    path: PropertyKey[],
    referrer: string,
    collection: Collection,
    id: string,
    hint = '',
  ) => {
    if (ids[collection].has(id)) return;
    problems.push({
      path: formatPath(path),
      message: `${referrer} refers to ${SINGULAR[collection]} ${quote(id)}, which is not in ${collection}${hint}`,
    });
  };

  expect(
    ['published', 'source'],
    'the publication ("published")',
    'sources',
    dataset.published.source,
  );
  dataset.actors.forEach((actor, a) => {
    actor.memberOf?.forEach((id, m) => {
      expect(['actors', a, 'memberOf', m], `actor ${quote(actor.id)}`, 'actors', id);
    });
  });
  dataset.locations.forEach((location, l) => {
    if (location.within === undefined) return;
    expect(
      ['locations', l, 'within'],
      `location ${quote(location.id)}`,
      'locations',
      location.within,
    );
  });
  checkLocationCycles(dataset.locations, ids.locations, problems);
  checkMemberCycles(dataset.actors, ids.actors, problems);

  dataset.events.forEach((event, e) => {
    const who = `event ${quote(event.id)}`;
    event.actors.forEach((entry, a) => {
      expect(['events', e, 'actors', a, 'actor'], who, 'actors', entry.actor);
    });
    event.locations.forEach((id, l) => {
      expect(['events', e, 'locations', l], who, 'locations', id);
    });
    event.casualties.forEach((casualty, c) => {
      const at = ['events', e, 'casualties', c];
      if (casualty.group !== 'unspecified') {
        const hint = ' (use an actor id, or "unspecified" when the source does not say who)';
        expect([...at, 'group'], who, 'actors', casualty.group, hint);
      }
      if (casualty.claimedBy !== null) {
        expect([...at, 'claimedBy'], who, 'actors', casualty.claimedBy);
      }
      casualty.sources.forEach((id, s) => {
        expect([...at, 'sources', s], who, 'sources', id);
      });
    });
    event.citations.forEach((citation, c) => {
      expect(['events', e, 'citations', c, 'source'], who, 'sources', citation.source);
      citation.via?.forEach((id, v) => {
        expect(['events', e, 'citations', c, 'via', v], who, 'sources', id);
      });
    });
  });
  return problems;
}
