/**
 * Checks on ids across a shape-valid dataset: ids unique within each list (an event's former ids,
 * `aliases`, included), every reference naming something that exists, no place lying (through
 * `within`) inside itself, no actor belonging (through `memberOf`) to itself, a place without
 * coordinates lying within one that has them, and no event coming (through `after`) after itself.
 * Later reporting: every claim is about an event that exists and is made by at least one source;
 * a copy names the source it copies (not itself); a source with a link does not also say it has
 * none; an event of later reporting does not cite the article.
 */
import { t } from '../i18n/i18n';
import type { Casualty, Citation, ClaimRelation, Dataset } from './schema';
import {
  WHOLE_DOCUMENT,
  type CheckScope,
  type Collection,
  type ValidationProblem,
} from './validationProblem';
import { formatPath, quote } from './validationMessages';

/** Who refers to an id, when the message names it: the publication, or an item and its id. */
type Referrer =
  { kind: 'published' } | { kind: 'actor' | 'location' | 'source' | 'claim'; id: string };

/** The referrer in words: `actor "kassym-jomart-tokayev"`. */
function referrerWords(referrer: Referrer): string {
  if (referrer.kind === 'published') return t('check.referrer.published');
  const id = quote(referrer.id);
  switch (referrer.kind) {
    case 'actor':
      return t('check.referrer.actor', { id });
    case 'location':
      return t('check.referrer.location', { id });
    case 'source':
      return t('check.referrer.source', { id });
    case 'claim':
      return t('check.referrer.claim', { id });
  }
}

/** The position of each id's first use; later uses are reported as duplicates. */
function indexIds(
  items: readonly { id: string }[],
  collection: Collection,
  problems: ValidationProblem[],
  scope: CheckScope,
): Map<string, number> {
  const first = new Map<string, number>();
  items.forEach((item, index) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) {
      first.set(item.id, index);
      return;
    }
    const [a, b] = [scope.position(collection, earlier), scope.position(collection, index)];
    problems.push({
      path: formatPath([collection, b, 'id']),
      message: t('check.duplicateId', {
        id: quote(item.id),
        collection,
        first: String(a),
        second: String(b),
      }),
    });
  });
  return first;
}

function checkLocationCycles(
  locations: Dataset['locations'],
  ids: Map<string, number>,
  problems: ValidationProblem[],
  scope: CheckScope,
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
      path: formatPath(['locations', scope.position('locations', index), 'within']),
      message: t('check.withinCycle', { chain: chain.map(quote).join(' → ') }),
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
  scope: CheckScope,
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
      path: formatPath([
        'actors',
        scope.position('actors', start),
        'memberOf',
        actor.memberOf?.indexOf(nextActor.id) ?? 0,
      ]),
      message: t('check.memberOfCycle', { chain: names.join(' → ') }),
    });
  }
}

/**
 * Duplicate ids, references to missing ids, and `within` and `memberOf` cycles, each with where and
 * which ids. A problem inside an event does not name the event: the validator puts its name first.
 */
export function referenceProblems(
  dataset: Dataset,
  scope: CheckScope = WHOLE_DOCUMENT,
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const ids: Record<Collection, Map<string, number>> = {
    actors: indexIds(dataset.actors, 'actors', problems, scope),
    locations: indexIds(dataset.locations, 'locations', problems, scope),
    sources: indexIds(dataset.sources, 'sources', problems, scope),
    events: indexIds(dataset.events, 'events', problems, scope),
    claims: indexIds(dataset.claims ?? [], 'claims', problems, scope),
  };
  /** Reports `id` at `path` unless it is in `collection` (or is an item that could not be read). */
  const expect = (
    path: PropertyKey[],
    referrer: Referrer | undefined,
    collection: Collection,
    id: string,
    group = false,
  ) => {
    if (ids[collection].has(id) || scope.isUnread(collection, id)) return;
    const values = { collection, id: quote(id), group: group ? 'yes' : 'no' };
    problems.push({
      path: formatPath(path),
      message:
        referrer === undefined
          ? t('check.unknownReference', values)
          : t('check.unknownReferenceFrom', { ...values, referrer: referrerWords(referrer) }),
    });
  };

  if (dataset.published) {
    expect(['published', 'source'], { kind: 'published' }, 'sources', dataset.published.source);
  }
  dataset.actors.forEach((actor, index) => {
    const a = scope.position('actors', index);
    actor.memberOf?.forEach((id, m) => {
      expect(['actors', a, 'memberOf', m], { kind: 'actor', id: actor.id }, 'actors', id);
    });
  });
  dataset.locations.forEach((location, index) => {
    if (location.within === undefined) return;
    expect(
      ['locations', scope.position('locations', index), 'within'],
      { kind: 'location', id: location.id },
      'locations',
      location.within,
    );
  });
  checkLocationCycles(dataset.locations, ids.locations, problems, scope);
  checkUnplacedLocations(dataset.locations, ids.locations, problems, scope);
  checkAliases(dataset.events, ids.events, problems, scope);
  checkMemberCycles(dataset.actors, ids.actors, problems, scope);

  dataset.events.forEach((event, index) => {
    const e = scope.position('events', index);
    event.actors.forEach((entry, a) => {
      expect(['events', e, 'actors', a, 'actor'], undefined, 'actors', entry.actor);
    });
    event.locations.forEach((id, l) => {
      expect(['events', e, 'locations', l], undefined, 'locations', id);
    });
    event.casualties.forEach((casualty, c) => {
      expectCasualty(['events', e, 'casualties', c], undefined, casualty);
    });
    event.citations.forEach((citation, c) => {
      expectCitation(['events', e, 'citations', c], undefined, citation);
    });
    event.after?.forEach((id, a) => {
      const at = ['events', e, 'after', a];
      if (id === event.id) {
        problems.push({ path: formatPath(at), message: t('check.afterItself') });
      } else {
        expect(at, undefined, 'events', id);
      }
    });
  });
  checkAfterCycles(dataset.events, ids.events, problems, scope);

  dataset.sources.forEach((source, s) => {
    const at = ['sources', scope.position('sources', s)];
    if (source.copyOf === source.id) {
      problems.push({
        path: formatPath([...at, 'copyOf']),
        message: t('check.copyOfItself', { id: quote(source.id) }),
      });
    } else if (source.copyOf !== undefined) {
      expect([...at, 'copyOf'], { kind: 'source', id: source.id }, 'sources', source.copyOf);
    }
    if (source.url !== undefined && source.noLink !== undefined) {
      problems.push({
        path: formatPath([...at, 'noLink']),
        message: t('check.urlAndNoLink', { id: quote(source.id) }),
      });
    }
  });

  const article = dataset.published?.source;
  dataset.events.forEach((event, e) => {
    if (event.account !== 'later-reporting' || article === undefined) return;
    event.citations.forEach((citation, c) => {
      if (citation.source !== article) return;
      problems.push({
        path: formatPath(['events', scope.position('events', e), 'citations', c, 'source']),
        message: t('check.laterCitesArticle', { article: quote(article) }),
      });
    });
  });

  (dataset.claims ?? []).forEach((claim, k) => {
    const who: Referrer = { kind: 'claim', id: claim.id };
    const at = ['claims', scope.position('claims', k)];
    if (!ids.events.has(claim.event)) {
      problems.push({
        path: formatPath([...at, 'event']),
        message: t('check.claimUnknownEvent', {
          claim: quote(claim.id),
          event: quote(claim.event),
        }),
      });
    }
    if (claim.citations.length === 0) {
      problems.push({
        path: formatPath([...at, 'citations']),
        message: t('check.claimNoCitation', {
          claim: quote(claim.id),
          relation: RELATION_CHOICES[claim.relation],
        }),
      });
    }
    claim.locations?.forEach((id, l) => expect([...at, 'locations', l], who, 'locations', id));
    claim.actors?.forEach((entry, a) =>
      expect([...at, 'actors', a, 'actor'], who, 'actors', entry.actor),
    );
    claim.casualties?.forEach((casualty, c) =>
      expectCasualty([...at, 'casualties', c], who, casualty),
    );
    claim.citations.forEach((citation, c) =>
      expectCitation([...at, 'citations', c], who, citation),
    );
  });
  return problems;

  function expectCasualty(at: PropertyKey[], who: Referrer | undefined, casualty: Casualty): void {
    if (casualty.group !== 'unspecified') {
      expect([...at, 'group'], who, 'actors', casualty.group, true);
    }
    if (casualty.claimedBy !== null) {
      expect([...at, 'claimedBy'], who, 'actors', casualty.claimedBy);
    }
    casualty.sources.forEach((id, s) => {
      expect([...at, 'sources', s], who, 'sources', id);
    });
    casualty.withdrawn?.sources?.forEach((id, s) => {
      expect([...at, 'withdrawn', 'sources', s], who, 'sources', id);
    });
  }

  function expectCitation(at: PropertyKey[], who: Referrer | undefined, citation: Citation): void {
    expect([...at, 'source'], who, 'sources', citation.source);
    citation.via?.forEach((step, v) => {
      const stepAt = [...at, 'via', v];
      if (typeof step === 'string') expect(stepAt, who, 'sources', step);
      else step.forEach((id, p) => expect([...stepAt, p], who, 'sources', id));
    });
  }
}

/**
 * A claim's relation as the choice of `check.claimNoCitation`, whose words in each language say
 * how later reporting stands to the article ("contradicts", "is more precise than").
 */
const RELATION_CHOICES: Record<ClaimRelation, string> = {
  confirms: 'confirms',
  'more-precise': 'morePrecise',
  contradicts: 'contradicts',
  attribution: 'attribution',
  outcome: 'outcome',
};

/** A place without coordinates is shown where the place it lies within is, so it needs one that has them. */
function checkUnplacedLocations(
  locations: Dataset['locations'],
  ids: Map<string, number>,
  problems: ValidationProblem[],
  scope: CheckScope,
): void {
  locations.forEach((location, index) => {
    if (location.coordinates !== undefined) return;
    const seen = new Set([location.id]);
    for (let parent = location.within; parent !== undefined && !seen.has(parent);) {
      const found = locations[ids.get(parent) ?? -1];
      if (!found) return; // an unknown `within` is reported on its own
      if (found.coordinates !== undefined) return;
      seen.add(parent);
      parent = found.within;
    }
    problems.push({
      path: formatPath(['locations', scope.position('locations', index), 'coordinates']),
      message:
        location.within === undefined
          ? t('check.noCoordinates', { id: quote(location.id) })
          : t('check.noCoordinatesWithin', { id: quote(location.id) }),
    });
  });
}

/** Former ids (`aliases`) name one event each and never a current event id. */
function checkAliases(
  events: Dataset['events'],
  ids: Map<string, number>,
  problems: ValidationProblem[],
  scope: CheckScope,
): void {
  const owner = new Map<string, number>();
  events.forEach((event, e) => {
    event.aliases?.forEach((alias, a) => {
      const path = formatPath(['events', scope.position('events', e), 'aliases', a]);
      const current = ids.get(alias);
      if (current !== undefined) {
        problems.push({
          path,
          message: t('check.aliasInUse', {
            alias: quote(alias),
            index: String(scope.position('events', current)),
          }),
        });
        return;
      }
      const earlier = owner.get(alias);
      if (earlier !== undefined && earlier !== e) {
        problems.push({
          path,
          message: t('check.aliasTwice', {
            alias: quote(alias),
            first: String(scope.position('events', earlier)),
            second: String(scope.position('events', e)),
          }),
        });
        return;
      }
      owner.set(alias, e);
    });
  });
}

/** `after` must not go round in a circle (a after b after a). */
function checkAfterCycles(
  events: Dataset['events'],
  ids: Map<string, number>,
  problems: ValidationProblem[],
  scope: CheckScope,
): void {
  // Depth-first search with colours: 1 = on the current path, 2 = done.
  const colour = new Uint8Array(events.length);
  const reported = new Set<number>();
  for (let root = 0; root < events.length; root++) {
    if (colour[root] !== 0) continue;
    const stack: { node: number; next: number }[] = [{ node: root, next: 0 }];
    colour[root] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (!top) break;
      const after = events[top.node]?.after ?? [];
      if (top.next >= after.length) {
        colour[top.node] = 2;
        stack.pop();
        continue;
      }
      const target = ids.get(after[top.next] ?? '');
      top.next += 1;
      if (target === undefined || target === top.node) continue;
      if (colour[target] === 1) {
        const from = stack.findIndex((frame) => frame.node === target);
        const cycle = stack.slice(from).map((frame) => frame.node);
        if (cycle.some((node) => reported.has(node))) continue;
        cycle.forEach((node) => reported.add(node));
        const names = [...cycle, target].map((node) => quote(events[node]?.id ?? ''));
        problems.push({
          path: formatPath(['events', scope.position('events', top.node), 'after']),
          message: t('check.afterCycle', { chain: names.join(' → ') }),
        });
      } else if (colour[target] === 0) {
        colour[target] = 1;
        stack.push({ node: target, next: 0 });
      }
    }
  }
}
