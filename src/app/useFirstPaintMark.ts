import { useEffect } from 'react';
import type { Dataset } from '../model/schema';

/**
 * Marks `chronicle:first-paint` in the first animation frame after a dataset's page has rendered,
 * once per dataset, so the benchmark can time load-to-first-paint.
 */
export function useFirstPaintMark(dataset: Dataset): void {
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      // The frame callback runs before paint; the next task runs after it.
      setTimeout(() => performance.mark('chronicle:first-paint'), 0);
    });
    return () => cancelAnimationFrame(frame);
  }, [dataset]);
}
