/**
 * Pseudo-localisation of compiled Lingui messages: every letter of the words a reader sees is
 * swapped for an accented one, and each message grows by 40% (a padding of "·" inside brackets),
 * so a string that skips the catalog shows plainly unaccented and a box too tight for a longer
 * language cuts the padding. Placeholders, plural and select structure are kept as they are.
 */
import type { Messages } from '@lingui/core';
import type { CompiledMessage, CompiledMessageToken } from '@lingui/message-utils/compileMessage';

const ACCENTED: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'đ',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Đ',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** How much longer a pseudo message is than its English one. */
export const PSEUDO_GROWTH = 0.4;

/** The text accented, letter by letter. */
export function accent(text: string): string {
  return text.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter] ?? letter);
}

type Choices = Record<string, CompiledMessage>;

function choicesOf(token: CompiledMessageToken): Choices | null {
  return Array.isArray(token) && token.length === 3 && typeof token[2] === 'object'
    ? (token[2] as Choices)
    : null;
}

/** A choice's branches, without its `offset`. */
function branchesOf(choices: Choices): [string, CompiledMessage][] {
  return Object.entries(choices).filter((entry): entry is [string, CompiledMessage] =>
    Array.isArray(entry[1]),
  );
}

function textLength(message: CompiledMessage): number {
  return message.reduce<number>((sum, token) => {
    if (typeof token === 'string') return sum + (token === '#' ? 0 : token.length);
    const choices = choicesOf(token);
    // A plural or select: count its longest branch, which is what a box must fit.
    return choices ? sum + Math.max(0, ...branchesOf(choices).map(([, b]) => textLength(b))) : sum;
  }, 0);
}

function accentTokens(message: CompiledMessage): CompiledMessage {
  return message.map((token): CompiledMessageToken => {
    if (typeof token === 'string') return token === '#' ? token : accent(token);
    const choices = choicesOf(token);
    if (!choices) return token;
    const accented = Object.fromEntries(
      Object.entries(choices).map(([name, branch]) => [
        name,
        Array.isArray(branch) ? accentTokens(branch) : branch,
      ]),
    );
    return [token[0], token[1], accented] as CompiledMessageToken;
  });
}

/** Every message accented and padded by `PSEUDO_GROWTH` of its text's length. */
export function pseudoMessages(messages: Messages): Messages {
  const out: Messages = {};
  for (const [key, message] of Object.entries(messages)) {
    const compiled = typeof message === 'string' ? [message] : message;
    const padding = '·'.repeat(Math.ceil(textLength(compiled) * PSEUDO_GROWTH));
    out[key] = ['[', ...accentTokens(compiled), padding === '' ? ']' : ` ${padding}]`];
  }
  return out;
}
