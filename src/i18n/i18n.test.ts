import { afterEach, describe, expect, it } from 'vitest';
import { formatShortList, loadLanguage } from './i18n';

afterEach(() => loadLanguage('en'));

describe('formatShortList', () => {
  it('lists names the active language’s short way, and follows a change of language', async () => {
    expect(formatShortList(['Almaty', 'Aktobe', 'Astana'])).toBe(
      new Intl.ListFormat('en', { type: 'unit', style: 'short' }).format([
        'Almaty',
        'Aktobe',
        'Astana',
      ]),
    );
    await loadLanguage('nb');
    expect(formatShortList(['Almaty', 'Aktobe'])).toBe(
      new Intl.ListFormat('nb', { type: 'unit', style: 'short' }).format(['Almaty', 'Aktobe']),
    );
    expect(formatShortList([])).toBe('');
  });
});
