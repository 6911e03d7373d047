/** Arrow keys, Home and End move between the links of a list; the answer is the index to focus. */
export function listKeyTarget(key: string, current: number, size: number): number | null {
  if (size === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return Math.min(size - 1, current + 1);
    case 'ArrowUp':
      return Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return size - 1;
    case 'PageDown':
      return Math.min(size - 1, current + 8);
    case 'PageUp':
      return Math.max(0, current - 8);
    default:
      return null;
  }
}
