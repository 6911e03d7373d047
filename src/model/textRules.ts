/**
 * What text in a dataset may hold: a length limit per kind of field, at least one visible
 * character, and no bidirectional control characters. Documented in docs/data-format.md ("Text
 * limits"). The limits keep a hostile file from putting megabytes into a heading or the page
 * title; the character rules keep a name from hiding ("\u200B") or from reading as something else
 * ("Reuters\u202E (fake)" displays reversed after the override).
 */
import * as z from 'zod/mini';
import { t } from '../i18n/i18n';
import { MAX_ID_LENGTH } from './vocabulary';

/** The most characters (UTF-16 code units) each kind of field may hold. */
export const TEXT_LIMITS = {
  /** Ids (slugs), which appear in links. */
  id: MAX_ID_LENGTH,
  /** The dataset's and each event's title. */
  title: 300,
  /** Names of actors, places and sources, local names and authors. */
  name: 200,
  /** The dataset's and each event's summary, and descriptions. */
  summary: 5_000,
  /** A citation's original quote and its translation. */
  quote: 5_000,
  /** Links to sources and citations. */
  url: 2_000,
  /** Everything else: how a date was established, roles, casualty figures in words. */
  text: 2_000,
} as const;

/** A kind of field with its own length limit. */
export type TextKind = keyof typeof TEXT_LIMITS;

/** A character that shows: not white space, not a control, not default-ignorable (zero-width). */
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Default_Ignorable_Code_Point}]/u;

/** True when `text` has at least one character a reader can see. */
export function hasVisibleCharacter(text: string): boolean {
  return VISIBLE.test(text);
}

/**
 * Bidirectional embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069). The marks
 * U+200E, U+200F and U+061C stay allowed: mixed-direction text needs them, and they reorder
 * nothing by themselves.
 */
const DIRECTION_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

/** True when `text` holds no character that changes the order in which text is displayed. */
export function hasNoDirectionControl(text: string): boolean {
  return !DIRECTION_CONTROL.test(text);
}

/** The message for text made only of invisible characters, in the active language. */
export const invisibleTextMessage = (): string => t('check.text.invisible');

/** The message for text with a direction override, embedding or isolate, in the active language. */
export const directionControlMessage = (): string => t('check.text.directionControl');

/**
 * A required text field of `kind`: trimmed, non-empty, within its limit, visible, no overrides.
 * The schema is built once, at load; its messages are functions, so each is looked up when the
 * issue is raised, in the language active then.
 */
export function textField(kind: Exclude<TextKind, 'id' | 'url'>) {
  return z.string().check(
    z.trim(),
    z.minLength(1, { error: () => t('check.text.empty') }),
    z.maxLength(TEXT_LIMITS[kind]),
    // Empty text already has its message; one message per mistake.
    z.refine((text) => text === '' || hasVisibleCharacter(text), { error: invisibleTextMessage }),
    z.refine(hasNoDirectionControl, { error: directionControlMessage }),
  );
}
