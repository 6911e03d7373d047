import fc from 'fast-check';
import type leven from 'leven';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { documentOf, messagesAt } from './testDataset';
import { HINT_MAX_KEY_LENGTH, HINT_MAX_KEYS, closestField, knownFieldsAt } from './knownFields';
import { validateDataset } from './validate';

/** Every call to the edit distance, with the lengths of what it compared. */
const work = vi.hoisted(() => ({ calls: 0, longest: 0 }));

vi.mock('leven', async (importOriginal) => {
  const actual = await importOriginal<{ default: typeof leven }>();
  return {
    default: (first: string, second: string, options?: { maxDistance?: number }) => {
      work.calls += 1;
      work.longest = Math.max(work.longest, first.length, second.length);
      return actual.default(first, second, options);
    },
  };
});

beforeEach(() => {
  work.calls = 0;
  work.longest = 0;
});

const allFields = [...new Set(knownFieldsAt(['events', 0]).concat(knownFieldsAt([])))];
const longestField = Math.max(...allFields.map((field) => field.length));

function problemsWith(extra: Record<string, unknown>) {
  const result = validateDataset({ ...documentOf(), ...extra });
  return result.ok ? [] : result.problems;
}

describe('unknown-field hints are bounded', () => {
  it('a 10 MB field name is reported at once, without a suggestion', () => {
    const problems = problemsWith({ ['k'.repeat(10_000_000)]: 1 });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^unknown field "k{57}…" \(allowed fields: format, id/);
    expect(work.longest).toBeLessThanOrEqual(longestField);
  });

  it('100,000 unknown fields give 100,000 problems, and only the first few get hints', () => {
    const keys = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`titel${i}`, i]));
    const problems = problemsWith(keys);
    expect(problems).toHaveLength(100_000);
    const hinted = problems.filter((p) => p.message.includes('('));
    expect(hinted).toHaveLength(HINT_MAX_KEYS);
    expect(problems.at(-1)?.message).toBe('unknown field "titel99999"');
    expect(work.calls).toBeLessThanOrEqual(HINT_MAX_KEYS * allFields.length);
  });

  it('still suggests the field a short typo meant', () => {
    expect(messagesAt(problemsWith({ titel: 'x' }), '(document)')).toEqual([
      'unknown field "titel" (did you mean "title"?)',
    ]);
    expect(closestField('Summary', allFields)).toBe('summary');
    expect(closestField('x'.repeat(HINT_MAX_KEY_LENGTH + 1), allFields)).toBeUndefined();
  });

  it('over any number of keys of any length, compares at most the documented amount', () => {
    const key = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc
        .tuple(fc.string({ minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 200_000 }))
        .map(([unit, times]) => unit.repeat(times)),
    );
    fc.assert(
      fc.property(fc.uniqueArray(key, { maxLength: 400 }), fc.nat(2_000), (keys, filler) => {
        work.calls = 0;
        work.longest = 0;
        const extra = Object.fromEntries(
          [...keys, ...Array.from({ length: filler }, (_, i) => `zz${i}`)].map((k) => [`x${k}`, 1]),
        );
        const problems = problemsWith(extra);
        expect(problems.length).toBe(Object.keys(extra).length);
        // The work is bounded by the limits, not by the document: at most HINT_MAX_KEYS searches
        // over the allowed fields, each comparing strings no longer than HINT_MAX_KEY_LENGTH.
        expect(work.calls).toBeLessThanOrEqual(HINT_MAX_KEYS * allFields.length);
        expect(work.longest).toBeLessThanOrEqual(Math.max(HINT_MAX_KEY_LENGTH, longestField));
      }),
      { numRuns: 40 },
    );
  });
});
