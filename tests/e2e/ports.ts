/**
 * The ports the browser tests serve on, away from `vite preview`'s default 4173 so that a preview
 * left running is never tested by mistake. `E2E_PORT` moves them all (the data servers take the
 * next ports), so two checkouts can run their browser tests at once.
 */
const base = Number(process.env.E2E_PORT ?? 4317);

/** The built app, served by `vite preview --strictPort` (the run fails if the port is taken). */
export const E2E_APP_PORT = base;
/** The cross-origin data server for the tests at scale. */
export const SCALE_DATA_PORT = base + 1;
/** The cross-origin server of slow, stalled, huge and foreign datasets (serveHostileData.ts). */
export const HOSTILE_DATA_PORT = base + 2;
/** The article page on another origin that embeds the app in iframes (serveEmbedHost.ts). */
export const EMBED_HOST_PORT = base + 3;
