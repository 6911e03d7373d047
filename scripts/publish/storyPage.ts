/**
 * What the build writes into the app's own page (index.html) for link previews and oEmbed: the
 * story's title and summary, its preview image and the oEmbed discovery link, as static tags,
 * since link unfurlers run no JavaScript (useDocumentMeta only updates them for the open event).
 */
import type { DatasetIndex } from '../../src/state/datasetIndex.ts';
import { OEMBED_PATH, STORY_IMAGE_PATH } from '../../src/share/sharePaths.ts';
import { escapeHtml } from './html.ts';
import { previewMetaTags } from './previewMeta.ts';
import type { PublishLinks } from './publishLinks.ts';

/** The page's title: the story's, then Chronicle. */
export function storyTitle(index: DatasetIndex): string {
  return `${index.dataset.title} · Chronicle`;
}

/** index.html with the story's title, description and preview tags in its head. */
export function withStoryMeta(html: string, index: DatasetIndex, links: PublishLinks): string {
  const { dataset } = index;
  const tags = previewMetaTags({
    title: dataset.title,
    description: dataset.summary ?? dataset.title,
    siteName: 'Chronicle',
    type: 'website',
    url: links.absolute(''),
    image: links.from('index.html', STORY_IMAGE_PATH),
    imageAlt: `${dataset.title}: an interactive, source-linked timeline.`,
    oembed: links.from('index.html', OEMBED_PATH),
  });
  const withTitle = html.replace(
    /<title>[^<]*<\/title>/,
    `<title>${escapeHtml(storyTitle(index))}</title>`,
  );
  const withoutDescription = withTitle.replace(/\s*<meta\s+name="description"[^>]*>/, '');
  return withoutDescription.replace(/(\s*)<\/head>/, `\n    ${tags}$1</head>`);
}
