import { describe, expect, it } from 'vitest';
import { appLinkFromSharePage } from './appLink';

const APP = 'https://chronicle.example/story/?event=protests-begin';

describe('the app link a share page opens', () => {
  it('is the event alone for a bare share link', () => {
    expect(appLinkFromSharePage(APP, '', '')).toBe(APP);
  });

  it('carries the rest of the view after the event, as the app writes it', () => {
    expect(
      appLinkFromSharePage(APP, '?lanes=category&window=2022-01-04T12:00Z~2022-01-06T18:00Z', ''),
    ).toBe(`${APP}&lanes=category&window=2022-01-04T12:00Z~2022-01-06T18:00Z`);
  });

  it('keeps the hash', () => {
    expect(appLinkFromSharePage(APP, '?map=0', '#x')).toBe(`${APP}&map=0#x`);
  });
});
