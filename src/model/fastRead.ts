/**
 * A faster way through the format's zod schemas for items that are valid, which is nearly all of
 * them: at 100,000 events zod/mini's own parse takes 3–4 s in the worker, most of it the payload
 * and issue objects it makes for every value and the garbage collection of them.
 *
 * `fastReader(schema)` walks the schema's definition once and returns a function that reads a
 * value into the same output zod would give (defaults filled in, shorthands written out, text
 * trimmed, keys in the schema's order), running the schema's own checks, refinements and
 * transforms, so nothing about the format is written a second time here. Where zod would report a
 * problem, or where this reader is not sure it would agree with zod (an explicit `undefined`, a
 * kind of schema it does not know), it gives `NOT_READ` and the caller asks zod, which gives the
 * messages. It never accepts what zod rejects, and never reads a value differently: tested against
 * zod over the bundled datasets, generated ones and random changes to them (fastRead.test.ts).
 */
import * as z from 'zod/mini';
import { isRecord } from './isRecord';

/** Given when this reader does not read a value: the caller asks zod for its result and messages. */
export const NOT_READ: unique symbol = Symbol('not read');

/** Reads a value into the schema's output, or gives NOT_READ. */
export type FastReader = (value: unknown) => unknown;

type Schema = z.core.$ZodType;
type Check = z.core.$ZodCheck<never>;

/** The readers made so far, one per schema. */
const made = new WeakMap<Schema, FastReader>();

/** The reader for `schema`, made once per schema. Its output is new objects and lists, as zod's. */
export function fastReader(schema: Schema): FastReader {
  let reader = made.get(schema);
  if (reader === undefined) {
    // Set before the parts are made, so a schema that contains itself does not recurse forever.
    let inner: FastReader = () => NOT_READ;
    made.set(schema, (value) => inner(value));
    inner = withChecks(schema, typeReader(schema));
    made.set(schema, inner);
    reader = inner;
  }
  return reader;
}

/** The schema's own result through zod, for the kinds of schema this reader does not take apart. */
function throughZod(schema: Schema): FastReader {
  return (value) => {
    const result = z.safeParse(schema, value);
    return result.success ? result.data : NOT_READ;
  };
}

/**
 * The checks zod runs after a schema's type is read: the schema itself when it is also a check
 * (`z.int()`), then those added with `.check(…)`. Each runs as zod runs it, on a payload of its
 * own; any issue, or a check that would need waiting for, is NOT_READ.
 */
function withChecks(schema: Schema, read: FastReader): FastReader {
  const own = schema._zod.def.checks ?? [];
  const checks: Check[] = schema._zod.traits.has('$ZodCheck')
    ? [schema as unknown as Check, ...own]
    : [...own];
  if (checks.length === 0) return read;
  return (value) => {
    const typed = read(value);
    if (typed === NOT_READ) return NOT_READ;
    const payload: z.core.ParsePayload = { value: typed, issues: [] };
    for (const check of checks) {
      const when = check._zod.def.when;
      if (when !== undefined && !when(payload)) continue;
      const result = check._zod.check(payload as z.core.ParsePayload<never>);
      if (result instanceof Promise || payload.issues.length > 0) return NOT_READ;
    }
    return payload.value;
  };
}

/** A test that zod's schema needs to pass before anything else (a string, an object, a list). */
function kindTest(schema: Schema): ((value: unknown) => boolean) | undefined {
  const def = schema._zod.def;
  switch (def.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'object':
      return isRecord;
    case 'array':
    case 'tuple':
      return Array.isArray;
    case 'pipe':
      return kindTest((def as z.core.$ZodPipeDef).in);
    default:
      return undefined;
  }
}

function typeReader(schema: Schema): FastReader {
  const def = schema._zod.def;
  switch (def.type) {
    case 'string':
      return 'coerce' in def && def.coerce === true
        ? throughZod(schema)
        : (value) => (typeof value === 'string' ? value : NOT_READ);
    case 'number':
      return 'coerce' in def && def.coerce === true
        ? throughZod(schema)
        : (value) => (typeof value === 'number' && Number.isFinite(value) ? value : NOT_READ);
    case 'boolean':
      return 'coerce' in def && def.coerce === true
        ? throughZod(schema)
        : (value) => (typeof value === 'boolean' ? value : NOT_READ);
    case 'enum':
    case 'literal': {
      const values = schema._zod.values;
      if (values === undefined) return throughZod(schema);
      return (value) => (values.has(value as z.core.util.Primitive) ? value : NOT_READ);
    }
    case 'unknown':
      return (value) => value;
    case 'optional':
      return optionalReader(def as z.core.$ZodOptionalDef);
    case 'nullable': {
      const inner = fastReader((def as z.core.$ZodNullableDef).innerType);
      return (value) => (value === null ? null : inner(value));
    }
    case 'default':
      return defaultReader(def as z.core.$ZodDefaultDef);
    case 'array':
      return arrayReader(def as z.core.$ZodArrayDef);
    case 'tuple':
      return tupleReader(schema, def as z.core.$ZodTupleDef);
    case 'object':
      return objectReader(schema, def as z.core.$ZodObjectDef);
    case 'union':
      return unionReader(schema, def as z.core.$ZodUnionDef);
    case 'pipe':
      return pipeReader(schema, def as z.core.$ZodPipeDef);
    case 'transform':
      return transformReader(def as z.core.$ZodTransformDef);
    default:
      return throughZod(schema);
  }
}

function optionalReader(def: z.core.$ZodOptionalDef): FastReader {
  const inner = fastReader(def.innerType);
  // `optional(default(…))` fills in the default for absence: left to zod.
  const substitutes = def.innerType._zod.optin === 'defaulted';
  return (value) => {
    if (value !== undefined) return inner(value);
    return substitutes ? NOT_READ : undefined;
  };
}

function defaultReader(def: z.core.$ZodDefaultDef): FastReader {
  const inner = fastReader(def.innerType);
  return (value) => {
    // The getter gives a fresh copy each time, as zod's does: no two events share a default list.
    if (value === undefined) return def.defaultValue;
    const read = inner(value);
    return read === undefined ? def.defaultValue : read;
  };
}

function arrayReader(def: z.core.$ZodArrayDef): FastReader {
  const element = fastReader(def.element);
  return (value) => {
    if (!Array.isArray(value)) return NOT_READ;
    const read = new Array<unknown>(value.length);
    for (let index = 0; index < value.length; index++) {
      const item = element(value[index]);
      if (item === NOT_READ) return NOT_READ;
      read[index] = item;
    }
    return read;
  };
}

function tupleReader(schema: Schema, def: z.core.$ZodTupleDef): FastReader {
  const omittable = def.items.some(
    (item) => item._zod.optin !== undefined || item._zod.optout !== undefined,
  );
  if (def.rest !== null || omittable) return throughZod(schema);
  const items = def.items.map((item) => fastReader(item));
  return (value) => {
    if (!Array.isArray(value) || value.length !== items.length) return NOT_READ;
    const read: unknown[] = [];
    for (let index = 0; index < items.length; index++) {
      const item = (items[index] as FastReader)(value[index]);
      if (item === NOT_READ) return NOT_READ;
      read.push(item);
    }
    return read;
  };
}

/** How an object's field stands when its key is absent: left out, filled in, or a problem. */
type Absence = 'omit' | 'default' | 'problem';

function absenceOf(field: Schema): Absence {
  const { optin, optout } = field._zod;
  if (optin === 'optional' && optout === 'optional') return 'omit';
  if (optin === 'defaulted' && field._zod.def.type === 'default') return 'default';
  return 'problem';
}

function objectReader(schema: Schema, def: z.core.$ZodObjectDef): FastReader {
  const catchall = def.catchall;
  // A loose object keeps and checks unknown keys, and symbol keys are read apart: left to zod.
  const loose = catchall !== undefined && catchall._zod.def.type !== 'never';
  if (loose || Object.getOwnPropertySymbols(def.shape).length > 0) return throughZod(schema);
  const keys = Object.keys(def.shape).filter((key) => key !== '__proto__');
  // zod asks `key in value`, which a key every object inherits ("constructor") always passes.
  if (keys.some((key) => key in Object.prototype)) return throughZod(schema);
  const strict = catchall !== undefined;
  const fields = keys.map((key) => {
    const field = def.shape[key] as Schema;
    return { key, read: fastReader(field), absence: absenceOf(field) };
  });
  const positions = new Map(keys.map((key, position) => [key, position]));
  const known = new Set(Object.keys(def.shape));
  return (value) => {
    if (!isRecord(value)) return NOT_READ;
    // zod asks for each key of the schema whether it is `in` the value, which also finds keys on
    // its prototype; a value with a prototype of its own is left to it. The keys are read as
    // written (`for…in`, as zod looks for unknown ones), and put in the schema's order after.
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) return NOT_READ;
    const fieldValues = new Array<unknown>(fields.length);
    for (const key in value) {
      const position = positions.get(key);
      if (position === undefined) {
        if (strict || known.has(key)) return NOT_READ;
        continue;
      }
      const written = value[key];
      // Written as undefined (not possible in JSON): zod keeps the key; left to it.
      if (written === undefined) return NOT_READ;
      const field = (fields[position] as (typeof fields)[number]).read(written);
      if (field === NOT_READ || field === undefined) return NOT_READ;
      fieldValues[position] = field;
    }
    const read: Record<string, unknown> = {};
    for (let position = 0; position < fields.length; position++) {
      const { key, read: readField, absence } = fields[position] as (typeof fields)[number];
      let field = fieldValues[position];
      if (field === undefined) {
        if (absence === 'omit') continue;
        if (absence === 'problem') return NOT_READ;
        field = readField(undefined);
        if (field === NOT_READ || field === undefined) return NOT_READ;
      }
      read[key] = field;
    }
    return read;
  };
}

function unionReader(schema: Schema, def: z.core.$ZodUnionDef): FastReader {
  // An exclusive or a discriminated union chooses its option otherwise: left to zod.
  if (def.inclusive === false || 'discriminator' in def) return throughZod(schema);
  const options = def.options.map((option) => ({
    test: kindTest(option),
    read: fastReader(option),
  }));
  return (value) => {
    // zod takes the first option that reads the value. An option is passed over only where zod
    // would surely fail it (the value is not even of its kind); one that this reader does not
    // read may still be zod's choice, so then zod is asked.
    for (const { test, read } of options) {
      if (test !== undefined && !test(value)) continue;
      return read(value);
    }
    return NOT_READ;
  };
}

function pipeReader(schema: Schema, def: z.core.$ZodPipeDef): FastReader {
  // A codec (a pipe with its own transform) is left to zod.
  if (def.transform !== undefined) return throughZod(schema);
  const first = fastReader(def.in);
  const then = fastReader(def.out);
  return (value) => {
    const read = first(value);
    return read === NOT_READ ? NOT_READ : then(read);
  };
}

function transformReader(def: z.core.$ZodTransformDef): FastReader {
  return (value) => {
    const payload: z.core.ParsePayload = { value, issues: [] };
    const read = def.transform(value, payload);
    if (read instanceof Promise || payload.issues.length > 0) return NOT_READ;
    return read;
  };
}
