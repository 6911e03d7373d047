/** What the hostile data server (serveHostileData.ts) serves, for the tests' expectations. */
export { HOSTILE_DATA_PORT } from './ports';

/** The title of /foreign.json: the bundled story passed off under another name. */
export const FOREIGN_TITLE = 'A timeline from elsewhere';
