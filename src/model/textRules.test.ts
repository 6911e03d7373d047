import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { messagesAt, problemsAfter, setAt } from './testDataset';
import {
  directionControlMessage,
  invisibleTextMessage,
  TEXT_LIMITS,
  hasNoDirectionControl,
  hasVisibleCharacter,
  textField,
} from './textRules';

describe('hasVisibleCharacter', () => {
  it.each([
    ['Almaty', true],
    ['\u200B\u2060\uFEFF', false],
    ['\u200B \u00A0\u3000\t', false],
    ['\u202E', false],
    ['\u034F\u180E', false],
    ['\u200Bx', true],
    ['Алматы', true],
    ['🙂', true],
  ])('%j → %s', (text, visible) => {
    expect(hasVisibleCharacter(text)).toBe(visible);
  });
});

describe('hasNoDirectionControl', () => {
  it('refuses overrides, embeddings and isolates', () => {
    for (const c of '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069') {
      expect(hasNoDirectionControl(`Reuters${c} (fake)`)).toBe(false);
    }
  });

  it('allows direction marks and right-to-left text', () => {
    expect(hasNoDirectionControl('الجزيرة\u200F (Al Jazeera)\u200E')).toBe(true);
  });
});

describe('textField', () => {
  it('accepts text up to its limit and refuses one character more', () => {
    const title = textField('title');
    expect(title.safeParse('x'.repeat(TEXT_LIMITS.title)).success).toBe(true);
    expect(title.safeParse('x'.repeat(TEXT_LIMITS.title + 1)).success).toBe(false);
  });

  it('trims the text first', () => {
    expect(textField('name').safeParse('  Almaty ')).toEqual({ success: true, data: 'Almaty' });
  });
});

describe('the validator applies the text rules', () => {
  it('refuses a 10 MB title with its size, not its text', () => {
    const problems = problemsAfter((doc) => setAt(doc, ['title'], 't'.repeat(10_485_760)));
    expect(messagesAt(problems, 'title')).toEqual([
      `expected at most ${TEXT_LIMITS.title} characters, got 10485760`,
    ]);
  });

  it('refuses a title of zero-width characters', () => {
    const problems = problemsAfter((doc) => setAt(doc, ['events', 0, 'title'], '\u200B\u2060'));
    expect(messagesAt(problems, 'events[0].title')).toEqual([
      `event "square-protest": ${invisibleTextMessage()}, got "\\u200B\\u2060"`,
    ]);
  });

  it('refuses a source name with a right-to-left override, showing where it is', () => {
    const problems = problemsAfter((doc) =>
      setAt(doc, ['sources', 0, 'name'], 'Reuters\u202E (fake)'),
    );
    expect(messagesAt(problems, 'sources[0].name')).toEqual([
      `${directionControlMessage()}, got "Reuters\\u202E (fake)"`,
    ]);
  });

  it('limits links and ids too', () => {
    const long = `https://example.org/${'a'.repeat(TEXT_LIMITS.url)}`;
    const problems = problemsAfter((doc) => {
      setAt(doc, ['sources', 0, 'url'], long);
      setAt(doc, ['id'], 'a'.repeat(TEXT_LIMITS.id + 1));
    });
    expect(messagesAt(problems, 'sources[0].url')).toEqual([
      `expected at most ${TEXT_LIMITS.url} characters, got ${long.length}`,
    ]);
    expect(messagesAt(problems, 'id')).toEqual([
      `expected at most ${TEXT_LIMITS.id} characters, got ${TEXT_LIMITS.id + 1}`,
    ]);
  });
});

describe('docs/data-format.md', () => {
  it('lists every text limit as the validator applies it', () => {
    const doc = readFileSync(
      join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'data-format.md'),
      'utf8',
    );
    const section = doc.slice(doc.indexOf('### Text limits'));
    for (const [kind, limit] of Object.entries(TEXT_LIMITS)) {
      const label = kind === 'url' ? 'URL' : kind;
      expect(section).toMatch(
        new RegExp(`\\| ${label} +\\|[^\\n]*\\| +${limit.toLocaleString('en-GB')} \\|`),
      );
    }
  });
});
