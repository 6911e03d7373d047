import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { t } from '../i18n/i18n';
import { EMBED_SCRIPT_PATH } from '../share/sharePaths';
import { THEMES, type Theme, type ViewState } from '../state/viewState';
import { embedFrameSrc } from './embedAddress';
import { frameToResize } from './hostFrames';
import {
  AUTO_INITIAL_HEIGHT,
  EMBED_HEIGHT_PRESETS,
  embedSnippet,
  type EmbedHeight,
} from './embedSnippet';
import './embedDialog.css';

const PREVIEW_WIDTHS = { phone: 375, article: 640 } as const;
type PreviewWidth = keyof typeof PREVIEW_WIDTHS;
const PREVIEW_WIDTH_KEYS: readonly PreviewWidth[] = ['phone', 'article'];

/** Props: the view to embed, the story's title, and how to close. */
export interface EmbedDialogProps {
  /** The view to embed: the snippet opens the same view. */
  state: ViewState;
  /** The story's title, for the frame's title. */
  title: string;
  /** Closes the dialog (focus goes back to the Embed button). */
  onClose: () => void;
}

/**
 * The Embed dialog (a modal `<dialog>`: focus stays inside, Escape closes): the code for the
 * current view with a height preset and a colour theme, a Copy button, and a live preview of the
 * embed at a phone's or an article's width, sized by its own height messages as embed.js would.
 */
export function EmbedDialog({ state, title, onClose }: EmbedDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const preview = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState<EmbedHeight>({ kind: 'auto', initial: AUTO_INITIAL_HEIGHT });
  const [theme, setTheme] = useState<Theme>(state.theme);
  // A phone starts on the phone's width: an article's would not fit beside nothing.
  const [width, setWidth] = useState<PreviewWidth>(() =>
    window.innerWidth < PREVIEW_WIDTHS.article + 120 ? 'phone' : 'article',
  );
  const [copyStatus, setCopyStatus] = useState('');
  const [previewHeight, setPreviewHeight] = useState<number | null>(null);
  const ids = useId();

  const src = useMemo(
    () => embedFrameSrc({ ...state, theme }, window.location.href),
    [state, theme],
  );
  const code = embedSnippet({
    src,
    scriptSrc: new URL(EMBED_SCRIPT_PATH, window.location.href).href,
    title,
    frameTitle: t('embed.frameTitle', { title }),
    height,
  });

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  // The preview listens to its frame as embed.js does: same checks, same message.
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const frame = preview.current;
      if (!frame) return;
      const found = frameToResize(
        event,
        [frame],
        new Set([window.location.origin]),
        window.location.href,
      );
      if (found) setPreviewHeight(found.height);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setCopyStatus(t('embed.copied'));
    } catch {
      setCopyStatus(t('embed.copyFailed'));
    }
  }

  const frameHeight = height.kind === 'fixed' ? height.pixels : (previewHeight ?? height.initial);

  return (
    <dialog
      ref={dialog}
      className="embed-dialog"
      aria-labelledby={`${ids}-title`}
      onClose={onClose}
      onKeyDown={(e) => {
        // Escape closes the dialog (the browser does that), not the event detail behind it.
        if (e.key === 'Escape') e.stopPropagation();
      }}
    >
      <div className="embed-dialog__head">
        <h2 id={`${ids}-title`} className="embed-dialog__title">
          {t('embed.title')}
        </h2>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          {t('embed.close')}
        </button>
      </div>
      <p className="embed-dialog__intro">{t('embed.intro')}</p>
      <div className="embed-dialog__options">
        <fieldset className="embed-dialog__choice">
          <legend>{t('embed.height')}</legend>
          <label>
            <input
              type="radio"
              name={`${ids}-height`}
              checked={height.kind === 'auto'}
              onChange={() => setHeight({ kind: 'auto', initial: AUTO_INITIAL_HEIGHT })}
            />{' '}
            {t('embed.height.auto')}
          </label>
          {EMBED_HEIGHT_PRESETS.map((pixels) => (
            <label key={pixels}>
              <input
                type="radio"
                name={`${ids}-height`}
                checked={height.kind === 'fixed' && height.pixels === pixels}
                onChange={() => setHeight({ kind: 'fixed', pixels })}
              />{' '}
              {t('embed.height.fixed', { pixels })}
            </label>
          ))}
        </fieldset>
        <label className="embed-dialog__theme">
          <span>{t('embed.theme')}</span>
          <select
            className="input"
            value={theme}
            onChange={(e) => setTheme(THEMES.find((id) => id === e.target.value) ?? 'auto')}
          >
            {THEMES.map((id) => (
              <option key={id} value={id}>
                {t(`embed.theme.${id}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="embed-dialog__label" htmlFor={`${ids}-code`}>
        {t('embed.code')}
      </label>
      <textarea
        id={`${ids}-code`}
        className="input embed-dialog__code"
        readOnly
        rows={height.kind === 'auto' ? 5 : 4}
        value={code}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="embed-dialog__copy">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('embed.copy')}
        </button>
        <p role="status" aria-live="polite">
          {copyStatus}
        </p>
      </div>
      <fieldset className="embed-dialog__choice embed-dialog__choice--row">
        <legend>{t('embed.width')}</legend>
        {PREVIEW_WIDTH_KEYS.map((key) => (
          <label key={key}>
            <input
              type="radio"
              name={`${ids}-width`}
              checked={width === key}
              onChange={() => setWidth(key)}
            />{' '}
            {t(`embed.width.${key}`)}
          </label>
        ))}
      </fieldset>
      <div className="embed-dialog__preview">
        <iframe
          ref={preview}
          src={src}
          title={t('embed.previewTitle')}
          width={PREVIEW_WIDTHS[width]}
          height={frameHeight}
        />
      </div>
    </dialog>
  );
}
