import { t } from '../i18n/i18n';
import { MAP_PANEL_ID } from './mapPanelId';

/** Props: whether the map is shown, and how to change it. */
export interface MapToggleProps {
  /** Whether the map is shown (the button is pressed). */
  shown: boolean;
  /** Shows or hides the map. */
  onChange: (shown: boolean) => void;
}

/** The "Map" toggle button: shows or hides the map panel (remembered in the URL as `map=0`). */
export function MapToggle({ shown, onChange }: MapToggleProps) {
  return (
    <button
      type="button"
      className="button map-toggle"
      aria-pressed={shown}
      aria-controls={shown ? MAP_PANEL_ID : undefined}
      title={shown ? t('map.toggle.hide') : t('map.toggle.show')}
      onClick={() => onChange(!shown)}
    >
      <span className="map-toggle__box" aria-hidden="true">
        {shown ? '✓' : ''}
      </span>
      {t('map.toggle')}
    </button>
  );
}
