/**
 * Measuring label text as the browser will draw it, so that labels take the room they need and no
 * more. One canvas, the labels' own font (read from the page's styles), and a cache per text.
 */
import { estimateTextWidth, type MeasureText } from './markGeometry';

/** A measurer of text in the font of `.mark__label` (the body font at --text-xs). */
export function createTextMeasurer(): MeasureText {
  const context = globalThis.document?.createElement('canvas').getContext?.('2d') ?? null;
  if (!context) return estimateTextWidth;
  const root = getComputedStyle(document.documentElement);
  const size = root.getPropertyValue('--text-xs').trim() || '12px';
  const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
  context.font = `${size} ${family}`;
  const widths = new Map<string, number>();
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      width = Math.ceil(context.measureText(text).width);
      widths.set(text, width);
    }
    return width;
  };
}
