/** The key held with the wheel to zoom the timeline and the map, as the reader's keyboard names it. */
export function zoomKeyName(): string {
  return /Mac|iPhone|iPad/.test(globalThis.navigator?.platform ?? '') ? '⌘' : 'Ctrl';
}
