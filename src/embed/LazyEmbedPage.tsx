import { lazy, Suspense, type ComponentType } from 'react';
import { t } from '../i18n/i18n';
import type { EmbedPageProps } from './EmbedPage';

/**
 * The embed view is a chunk of its own: the full view never fetches it, and an embed starts
 * fetching it while the dataset loads (`preloadEmbedPage`).
 */
let loading: Promise<{ default: ComponentType<EmbedPageProps> }> | null = null;

function loadEmbedPage(): Promise<{ default: ComponentType<EmbedPageProps> }> {
  loading ??= import('./EmbedPage').then((module) => ({ default: module.EmbedPage }));
  return loading;
}

const EmbedPageChunk = lazy(loadEmbedPage);

/** Starts fetching the embed view while the dataset loads. Nothing waits for it. */
export function preloadEmbedPage(): void {
  loadEmbedPage().catch(() => {
    // A failed load is reported by the error boundary when the view renders.
    loading = null;
  });
}

/** `EmbedPage`, once its chunk is here. */
export function LazyEmbedPage(props: EmbedPageProps) {
  return (
    <Suspense fallback={<p className="embed embed--loading">{t('loading.start')}</p>}>
      <EmbedPageChunk {...props} />
    </Suspense>
  );
}
