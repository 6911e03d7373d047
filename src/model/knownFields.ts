/**
 * The fields the schema allows at a place in a dataset document, used to suggest a fix for a
 * misspelt field ("titel" → "title").
 */
import * as z from 'zod/mini';
import { Dataset } from './schema';

/**
 * The schema a value is checked against, seen through optional, nullable and default wrappers, a
 * pipe's input side, and (for a union of a shorthand and an object) the union's object member.
 */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (;;) {
    if (
      current instanceof z.core.$ZodOptional ||
      current instanceof z.core.$ZodNullable ||
      current instanceof z.core.$ZodDefault
    ) {
      current = current._zod.def.innerType;
    } else if (current instanceof z.core.$ZodPipe) {
      current = current._zod.def.in;
    } else if (current instanceof z.core.$ZodUnion) {
      const options: readonly z.core.$ZodType[] = current._zod.def.options;
      const structured = options.find(
        (option) => option instanceof z.core.$ZodObject || option instanceof z.core.$ZodArray,
      );
      if (!structured) return current;
      current = structured;
    } else {
      return current;
    }
  }
}

/** The field names allowed in the object at `path` of a dataset document; [] when not an object. */
export function knownFieldsAt(path: readonly PropertyKey[]): string[] {
  let schema = unwrap(Dataset);
  for (const segment of path) {
    if (schema instanceof z.core.$ZodObject && typeof segment === 'string') {
      const field: z.core.$ZodType | undefined = schema._zod.def.shape[segment];
      if (field === undefined) return [];
      schema = unwrap(field);
    } else if (schema instanceof z.core.$ZodArray && typeof segment === 'number') {
      schema = unwrap(schema._zod.def.element);
    } else {
      return [];
    }
  }
  return schema instanceof z.core.$ZodObject ? Object.keys(schema._zod.def.shape) : [];
}

/** Edits (insert, delete, substitute, swap two neighbours) to turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] ?? [];
    for (let j = 1; j <= b.length; j++) {
      const same = a[i - 1] === b[j - 1];
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (same ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** The allowed field closest in spelling to `key`, if any is close enough to be a likely typo. */
export function closestField(key: string, fields: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = (key.length <= 3 ? 1 : 2) + 1;
  for (const field of fields) {
    const distance = editDistance(key.toLowerCase(), field.toLowerCase());
    if (distance < bestDistance) {
      best = field;
      bestDistance = distance;
    }
  }
  return best;
}

/** The end of an "unknown field" message: a likely correction, or the list of allowed fields. */
export function unknownFieldHint(path: readonly PropertyKey[], key: string): string {
  if (key === '$schema') {
    return ' (objects are strict; link data/schema.json in your editor settings instead, see docs/data-format.md)';
  }
  const fields = knownFieldsAt(path);
  if (fields.length === 0) return '';
  const guess = closestField(key, fields);
  if (guess !== undefined) return ` (did you mean "${guess}"?)`;
  return ` (allowed fields: ${fields.join(', ')})`;
}
