import { describe, expect, it } from 'vitest';
import { languageName, sourceFacts } from './sourceFacts';

const nameOf = (id: string) => (id === 'ap' ? 'Associated Press (AP)' : id);

describe('sourceFacts', () => {
  it('gives outlet, date on its own clock, language and the source it copies', () => {
    const facts = sourceFacts(
      {
        id: 'copy',
        name: 'A copy',
        kind: 'other',
        outlet: 'Premium Times',
        url: 'https://example.org/a',
        date: '2022-01-05T14:00+05:00',
        language: 'en',
        copyOf: 'ap',
      },
      'Asia/Almaty',
      nameOf,
    );
    expect(facts).toEqual({
      href: 'https://example.org/a',
      facts: [
        'Premium Times',
        '5 Jan 2022, 14:00 (UTC+05:00)',
        'English',
        'copy of Associated Press (AP)',
      ],
      noLink: null,
    });
  });

  it('keeps only http(s) links, and says why there is none', () => {
    const unlinked = sourceFacts(
      { id: 'a', name: 'A', kind: 'newspaper', noLink: 'No public link found: searched.' },
      'UTC',
      nameOf,
    );
    expect(unlinked).toEqual({
      href: undefined,
      facts: [],
      noLink: 'No public link found: searched.',
    });
    expect(
      sourceFacts({ id: 'b', name: 'B', kind: 'other', url: 'javascript:alert(1)' }, 'UTC', nameOf)
        .href,
    ).toBeUndefined();
  });

  it('names languages in English', () => {
    expect(languageName('nb')).toBe('Norwegian Bokmål');
    expect(languageName('ru')).toBe('Russian');
  });
});
