/** docs/data-format.md stays true to the schema: its example is valid, and it names every field and value. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeValidDataset } from './fixtures';
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
  it('ends with a complete example that is valid and equals the test fixture', () => {
    const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
    const example: unknown = JSON.parse(blocks[blocks.length - 1] ?? '');
    const result = validateDataset(example);
    expect(result.ok ? '' : formatProblems(result.problems)).toBe('');
    expect(example).toEqual(makeValidDataset());
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
