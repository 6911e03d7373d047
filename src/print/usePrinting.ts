import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is being printed: from `beforeprint` (rendered at once, before the browser
 * lays out the pages) to `afterprint`, and while print media is emulated (a PDF made by a
 * headless browser).
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const start = () => flushSync(() => setPrinting(true));
    const stop = () => setPrinting(false);
    const media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    const onMediaChange = (event: MediaQueryListEvent) => (event.matches ? start() : stop());
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', stop);
    media?.addEventListener('change', onMediaChange);
    if (media?.matches) start();
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', stop);
      media?.removeEventListener('change', onMediaChange);
    };
  }, []);
  return printing;
}
