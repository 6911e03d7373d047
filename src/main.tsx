import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The shared styles come first, so that a component's own stylesheet (imported beside it) can refine them.
import './ui/tokens.css';
import './ui/styles.css';
import './ui/controls.css';
import { App } from './app/App';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
