import { useEffect, useId, useRef, useState } from 'react';
import { normalizeSearchText } from '../state/searchText';
import { formatNumber, intlLocale, t } from '../i18n/i18n';

/** One choice in a facet, with how many events it would show. */
export interface FacetOption {
  id: string;
  label: string;
  count: number;
  /** A colour swatch (categories). */
  color?: string;
}

/** Props: the facet's name, its options, which are chosen, and how to change that. */
export interface FacetSelectProps {
  /** The facet's name, on its button and as its list's legend ("Actor"). */
  label: string;
  /** The options, each with how many events it would match under the other filters. */
  options: readonly FacetOption[];
  /** The ids chosen now. */
  selected: readonly string[];
  /** Called with the new choice when an option is ticked or unticked. */
  onChange: (selected: string[]) => void;
}

/**
 * A labelled multi-select: a button that opens a list of checkboxes, each with its event count
 * under the other filters. Escape or a click outside closes it, and focus returns to the button.
 */
export function FacetSelect({ label, options, selected, onChange }: FacetSelectProps) {
  const [open, setOpen] = useState(false);
  const [find, setFind] = useState('');
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    function onPointerDown(e: PointerEvent) {
      if (e.target instanceof Node && !root.current?.contains(e.target)) setOpen(false);
    }
    function onKeyDown(e: KeyboardEvent) {
      if (e.key !== 'Escape') return;
      // Escape closes this list only, not the event detail behind it.
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
    }
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown, true);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown, true);
    };
  }, [open]);

  const chosen = new Set(selected);
  const needle = normalizeSearchText(find);
  const shown = needle
    ? options.filter((o) => normalizeSearchText(o.label).includes(needle))
    : options;

  function toggle(id: string) {
    onChange(chosen.has(id) ? selected.filter((s) => s !== id) : [...selected, id]);
  }

  return (
    <div className="facet" ref={root}>
      <button
        type="button"
        ref={button}
        className={
          selected.length > 0
            ? 'button facet__button facet__button--active'
            : 'button facet__button'
        }
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
        {selected.length > 0 && (
          <span className="facet__badge">
            <span className="visually-hidden">, </span>
            {selected.length}
            <span className="visually-hidden"> {t('facets.chosen')}</span>
          </span>
        )}
        <span aria-hidden="true" className="facet__caret">
          ▾
        </span>
      </button>
      {/* The options exist only while open: hundreds of hidden checkboxes would slow every filter change. */}
      <div id={panelId} className="facet__panel" hidden={!open}>
        {open && (
          <fieldset>
            <legend className="visually-hidden">{label}</legend>
            {options.length > 8 && (
              <input
                type="search"
                className="input facet__find"
                placeholder={t('facets.findPlaceholder', {
                  facet: label.toLocaleLowerCase(intlLocale()),
                })}
                aria-label={t('facets.find', { facet: label.toLocaleLowerCase(intlLocale()) })}
                value={find}
                onChange={(e) => setFind(e.target.value)}
              />
            )}
            <ul className="facet__options">
              {shown.map((option) => (
                <li key={option.id}>
                  <label
                    className={
                      option.count === 0 && !chosen.has(option.id)
                        ? 'facet__option facet__option--empty'
                        : 'facet__option'
                    }
                  >
                    <input
                      type="checkbox"
                      checked={chosen.has(option.id)}
                      onChange={() => toggle(option.id)}
                    />
                    {option.color && (
                      <span
                        className="swatch"
                        style={{ background: option.color }}
                        aria-hidden="true"
                      />
                    )}
                    <span className="facet__label">{option.label}</span>{' '}
                    <span className="facet__count">
                      {formatNumber(option.count)}
                      <span className="visually-hidden">
                        {' '}
                        {t('facets.events', { count: option.count })}
                      </span>
                    </span>
                  </label>
                </li>
              ))}
              {shown.length === 0 && <li className="facet__none">{t('facets.noMatch')}</li>}
            </ul>
          </fieldset>
        )}
      </div>
    </div>
  );
}
