/**
 * Checks on ids across a shape-valid dataset: ids unique within each list, every reference naming
 * something that exists, and no place lying (through `within`) inside itself.
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

/** Duplicate ids, references to missing ids, and `within` cycles, each with where and which ids. */
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
