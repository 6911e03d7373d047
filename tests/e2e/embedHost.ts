/**
 * The news site of the embed tests (serveEmbedHost.ts): an article on another origin than the
 * app that embeds it as an editor would, with the code the Embed dialog gives.
 *
 *   /article.html?frame=<query>   an article with one Chronicle frame (the embed view of
 *                                 `<query>`) and embed.js, then a closed <details> holding
 *                                 a second frame (id "hidden"), started while hidden
 *   /plain.html?frame=<query>&width=<px>   one frame in a column of that width, for screenshots
 *   /liar.html                    a page of this site that claims, in Chronicle's words, a height
 *                                 of LIAR_HEIGHT to the window above it
 *
 * Every page records the messages its window receives in `window.heard`. Every listener of a
 * message runs in the same task, so once a test sees a message there, embed.js has handled it.
 */
export { E2E_APP_PORT, EMBED_HOST_PORT } from './ports';

/** The height the liar claims. */
export const LIAR_HEIGHT = 1234;
