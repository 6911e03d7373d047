import { lazy, Suspense, useRef, useState } from 'react';
import { t } from '../i18n/i18n';
import type { ViewState } from '../state/viewState';
import './embedButton.css';

// The dialog (snippet, presets, live preview) loads when first opened, not with the page.
const EmbedDialog = lazy(() =>
  import('./EmbedDialog').then((module) => ({ default: module.EmbedDialog })),
);

/** Props: the view to embed and the story's title. */
export interface EmbedButtonProps {
  /** The view to embed: the snippet opens the same view. */
  state: ViewState;
  /** The story's title, for the frame's title. */
  title: string;
}

/** The full view's "Embed" button: opens the dialog with the code for the current view. */
export function EmbedButton({ state, title }: EmbedButtonProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        type="button"
        ref={button}
        className="button embed-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <span aria-hidden="true">&lt;/&gt;</span> {t('embed.button')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <EmbedDialog
            state={state}
            title={title}
            onClose={() => {
              setOpen(false);
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
