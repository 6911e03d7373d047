import { Fragment, type ReactNode } from 'react';
import { t, type MessageKey, type MessageValues } from '../i18n/i18n';

/** Marks a slot in the message text: private-use characters, which no message or data holds. */
const SLOT_START = '\u{E000}';
const SLOT_END = '\u{E001}';
const SLOT_PATTERN = new RegExp(`${SLOT_START}(\\d+)${SLOT_END}`);

/**
 * A message with elements in it (a link, bold words): `slots` names the placeholders that take an
 * element, so the translation decides where each goes ("Did you mean {event}?", "Mente du
 * {event}?"). The other placeholders take `values`, as with `t`.
 */
export function richMessage(
  key: MessageKey,
  slots: Record<string, ReactNode>,
  values: MessageValues = {},
): ReactNode {
  const names = Object.keys(slots);
  const marks = Object.fromEntries(names.map((name, i) => [name, `${SLOT_START}${i}${SLOT_END}`]));
  const pieces = t(key, { ...values, ...marks }).split(SLOT_PATTERN);
  // split() with a capture group alternates: text, slot number, text, slot number, …, text.
  return pieces.map((piece, i) => {
    if (i % 2 === 0) return piece === '' ? null : <Fragment key={i}>{piece}</Fragment>;
    const name = names[Number(piece)];
    return <Fragment key={i}>{name === undefined ? null : slots[name]}</Fragment>;
  });
}
