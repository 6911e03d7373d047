import { afterEach, describe, expect, it } from 'vitest';
import { loadLanguage } from '../i18n/i18n';
import { DEFAULT_VIEW_STATE } from '../state/viewState';
import { eventShareUrl } from './shareLink';

const state = { ...DEFAULT_VIEW_STATE, event: 'square-cleared', lanes: 'category' as const };

describe('eventShareUrl', () => {
  afterEach(() => loadLanguage('en'));

  it('gives the bundled story’s English share page, the rest of the view in its query', () => {
    const url = new URL(eventShareUrl(state, true, 'en'));
    expect(url.pathname).toMatch(/\/share\/square-cleared\.html$/);
    expect(url.searchParams.get('lanes')).toBe('category');
    expect(url.searchParams.has('event')).toBe(false);
  });

  it('gives the Norwegian share page from a Norwegian page, which carries the language itself', async () => {
    await loadLanguage('nb');
    const url = new URL(eventShareUrl({ ...state, language: 'nb' }, true));
    expect(url.pathname).toMatch(/\/share\/nb\/square-cleared\.html$/);
    expect(url.searchParams.has('lang')).toBe(false);
    expect(url.searchParams.get('lanes')).toBe('category');
  });

  it('keeps an English link’s lang=en, and gives other datasets the full view', () => {
    const english = new URL(eventShareUrl({ ...state, language: 'en' }, true, 'en'));
    expect(english.searchParams.get('lang')).toBe('en');
    const other = new URL(eventShareUrl(state, false, 'nb'));
    expect(other.pathname).not.toMatch(/share/);
    expect(other.searchParams.get('event')).toBe('square-cleared');
  });
});
