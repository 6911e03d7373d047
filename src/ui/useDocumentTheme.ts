import { useEffect } from 'react';
import type { Theme } from '../state/viewState';

/**
 * Sets the page's colour scheme from the link's `theme`: `data-theme` on the root element, which
 * tokens.css turns into `color-scheme: light` or `dark`; "auto" leaves the system's setting.
 */
export function useDocumentTheme(theme: Theme): void {
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'auto') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}
