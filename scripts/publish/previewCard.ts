/**
 * The preview image of an event or of the story (1200×630 PNG, PREVIEW_IMAGE_SIZE), drawn at build
 * time with satori (layout to SVG) and resvg (SVG to PNG): the story's name, the title, and lines
 * such as the date in words and the place, on a clean card in the light colours of the tokens.
 * The fonts come from the npm registry (@fontsource: Inter, Source Serif 4), so the build runs
 * offline and draws the same everywhere.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { createElement, type CSSProperties, type ReactNode } from 'react';
import satori, { type Font } from 'satori';
import { PREVIEW_IMAGE_SIZE } from '../../src/share/sharePaths.ts';

/** What a card says. */
export interface PreviewCard {
  /** Above the title, small: the story's name. */
  kicker: string;
  title: string;
  /** Below the title, one line each: the date in words, the places. */
  lines: string[];
  /** The accent bar's colour (the event's category). */
  color: string;
}

/** The colours a card is drawn in. */
export interface CardColors {
  paper: string;
  ink: string;
  soft: string;
  muted: string;
  brand: string;
  rule: string;
}

const require = createRequire(import.meta.url);

/** The font files a card uses, read once: Latin, Latin Extended and Cyrillic, to cover place names. */
export function loadCardFonts(): Font[] {
  const file = (name: string) => readFileSync(require.resolve(name));
  const inter = (subset: string, weight: 400 | 600 | 700): Font => ({
    name: 'Inter',
    data: file(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`),
    weight,
    style: 'normal',
  });
  const serif = (subset: string): Font => ({
    name: 'Source Serif 4',
    data: file(`@fontsource/source-serif-4/files/source-serif-4-${subset}-700-normal.woff`),
    weight: 700,
    style: 'normal',
  });
  return [
    ...['latin', 'latin-ext', 'cyrillic'].flatMap((s) => [
      inter(s, 400),
      inter(s, 600),
      inter(s, 700),
    ]),
    serif('latin'),
    serif('cyrillic'),
  ];
}

/** The title's size: smaller for longer titles, so that four lines hold any title. */
function titleSize(title: string): number {
  if (title.length > 140) return 44;
  if (title.length > 90) return 52;
  return 62;
}

function box(style: CSSProperties, ...children: ReactNode[]) {
  return createElement('div', { style }, ...children);
}

/** The card as a PNG. */
export async function renderPreviewCard(
  card: PreviewCard,
  colors: CardColors,
  fonts: Font[],
): Promise<Buffer> {
  const { width, height } = PREVIEW_IMAGE_SIZE;
  const tree = box(
    {
      width,
      height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      padding: '56px 72px 56px 64px',
      background: colors.paper,
      borderLeft: `20px solid ${card.color}`,
      fontFamily: 'Inter',
      color: colors.ink,
    },
    box(
      { display: 'flex', alignItems: 'center', fontSize: 26, color: colors.muted },
      box(
        { color: colors.brand, fontWeight: 700, letterSpacing: 4, fontSize: 22, marginRight: 18 },
        'CHRONICLE',
      ),
      box({ display: 'block', lineClamp: 1, maxWidth: 860 }, card.kicker),
    ),
    box(
      { display: 'flex', flexGrow: 1, alignItems: 'center' },
      box(
        {
          display: 'block',
          fontFamily: 'Source Serif 4',
          fontWeight: 700,
          fontSize: titleSize(card.title),
          lineHeight: 1.15,
          lineClamp: 4,
        },
        card.title,
      ),
    ),
    box(
      {
        display: 'flex',
        flexDirection: 'column',
        paddingTop: 24,
        borderTop: `2px solid ${colors.rule}`,
      },
      ...card.lines.map((line, i) =>
        box(
          {
            display: 'block',
            lineClamp: 1,
            fontSize: i === 0 ? 32 : 28,
            fontWeight: i === 0 ? 600 : 400,
            color: i === 0 ? colors.ink : colors.soft,
            marginTop: i === 0 ? 0 : 6,
          },
          line,
        ),
      ),
    ),
  );
  const svg = await satori(tree, { width, height, fonts });
  return new Resvg(svg, { fitTo: { mode: 'width', value: width } }).render().asPng();
}
