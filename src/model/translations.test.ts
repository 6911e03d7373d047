import { describe, expect, it } from 'vitest';
import { makeTestDataset } from './testDataset';
import { formatProblems, validateDataset } from './validate';

function problemsOf(change: (document: Record<string, unknown>) => void): string {
  const document = JSON.parse(JSON.stringify(makeTestDataset())) as Record<string, unknown>;
  change(document);
  const result = validateDataset(document);
  return result.ok ? '' : formatProblems(result.problems);
}

function firstEvent(document: Record<string, unknown>): Record<string, unknown> {
  const events = document['events'] as Record<string, unknown>[];
  const event = events[0];
  if (!event) throw new Error('the test dataset has no event');
  return event;
}

describe('translations', () => {
  it('accepts the translatable fields of an object, by language tag', () => {
    expect(
      problemsOf((document) => {
        document['translations'] = { nb: { title: 'Uro', summary: 'Protester.' } };
        document['quotedPhrases'] = { nb: ['på søndag'] };
        firstEvent(document)['translations'] = {
          nb: { title: 'Tittel', basis: 'Grunnlag' },
          'ru-KZ': { title: 'Заголовок' },
        };
      }),
    ).toBe('');
  });

  it('says which field is not translatable, with the allowed ones', () => {
    expect(
      problemsOf((document) => {
        firstEvent(document)['translations'] = { nb: { id: 'x' } };
      }),
    ).toMatch(/^events\[0\]\.translations\.nb: .*unknown field "id"$/);
  });

  it('names a key that is not a language tag', () => {
    expect(
      problemsOf((document) => {
        document['translations'] = { norsk_bokmal: { title: 'Uro' } };
      }),
    ).toContain(
      'translations.norsk_bokmal: expected a BCP 47 language tag such as "nb", "en" or "ru-KZ" as the key of a translation, got "norsk_bokmal"',
    );
  });

  it('rejects a language that gives no field, and empty text', () => {
    const problems = problemsOf((document) => {
      document['translations'] = { nb: {}, en: { title: ' ' } };
    });
    expect(problems).toContain('translations.nb: expected at least one translated field');
    expect(problems).toContain('translations.en.title: expected non-empty text');
  });

  it('checks the keys of quotedPhrases', () => {
    expect(
      problemsOf((document) => {
        document['quotedPhrases'] = { 'no way': ['x'] };
      }),
    ).toContain('as the key of a list of phrases');
  });
});
