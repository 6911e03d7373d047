/** docs/data-format.md stays true to the schema: its example is valid, and it names every field and value. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeTestDataset } from './testDataset';
import { knownFieldsAt } from './knownFields';
import {
  ACTOR_KINDS,
  CASUALTY_KINDS,
  CATEGORIES,
  LOCATION_KINDS,
  SOURCE_KINDS,
  TIME_PRECISIONS,
} from './schema';
import { formatProblems, validateDataset } from './validate';

// A path string, not a URL object: under jsdom, `URL` is not the one node:fs accepts.
const docPath = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'data-format.md');
const doc = readFileSync(docPath, 'utf8');

describe('docs/data-format.md', () => {
  it('ends with a complete example that is valid and is the start of the test dataset', () => {
    const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
    const example: unknown = JSON.parse(blocks[blocks.length - 1] ?? '');
    const result = validateDataset(example);
    expect(result.ok ? '' : formatProblems(result.problems)).toBe('');
    if (!result.ok) return;
    // The example is the test dataset cut short: the same story and the same first entries of
    // each list, so that the tests that break the dataset by position break what the doc shows.
    const dataset = makeTestDataset();
    const shown = result.dataset;
    expect(shown.events.length).toBeGreaterThan(0);
    expect(example).toEqual({
      ...dataset,
      actors: dataset.actors.slice(0, shown.actors.length),
      locations: dataset.locations.slice(0, shown.locations.length),
      sources: dataset.sources.slice(0, shown.sources.length),
      events: dataset.events.slice(0, shown.events.length),
    });
  });

  it('names every field of every object', () => {
    const objects = [
      [],
      ['published'],
      ['actors', 0],
      ['locations', 0],
      ['sources', 0],
      ['events', 0],
      ['events', 0, 'time'],
      ['events', 0, 'actors', 0],
      ['events', 0, 'casualties', 0],
      ['events', 0, 'casualties', 0, 'count'],
      ['events', 0, 'citations', 0],
      ['events', 0, 'citations', 0, 'quote'],
    ];
    const fields = objects.flatMap((path) => knownFieldsAt(path));
    expect(fields.length).toBeGreaterThan(50);
    expect(fields.filter((field) => !doc.includes(`\`${field}\``))).toEqual([]);
  });

  it('names every category, kind and precision', () => {
    const values = [
      ...CATEGORIES,
      ...ACTOR_KINDS,
      ...LOCATION_KINDS,
      ...SOURCE_KINDS,
      ...CASUALTY_KINDS,
      ...TIME_PRECISIONS,
    ];
    expect(values.filter((value) => !doc.includes(`\`${value}\``))).toEqual([]);
  });

  it('gives each category a line of its own in the category table', () => {
    expect(CATEGORIES.filter((category) => !doc.includes(`| \`${category}\``))).toEqual([]);
  });
});
