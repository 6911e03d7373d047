import { lazy, Suspense, type ComponentType } from 'react';
import { t } from '../i18n/i18n';
import type { ImportPreviewProps } from './ImportPreview';

/**
 * The preview of an imported file is a chunk of its own: a reader of a story never fetches it,
 * and a dataset opened from a file or an address starts fetching it while it loads
 * (`preloadImportPreview`), so it is usually there when the preview is.
 */
let loading: Promise<{ default: ComponentType<ImportPreviewProps> }> | null = null;

function loadImportPreview(): Promise<{ default: ComponentType<ImportPreviewProps> }> {
  loading ??= import('./ImportPreview').then((module) => ({ default: module.ImportPreview }));
  return loading;
}

const ImportPreviewChunk = lazy(loadImportPreview);

/** Starts fetching the import preview while a dataset loads. Nothing waits for it. */
export function preloadImportPreview(): void {
  loadImportPreview().catch(() => {
    // A failed load is reported by the error boundary when the preview renders.
    loading = null;
  });
}

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
