import { Suspense } from 'react';
import { t } from '../i18n/i18n';
import type { ImportPreviewProps } from './ImportPreview';
import { lazyChunk } from '../ui/lazyChunk';

/**
 * The preview of an imported file is a chunk of its own: a reader of a story never fetches it,
 * and a dataset opened from a file or an address starts fetching it while it loads
 * (`preloadImportPreview`), so it is usually there when the preview is.
 */
const importPreview = lazyChunk(() =>
  import('./ImportPreview').then((module) => module.ImportPreview),
);
const ImportPreviewChunk = importPreview.Chunk;

/** Starts fetching the import preview while a dataset loads. Nothing waits for it. */
export const preloadImportPreview = importPreview.preload;

/** `ImportPreview`, once its chunk is here. */
export function LazyImportPreview(props: ImportPreviewProps) {
  return (
    <Suspense
      fallback={
        <main className="page-message" id="main" aria-busy="true">
          <p>{t('loading.start')}</p>
        </main>
      }
    >
      <ImportPreviewChunk {...props} />
    </Suspense>
  );
}
