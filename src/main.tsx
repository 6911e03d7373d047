import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The shared styles come first, so that a component's own stylesheet (imported beside it) can refine them.
import './ui/tokens.css';
import './ui/styles.css';
import './ui/controls.css';
import { App } from './app/App';
import { loadLanguage } from './i18n/i18n';
import { chooseLanguage, languageOfLink } from './i18n/languages';
import { browserLanguages } from './i18n/useLanguage';

// The first render waits for the catalog of the language the link or the browser asks for (one
// small chunk), so the page never shows one language and then another. A dataset in another
// language may switch it once it has loaded (src/i18n/useLanguage.ts).
const fromLink = languageOfLink(window.location.search);
const root = document.getElementById('root');
// No top-level await: it would make every lazy chunk that shares a module with this entry split
// that module out of the entry, cutting the first load into a dozen pieces.
function render(container: HTMLElement) {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
if (root) {
  void loadLanguage(chooseLanguage(fromLink, browserLanguages(), null))
    .catch(() => loadLanguage('en'))
    .finally(() => render(root));
}
