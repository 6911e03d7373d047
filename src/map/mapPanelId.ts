/**
 * The id of the map's panel, which the map toggle controls: the same on the map, on its
 * placeholder while the map's code loads and on its failure notice, so the toggle's
 * `aria-controls` always names an element that is there.
 */
export const MAP_PANEL_ID = 'map-panel';
