import { describe, expect, it } from 'vitest';
import { chooseLanguage, languageOfLink, languageOfTag } from './languages';

describe('chooseLanguage', () => {
  it('takes the link first', () => {
    expect(chooseLanguage('nb', ['en-US'], 'en')).toBe('nb');
    expect(chooseLanguage('en', ['nb-NO'], 'nb')).toBe('en');
  });

  it('then the first browser language that has a catalog', () => {
    expect(chooseLanguage(null, ['de-DE', 'nb-NO', 'en'], 'en')).toBe('nb');
    expect(chooseLanguage(null, ['en-US', 'nb'], 'nb')).toBe('en');
    expect(chooseLanguage(null, ['nn-NO'], 'en')).toBe('nb');
    expect(chooseLanguage(null, ['no'], 'en')).toBe('nb');
  });

  it("then the dataset's language, then English", () => {
    expect(chooseLanguage(null, ['de-DE', 'fr'], 'nb')).toBe('nb');
    expect(chooseLanguage(null, [], 'nb-NO')).toBe('nb');
    expect(chooseLanguage(null, ['de'], 'kk')).toBe('en');
    expect(chooseLanguage(null, [], null)).toBe('en');
  });
});

describe('languageOfTag', () => {
  it('reads the primary subtag only', () => {
    expect(languageOfTag('NB_no')).toBe('nb');
    expect(languageOfTag('en-GB')).toBe('en');
    expect(languageOfTag('nbx')).toBeNull();
    expect(languageOfTag('')).toBeNull();
  });
});

describe('languageOfLink', () => {
  it('reads lang= and ignores what is not a language', () => {
    expect(languageOfLink('?event=x&lang=nb')).toBe('nb');
    expect(languageOfLink('?lang=pseudo')).toBe('pseudo');
    expect(languageOfLink('?lang=de')).toBeNull();
    expect(languageOfLink('?lang=nb&lang=en')).toBe('nb');
    expect(languageOfLink('')).toBeNull();
  });
});
