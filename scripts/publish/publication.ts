/**
 * Everything the build publishes beside the app for link previews, embedding and oEmbed, as a
 * table of files (path relative to the app's folder → a function that makes its content), so
 * the build writes them all and the dev server makes only the one asked for.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { formatEventTime } from '../../src/model/formatTime.ts';
import { loadEdtfParser } from '../../src/model/edtf.ts';
import { validateDataset } from '../../src/model/validate.ts';
import { createDatasetIndex, type DatasetIndex } from '../../src/state/datasetIndex.ts';
import { storyPeriod } from '../../src/state/storyPeriod.ts';
import { isValidId } from '../../src/state/validViewState.ts';
import {
  EMBED_SCRIPT_PATH,
  OEMBED_PATH,
  SHARE_SCRIPT_PATH,
  SHARE_STYLESHEET_PATH,
  STORY_IMAGE_PATH,
  SHARE_LANGUAGES,
  previewImagePath,
  sharePagePath,
} from '../../src/share/sharePaths.ts';
import { t } from '../../src/i18n/i18n.ts';
import { LANGUAGE_TAGS } from '../../src/i18n/languages.ts';
import { localizeDataset } from '../../src/state/localize.ts';
import { storyWindow } from '../../src/state/storyWindow.ts';
import { lightColors } from './lightColors.ts';
import { oembedDocument } from './oembed.ts';
import { loadCardFonts, renderPreviewCard, type CardColors } from './previewCard.ts';
import { publishLinks, type PublishLinks } from './publishLinks.ts';
import { withStoryMeta } from './storyPage.ts';
import { eventOembedPath, eventPlaces, eventQuery, sharePageHtml } from './sharePage.ts';
import { activateLanguageInNode } from '../nodeLanguage.ts';

// The EDTF parser is loaded as this module loads: the plugin imports it through Vite's module
// runner, which closes once the import is done, so nothing may be imported later.
await loadEdtfParser();

/** One file to publish: made on demand. */
export type PublishedFile = () => Promise<string | Uint8Array>;

/** The source files the publication is made from, relative to the project's root. */
export const PUBLICATION_SOURCES = {
  tokens: 'src/ui/tokens.css',
  /** The share pages' stylesheet, in order: tokens, base styles, the event text, the page. */
  stylesheets: [
    'src/ui/tokens.css',
    'src/ui/styles.css',
    'src/print/eventText.css',
    'src/share/sharePage.css',
  ],
  embedScript: 'src/embed/hostScript.ts',
  shareScript: 'src/share/openApp.ts',
} as const;

/** A dataset made ready to publish: its files, and how to put its tags into index.html. */
export interface Publication {
  index: DatasetIndex;
  links: PublishLinks;
  files: Map<string, PublishedFile>;
  indexHtml: (html: string) => string;
}

/**
 * The publication of a dataset file (relative to `root`), with absolute addresses under
 * `siteUrl` when given (see publishLinks.ts).
 */
export async function createPublication(
  datasetFile: string,
  siteUrl: string | null | undefined,
  root: string,
): Promise<Publication> {
  // The app's words for checking the dataset; each file sets its own language when it is made.
  activateLanguageInNode('en');
  const index = loadPublishedDataset(resolve(root, datasetFile));
  const links = publishLinks(siteUrl);
  return {
    index,
    links,
    files: publicationFiles(index, links, root),
    indexHtml: (html) => {
      activateLanguageInNode('en');
      return withStoryMeta(html, index, links);
    },
  };
}

/** Reads and checks a dataset file: the publication refuses to build from a dataset with problems. */
export function loadPublishedDataset(file: string): DatasetIndex {
  const result = validateDataset(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok) {
    const problems = result.problems.map((p) => `${p.path}: ${p.message}`).join('\n  ');
    throw new Error(`${file} has problems, so no share pages were written:\n  ${problems}`);
  }
  const bad = result.dataset.events.find((e) => !isValidId(e.id));
  if (bad) throw new Error(`${file}: the event id “${bad.id}” cannot name a share page.`);
  return createDatasetIndex(result.dataset);
}

/** The table of files for a dataset, with the project's root to read sources from. */
export function publicationFiles(
  index: DatasetIndex,
  links: PublishLinks,
  root: string,
): Map<string, PublishedFile> {
  const { dataset } = index;
  const read = (path: string) => readFileSync(resolve(root, path), 'utf8');
  const colors = lightColors(read(PUBLICATION_SOURCES.tokens));
  const color = (name: string) => colors.get(name) ?? '#000000';
  const cardColors: CardColors = {
    paper: color('--paper'),
    ink: color('--ink'),
    soft: color('--ink-soft'),
    muted: color('--ink-muted'),
    brand: color('--accent'),
    rule: color('--rule'),
  };
  let fonts: ReturnType<typeof loadCardFonts> | null = null;
  const draw = (kicker: string, title: string, lines: string[], bar: string) => {
    fonts ??= loadCardFonts();
    return renderPreviewCard(
      { kicker, title, lines: lines.filter(Boolean), color: bar },
      cardColors,
      fonts,
    );
  };
  const source = dataset.published ? index.sourcesById.get(dataset.published.source) : undefined;
  const story = storyWindow(index.events) ?? { start: 0, end: 1 };

  const files = new Map<string, PublishedFile>();
  for (const language of SHARE_LANGUAGES) {
    // Each file is made when the build asks for it, so each sets its language's words first.
    const inLanguage =
      <T>(make: () => T) =>
      () => {
        activateLanguageInNode(language);
        return make();
      };
    const shown =
      language === 'en'
        ? index
        : createDatasetIndex(localizeDataset(dataset, LANGUAGE_TAGS[language]));
    const author = dataset.published
      ? (shown.sourcesById.get(dataset.published.source)?.name ?? null)
      : null;
    for (const entry of shown.events) {
      const { event } = entry;
      files.set(
        sharePagePath(event.id, language),
        inLanguage(async () => sharePageHtml(entry, shown, links, language)),
      );
      files.set(
        previewImagePath(event.id, language),
        inLanguage(() =>
          draw(
            shown.dataset.title,
            event.title,
            [formatEventTime(event.time, dataset.timeZone, 'long'), eventPlaces(event, shown)],
            color(`--cat-${event.categories[0] ?? 'background'}`),
          ),
        ),
      );
      files.set(
        eventOembedPath(event.id, language),
        inLanguage(async () =>
          oembedDocument(
            {
              path: eventOembedPath(event.id, language),
              title: event.title,
              embedQuery: eventQuery(event.id, true, language),
              image: previewImagePath(event.id, language),
              author,
            },
            links,
          ),
        ),
      );
    }
  }
  // The app's own page (index.html) previews in English, the story's language.
  files.set(STORY_IMAGE_PATH, () => {
    activateLanguageInNode('en');
    return draw(
      t('share.storyKicker', { count: index.events.length }),
      dataset.title,
      [storyPeriod(index, story), source ? t('share.builtFrom', { source: source.name }) : ''],
      color('--accent'),
    );
  });
  files.set(OEMBED_PATH, async () =>
    oembedDocument(
      {
        path: OEMBED_PATH,
        title: dataset.title,
        embedQuery: 'embed=1',
        image: STORY_IMAGE_PATH,
        author: source?.name ?? null,
      },
      links,
    ),
  );
  files.set(SHARE_STYLESHEET_PATH, async () =>
    PUBLICATION_SOURCES.stylesheets.map((path) => `/* ${path} */\n${read(path)}`).join('\n'),
  );
  files.set(SHARE_SCRIPT_PATH, () =>
    bundleScript(resolve(root, PUBLICATION_SOURCES.shareScript), root),
  );
  files.set(EMBED_SCRIPT_PATH, () =>
    bundleScript(resolve(root, PUBLICATION_SOURCES.embedScript), root),
  );
  return files;
}

/**
 * A browser script on its own: bundled with its imports, minified, as one classic script (an
 * IIFE) that a host page can load with a plain `<script src>`, sharing no chunk with the app.
 */
export async function bundleScript(entry: string, root: string): Promise<string> {
  const output = await build({
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2020',
      lib: { entry, formats: ['iife'], name: 'chronicle', fileName: () => 'script.js' },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if (!('output' in result)) continue;
    const chunk = result.output.find((file) => file.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new Error(`bundling ${entry} gave no script`);
}
