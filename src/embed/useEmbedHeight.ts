import { useEffect, type RefObject } from 'react';
import { embedSizeMessages, isEmbedHello } from './embedMessages';

/**
 * In a frame, posts the height of `ref`'s element to the parent window (embedMessages.ts) at the
 * first layout, whenever it changes (ResizeObserver: content, width, or the frame being shown
 * after starting hidden), and when the parent asks. Outside a frame it does nothing.
 *
 * The messages go to any origin (`'*'`): the frame cannot know the article's site, and a height
 * tells nothing private. The host decides whom to believe (embed.js checks origin and source).
 */
export function useEmbedHeight(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    const parent = window.parent;
    if (!element || parent === window) return;
    let posted = -1;
    const post = (again: boolean) => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === posted && !again) return;
      posted = height;
      for (const message of embedSizeMessages(height)) parent.postMessage(message, '*');
    };
    const observer = new ResizeObserver(() => post(false));
    observer.observe(element);
    const onMessage = (event: MessageEvent) => {
      if (event.source === parent && isEmbedHello(event.data)) post(true);
    };
    window.addEventListener('message', onMessage);
    post(false);
    return () => {
      observer.disconnect();
      window.removeEventListener('message', onMessage);
    };
  }, [ref]);
}
