import { compileMessage } from '@lingui/message-utils/compileMessage';
import { setupI18n } from '@lingui/core';
import { describe, expect, it } from 'vitest';
import { PSEUDO_GROWTH, accent, pseudoMessages } from './pseudo';

function render(message: string, values?: Record<string, string | number>): string {
  const i18n = setupI18n({
    locale: 'en-XA',
    messages: { 'en-XA': pseudoMessages({ key: compileMessage(message) }) },
  });
  return i18n._('key', values);
}

describe('the pseudo-locale', () => {
  it('accents every letter and keeps the rest', () => {
    expect(accent('Share link, 2022!')).toBe('Šĥáŕé ļíñķ, 2022!');
  });

  it('brackets each message and makes it 40% longer', () => {
    const shown = render('Timeline');
    expect(shown).toBe('[Ţíɱéļíñé ····]');
    expect(shown.length).toBeGreaterThanOrEqual('Timeline'.length * (1 + PSEUDO_GROWTH));
  });

  it('keeps placeholders and plural forms working, with the values unaccented', () => {
    const message = '{count, plural, one {# event in {place}} other {# events in {place}}}';
    expect(render(message, { count: 1, place: 'Almaty' })).toBe('[1 éṽéñţ íñ Almaty ·····]');
    expect(render(message, { count: 3, place: 'Almaty' })).toBe('[3 éṽéñţš íñ Almaty ·····]');
  });
});
