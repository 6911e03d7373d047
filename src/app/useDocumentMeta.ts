import { useEffect } from 'react';
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
      ? `${selected.title} — ${dataset.title} · Chronicle`
      : `${dataset.title} · Chronicle`;
  }, [dataset.title, selected]);

  useEffect(() => {
    const description = dataset.summary ?? dataset.title;
    setMeta('name', 'description', description);
    setMeta('property', 'og:type', 'website');
    setMeta('property', 'og:site_name', 'Chronicle');
    setMeta('property', 'og:title', dataset.title);
    setMeta('property', 'og:description', description);
    document.documentElement.lang = 'en';
  }, [dataset.title, dataset.summary]);
}
