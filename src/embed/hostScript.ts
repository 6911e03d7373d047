/**
 * embed.js, the script a host page loads once beside its Chronicle iframes (built on its own by
 * scripts/vite-plugin-publish.ts, with no dependencies): it sets each frame's height from the
 * frame's size messages (embedMessages.ts), checking who sent them (hostFrames.ts), and asks the
 * frames that were there before it for their height. Loading it twice does nothing more.
 */
import { embedHelloMessage } from './embedMessages';
import { frameToResize, originOf, trustedOrigins } from './hostFrames';

const LOADED = Symbol.for('chronicle.embed');

function start(): void {
  const host = window as Window & { [LOADED]?: true };
  if (host[LOADED]) return;
  host[LOADED] = true;

  const script =
    document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
  const trusted = trustedOrigins(
    script?.src || null,
    script?.getAttribute('data-origins') ?? null,
    document.baseURI,
  );
  const frames = () => Array.from(document.getElementsByTagName('iframe'));

  window.addEventListener('message', (event) => {
    const found = frameToResize(event, frames(), trusted, document.baseURI);
    if (found) found.frame.style.height = `${found.height}px`;
  });

  for (const frame of frames()) {
    const origin = originOf(frame.src, document.baseURI);
    if (origin !== null && trusted.has(origin)) {
      frame.contentWindow?.postMessage(embedHelloMessage(), origin);
    }
  }
}

start();
