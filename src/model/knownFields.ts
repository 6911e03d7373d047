/**
 * The fields the schema allows at a place in a dataset document, used to suggest a fix for a
 * misspelt field ("titel" → "title").
 */
import leven from 'leven';
import * as z from 'zod/mini';
import { t } from '../i18n/i18n';
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

/**
 * Unknown field names longer than this get no spelling suggestion: the longest allowed field is far
 * shorter, so such a name is no typo, and comparing it would cost time in proportion to its length.
 */
export const HINT_MAX_KEY_LENGTH = 40;

/**
 * In one document, only the first this many unknown fields get a hint; the rest are still reported.
 * So a document of 100,000 unknown keys costs 100,000 short messages, not 100,000 searches.
 */
export const HINT_MAX_KEYS = 50;

/** The allowed field closest in spelling to `key`, if any is close enough to be a likely typo. */
export function closestField(key: string, fields: readonly string[]): string | undefined {
  if (key.length > HINT_MAX_KEY_LENGTH) return undefined;
  let best: string | undefined;
  // Only strictly nearer fields replace the best, so among equals the first listed wins.
  let limit = key.length <= 3 ? 1 : 2;
  for (const field of fields) {
    // leven stops at `maxDistance` and returns it, so a result of limit + 1 means "too far".
    const distance = leven(key.toLowerCase(), field.toLowerCase(), { maxDistance: limit + 1 });
    if (distance <= limit) {
      best = field;
      limit = distance - 1;
    }
  }
  return best;
}

/**
 * A function giving the end of each "unknown field" message of one document: a likely correction,
 * or the list of allowed fields. Past `HINT_MAX_KEYS` calls it gives nothing, and names longer
 * than `HINT_MAX_KEY_LENGTH` get the list, never a suggestion: the work is bounded whatever the
 * document holds.
 */
export function unknownFieldHints(): (path: readonly PropertyKey[], key: string) => string {
  let hinted = 0;
  return (path, key) => {
    if (hinted >= HINT_MAX_KEYS) return '';
    hinted += 1;
    if (key === '$schema') {
      return ` ${t('check.hint.schema')}`;
    }
    const fields = knownFieldsAt(path);
    if (fields.length === 0) return '';
    const guess = closestField(key, fields);
    // The space before the parenthesis: the hint ends `validation.unknownField`'s message.
    if (guess !== undefined) return ` ${t('check.hint.didYouMean', { field: `"${guess}"` })}`;
    return ` ${t('check.hint.allowed', { fields: fields.join(', ') })}`;
  };
}
