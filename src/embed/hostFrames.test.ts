import { describe, expect, it } from 'vitest';
import { embedSizeMessages } from './embedMessages';
import { frameToResize, originOf, trustedOrigins } from './hostFrames';

const APP = 'https://chronicle.example';
const BASE = 'https://news.example/story.html';
const chronicleWindow = { name: 'chronicle' };
const adWindow = { name: 'ad' };
const chronicle = { src: `${APP}/?embed=1&event=protests-begin`, contentWindow: chronicleWindow };
const ad = { src: 'https://ads.example/banner', contentWindow: adWindow };
const frames = [ad, chronicle];
const trusted = new Set([APP]);
const [size] = embedSizeMessages(700);

describe('which frame embed.js resizes', () => {
  it('the Chronicle frame that sent its own size', () => {
    expect(
      frameToResize({ data: size, origin: APP, source: chronicleWindow }, frames, trusted, BASE),
    ).toEqual({ frame: chronicle, height: 700 });
  });

  it('none for a message from the page itself or an unknown window', () => {
    expect(
      frameToResize({ data: size, origin: APP, source: {} }, frames, trusted, BASE),
    ).toBeNull();
    expect(
      frameToResize({ data: size, origin: APP, source: null }, frames, trusted, BASE),
    ).toBeNull();
  });

  it('none for a frame of another site, even with Chronicle’s message', () => {
    expect(
      frameToResize(
        { data: size, origin: 'https://ads.example', source: adWindow },
        frames,
        trusted,
        BASE,
      ),
    ).toBeNull();
  });

  it('none for a Chronicle frame navigated to another site', () => {
    expect(
      frameToResize(
        { data: size, origin: 'https://evil.example', source: chronicleWindow },
        frames,
        new Set([APP, 'https://evil.example']),
        BASE,
      ),
    ).toBeNull();
  });

  it('none for anything but a size message', () => {
    expect(
      frameToResize(
        { data: { height: 700 }, origin: APP, source: chronicleWindow },
        frames,
        trusted,
        BASE,
      ),
    ).toBeNull();
  });

  it('a frame whose src is relative to the host page', () => {
    const local = { src: 'timeline/?embed=1', contentWindow: chronicleWindow };
    expect(
      frameToResize(
        { data: size, origin: 'https://news.example', source: chronicleWindow },
        [local],
        new Set(['https://news.example']),
        BASE,
      ),
    ).toEqual({ frame: local, height: 700 });
  });
});

describe('the origins embed.js trusts', () => {
  it('its own by default', () => {
    expect(trustedOrigins(`${APP}/embed.js`, null, BASE)).toEqual(new Set([APP]));
  });

  it('those its data-origins attribute lists instead', () => {
    expect(
      trustedOrigins('/js/embed.js', ' https://a.example/x  https://b.example ', BASE),
    ).toEqual(new Set(['https://a.example', 'https://b.example']));
  });

  it('none that are not http(s)', () => {
    expect(trustedOrigins(null, 'javascript:alert(1) data:text/html,x', BASE)).toEqual(new Set());
    expect(originOf('not a url', 'about:blank')).toBeNull();
  });
});
