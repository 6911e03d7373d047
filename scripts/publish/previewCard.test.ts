import { describe, expect, it } from 'vitest';
import { PREVIEW_IMAGE_SIZE } from '../../src/share/sharePaths';
import { loadCardFonts, renderPreviewCard } from './previewCard';

const colors = {
  paper: '#fbfaf7',
  ink: '#1b1d21',
  soft: '#3d424b',
  muted: '#5f6570',
  brand: '#a4161a',
  rule: '#dedad0',
};

describe('a preview card', () => {
  it('is a PNG of the documented size, whatever the length of the title', async () => {
    const fonts = loadCardFonts();
    for (const title of ['Short', 'A very long title '.repeat(12)]) {
      const png = await renderPreviewCard(
        { kicker: 'A story', title, lines: ['Sunday 2 January 2022', 'Алматы'], color: '#c85200' },
        colors,
        fonts,
      );
      expect(png.toString('latin1', 1, 4)).toBe('PNG');
      expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual(
        PREVIEW_IMAGE_SIZE,
      );
    }
  });
});
