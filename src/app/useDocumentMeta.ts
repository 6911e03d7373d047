import { useEffect } from 'react';
import { t } from '../i18n/i18n';
import type { ChronicleEvent, Dataset } from '../model/schema';

function setMeta(attribute: 'name' | 'property', key: string, content: string): void {
  let element = document.head.querySelector<HTMLMetaElement>(`meta[${attribute}="${key}"]`);
  if (!element) {
    element = document.createElement('meta');
    element.setAttribute(attribute, key);
    document.head.append(element);
  }
  element.content = content;
}

/** The page title names the selected event; description and Open Graph tags describe the dataset. */
export function useDocumentMeta(dataset: Dataset, selected: ChronicleEvent | null): void {
  useEffect(() => {
    document.title = selected
      ? t('meta.eventTitle', { event: selected.title, story: dataset.title })
      : t('meta.title', { story: dataset.title });
  }, [dataset.title, selected]);

  useEffect(() => {
    const description = dataset.summary ?? dataset.title;
    setMeta('name', 'description', description);
    setMeta('property', 'og:type', 'website');
    setMeta('property', 'og:site_name', 'Chronicle');
    setMeta('property', 'og:title', dataset.title);
    setMeta('property', 'og:description', description);
  }, [dataset.title, dataset.summary]);
}
