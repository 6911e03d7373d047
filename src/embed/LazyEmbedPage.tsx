import { Suspense } from 'react';
import { t } from '../i18n/i18n';
import type { EmbedPageProps } from './EmbedPage';
import { lazyChunk } from '../ui/lazyChunk';

/**
 * The embed view is a chunk of its own: the full view never fetches it, and an embed starts
 * fetching it while the dataset loads (`preloadEmbedPage`).
 */
const embedPage = lazyChunk(() => import('./EmbedPage').then((module) => module.EmbedPage));
const EmbedPageChunk = embedPage.Chunk;

/** Starts fetching the embed view while the dataset loads. Nothing waits for it. */
export const preloadEmbedPage = embedPage.preload;

/** `EmbedPage`, once its chunk is here. */
export function LazyEmbedPage(props: EmbedPageProps) {
  return (
    <Suspense fallback={<p className="embed embed--loading">{t('loading.start')}</p>}>
      <EmbedPageChunk {...props} />
    </Suspense>
  );
}
