/**
 * Wording for validation problems: readable paths, descriptions of found values, and zod issues
 * turned into messages that say where, what was expected and what was found.
 */
import type { z } from 'zod';
import { intlLocale, t } from '../i18n/i18n';
import { unknownFieldHints } from './knownFields';
import { hasVisibleCharacter } from './textRules';
import { DOCUMENT_PATH, type ValidationProblem } from './validationProblem';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A readable JSON path such as `events[3].casualties[0].count.max`; `(document)` for the root. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') {
      text += `[${segment}]`;
    } else {
      const key = String(segment);
      if (!IDENTIFIER.test(key)) text += `[${JSON.stringify(key)}]`;
      else text += text === '' ? key : `.${key}`;
    }
  }
  return text === '' ? DOCUMENT_PATH : text;
}

/** Invisible format characters (zero-width, direction controls, soft hyphen) and line separators. */
const INVISIBLE = /[\p{Cf}\p{Zl}\p{Zp}]/gu;

function escapeInvisible(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  const hex = code.toString(16).toUpperCase();
  return code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
}

/**
 * A string in double quotes, shortened when long: `"almaty"`. Invisible characters are written
 * as escapes (`"Reuters\u202E (fake)"`), so a message never hides or reverses what it quotes.
 */
export function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text).replace(
    INVISIBLE,
    escapeInvisible,
  );
}

/** How long an event's title may be in a message before it is cut short. */
const LABEL_TITLE_LENGTH = 40;

/**
 * How a message names an event: `event "akimat-stormed" (Protesters storm the akimat)`, the title
 * cut short when long and its invisible characters escaped; without a title, just the id.
 */
export function eventLabel(id: string, title?: unknown): string {
  if (typeof title !== 'string' || !hasVisibleCharacter(title)) {
    return t('validation.event', { id: quote(id) });
  }
  let short = title;
  if (title.length > LABEL_TITLE_LENGTH) {
    const cut = title.slice(0, LABEL_TITLE_LENGTH);
    // At a word's end when there is one in the second half, so no word is cut in two.
    const space = cut.lastIndexOf(' ');
    short = `${(space > LABEL_TITLE_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
  }
  return t('validation.eventWithTitle', {
    id: quote(id),
    title: short.replace(INVISIBLE, escapeInvisible),
  });
}

/** What a value is, for "got …": `"week"`, `-3`, `true`, `null`, `an empty list`, `an object`. */
export function describeFound(value: unknown): string {
  if (value === undefined) return t('validation.found.nothing');
  if (value === null) return 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return t('validation.found.emptyList');
    return t('validation.found.list', { count: value.length });
  }
  return typeof value === 'object'
    ? t('validation.found.object')
    : t('validation.found.other', { type: typeof value });
}

/** A value's JSON type, with the value when short: `a number (5)`, `a string ("x")`, `null`. */
export function describeType(value: unknown): string {
  if (typeof value === 'string') return t('validation.type.string', { value: quote(value) });
  if (typeof value === 'number') return t('validation.type.number', { value: String(value) });
  if (typeof value === 'boolean') return t('validation.type.boolean', { value: String(value) });
  if (Array.isArray(value)) return t('validation.type.array');
  return describeFound(value);
}

/** The words for a type zod expected ("a whole number"), or the type's own name. */
function expectedType(type: string): string {
  switch (type) {
    case 'string':
    case 'number':
    case 'int':
    case 'boolean':
    case 'object':
    case 'array':
      return t(`validation.expected.${type}`);
    case 'tuple':
      return t('validation.expected.array');
    default:
      return type;
  }
}

function safeHasOwn(value: unknown, key: PropertyKey): boolean {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key);
}

/** True when `path` names an object field that is absent from `root`. */
function isMissingField(root: unknown, path: readonly PropertyKey[]): boolean {
  const key = path[path.length - 1];
  if (typeof key !== 'string') return false;
  let parent: unknown = root;
  for (const segment of path.slice(0, -1)) {
    if (!safeHasOwn(parent, segment)) return false;
    parent = (parent as Record<PropertyKey, unknown>)[segment];
  }
  return (
    typeof parent === 'object' &&
    parent !== null &&
    !Array.isArray(parent) &&
    !Object.hasOwn(parent, key)
  );
}

/** Zod's own wording (as opposed to a message written in schema.ts) starts like this. */
const ZOD_DEFAULT_MESSAGE = /^(Too small|Too big|Invalid|Unrecognized)/;

function ownMessage(issue: z.core.$ZodIssue, fallback: string): string {
  return ZOD_DEFAULT_MESSAGE.test(issue.message) ? fallback : issue.message;
}

function sizeOf(value: unknown): number | undefined {
  if (typeof value === 'string' || Array.isArray(value)) return value.length;
  return undefined;
}

function boundMessage(
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
  bound: number | bigint,
): string {
  const small = issue.code === 'too_small';
  const found = describeFound(issue.input);
  if (issue.origin === 'number' || issue.origin === 'int') {
    if (small && bound === 0 && issue.inclusive !== false) {
      return t('validation.bound.notNegative', { found });
    }
    const relation = small
      ? issue.inclusive === false
        ? 'greater'
        : 'atLeast'
      : issue.inclusive === false
        ? 'less'
        : 'atMost';
    return t('validation.bound.number', { relation, bound: String(bound), found });
  }
  const unit = issue.origin === 'string' ? 'characters' : 'items';
  const size = sizeOf(issue.input);
  const values = { side: small ? 'atLeast' : 'atMost', bound: String(bound), unit };
  const fallback =
    size === undefined
      ? t('validation.bound.size', { ...values, found })
      : t('validation.bound.sizeGot', { ...values, size: String(size) });
  return ZOD_DEFAULT_MESSAGE.test(issue.message)
    ? fallback
    : t('validation.withFound', { message: issue.message, found });
}

function issueMessages(
  issue: z.core.$ZodIssue,
  input: unknown,
  fieldHint: (path: readonly PropertyKey[], key: string) => string,
): string[] {
  if (
    issue.code !== 'unrecognized_keys' &&
    issue.code !== 'custom' &&
    isMissingField(input, issue.path)
  ) {
    return [t('validation.requiredMissing')];
  }
  const found = describeFound(issue.input);
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.path.length === 0) {
        return [t('validation.expectedDatasetObject', { found: describeType(issue.input) })];
      }
      const expected = expectedType(issue.expected);
      if (typeof issue.input === 'number' && !Number.isFinite(issue.input)) {
        // JSON's 1e999 parses as Infinity: a number, but not one that can be used.
        return [t('validation.numberTooLarge', { expected, value: String(issue.input) })];
      }
      return [t('validation.expectedFound', { expected, found: describeType(issue.input) })];
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => (typeof v === 'string' ? quote(v) : String(v)));
      const expected =
        values.length === 1
          ? (values[0] ?? t('validation.listedValue'))
          : t('validation.oneOf', { values: values.join(', ') });
      const formatHint = issue.path.length === 1 && issue.path[0] === 'format';
      return [
        formatHint
          ? t('validation.expectedFormatVersion', { expected, found })
          : t('validation.expectedFound', { expected, found }),
      ];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        t('validation.unknownField', { field: quote(key), hint: fieldHint(issue.path, key) }),
      );
    case 'too_small':
      return [boundMessage(issue, issue.minimum)];
    case 'too_big':
      return [boundMessage(issue, issue.maximum)];
    case 'invalid_format':
      return [
        t('validation.withFound', {
          message: ownMessage(issue, t('validation.wrongFormat')),
          found,
        }),
      ];
    case 'custom':
      return [t('validation.withFound', { message: issue.message, found })];
    default:
      return [issue.message];
  }
}

/** How a value of a type is written, for "expected text or an object". */
function writtenAs(type: string): string {
  switch (type) {
    case 'string':
      return t('validation.writtenAs.string');
    case 'object':
    case 'array':
    case 'number':
    case 'boolean':
      return t(`validation.expected.${type}`);
    default:
      return type;
  }
}

/**
 * A union's issue as the issues of the member the value was meant for: the member whose issues are
 * not "wrong type" at the value itself (a time written as an object is checked as the object form,
 * not also as text). When the value fits no member's type, one issue says which types would do.
 */
function unionBranchIssues(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union') return [issue];
  const branches = issue.errors.filter(
    (branch) => !branch.every((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
  );
  const chosen = branches[0];
  if (branches.length === 1 && chosen) {
    return chosen
      .map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }))
      .flatMap(unionBranchIssues);
  }
  const expected = issue.errors.flatMap((branch) =>
    branch.flatMap((inner) => (inner.code === 'invalid_type' ? [inner.expected] : [])),
  );
  const words = [...new Set(expected)].map(writtenAs);
  return [
    {
      code: 'custom',
      path: issue.path,
      input: issue.input,
      message:
        words.length > 0
          ? t('validation.expectedOneForm', {
              forms: new Intl.ListFormat(intlLocale(), { type: 'disjunction' }).format(words),
            })
          : t('validation.expectedAnotherForm'),
    },
  ];
}

/**
 * Zod issues as problems, in document order. When a value fails its format pattern, the calendar
 * refinement on the same value ("impossible date") is dropped: one clear message per mistake.
 */
export function zodIssueProblems(
  rawIssues: readonly z.core.$ZodIssue[],
  input: unknown,
  fieldHints: (path: readonly PropertyKey[], key: string) => string = unknownFieldHints(),
): ValidationProblem[] {
  const issues = rawIssues.flatMap(unionBranchIssues);
  const badFormat = new Set(
    issues.filter((issue) => issue.code === 'invalid_format').map((i) => formatPath(i.path)),
  );
  return issues
    .filter((issue) => issue.code !== 'custom' || !badFormat.has(formatPath(issue.path)))
    .flatMap((issue) =>
      issueMessages(issue, input, fieldHints).map((message) => ({
        path: formatPath(issue.path),
        message,
      })),
    );
}
