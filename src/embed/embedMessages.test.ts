import { describe, expect, it } from 'vitest';
import {
  MAX_EMBED_HEIGHT,
  embedHelloMessage,
  embedSizeMessages,
  isEmbedHello,
  readEmbedSize,
} from './embedMessages';

describe('the embed height messages', () => {
  it('say the height rounded up to a whole pixel, in Chronicle’s shape and AMP’s', () => {
    expect(embedSizeMessages(811.2)).toEqual([
      { type: 'chronicle:embed-size', version: 1, height: 812 },
      { sentinel: 'amp', type: 'embed-size', height: 812 },
    ]);
  });

  it('are read back as the height', () => {
    const [own] = embedSizeMessages(640);
    expect(readEmbedSize(own)).toBe(640);
    expect(readEmbedSize(structuredClone(own))).toBe(640);
  });

  it('keep the height within 0 and the limit', () => {
    expect(embedSizeMessages(-5)[0].height).toBe(0);
    expect(embedSizeMessages(1e9)[0].height).toBe(MAX_EMBED_HEIGHT);
  });

  it('accept a later version with fields this one does not know', () => {
    expect(
      readEmbedSize({ type: 'chronicle:embed-size', version: 2, height: 300, extra: 'x' }),
    ).toBe(300);
  });

  it.each([
    ['nothing', undefined],
    ['a string', '{"type":"chronicle:embed-size","version":1,"height":300}'],
    ['AMP’s message alone', { sentinel: 'amp', type: 'embed-size', height: 300 }],
    ['another type', { type: 'resize', version: 1, height: 300 }],
    ['no version', { type: 'chronicle:embed-size', height: 300 }],
    ['version 0', { type: 'chronicle:embed-size', version: 0, height: 300 }],
    ['version 1.5', { type: 'chronicle:embed-size', version: 1.5, height: 300 }],
    ['a height in a string', { type: 'chronicle:embed-size', version: 1, height: '300px' }],
    ['a fractional height', { type: 'chronicle:embed-size', version: 1, height: 300.5 }],
    ['a negative height', { type: 'chronicle:embed-size', version: 1, height: -1 }],
    ['an endless height', { type: 'chronicle:embed-size', version: 1, height: Infinity }],
    [
      'a height over the limit',
      { type: 'chronicle:embed-size', version: 1, height: MAX_EMBED_HEIGHT + 1 },
    ],
  ])('ignore %s', (_, data) => {
    expect(readEmbedSize(data)).toBeNull();
  });

  it('tell the host’s request for the height from anything else', () => {
    expect(isEmbedHello(embedHelloMessage())).toBe(true);
    expect(isEmbedHello({ type: 'chronicle:embed-hello' })).toBe(false);
    expect(isEmbedHello(embedSizeMessages(10)[0])).toBe(false);
    expect(isEmbedHello(null)).toBe(false);
  });
});
