import { describe, expect, it } from 'vitest';
import { publishLinks } from './publishLinks';

describe('addresses in the published pages', () => {
  it('are absolute under the site’s folder when the site is known', () => {
    const links = publishLinks('https://example.org/chronicle');
    expect(links.site).toBe('https://example.org/chronicle/');
    expect(links.from('share/a.html', 'share/a.png')).toBe(
      'https://example.org/chronicle/share/a.png',
    );
    expect(links.from('share/a.html', '?event=a')).toBe('https://example.org/chronicle/?event=a');
    expect(links.absolute('')).toBe('https://example.org/chronicle/');
  });

  it('are relative to the page without a site', () => {
    const links = publishLinks(undefined);
    expect(links.site).toBeNull();
    expect(links.from('share/a.html', 'share/a.png')).toBe('a.png');
    expect(links.from('share/a.html', 'embed.js')).toBe('../embed.js');
    expect(links.from('share/a.html', '?event=a')).toBe('../?event=a');
    expect(links.from('share/a.html', '')).toBe('../');
    expect(links.from('index.html', 'share/story.png')).toBe('share/story.png');
    expect(links.from('index.html', '?embed=1')).toBe('./?embed=1');
    expect(links.from('index.html', '')).toBe('./');
    expect(links.absolute('x')).toBeNull();
  });

  it('refuse a site that is not http(s)', () => {
    expect(() => publishLinks('ftp://example.org/')).toThrow(/http\(s\)/);
  });
});
