/** Where the browser tests at scale find their generated dataset, and how it was generated. */
export { SCALE_DATA_PORT } from './ports';
export const SCALE_EVENTS = 100_000;
export const SCALE_SEED = 7;
