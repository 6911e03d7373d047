/**
 * The command line of `npm run bench`:
 * `[--no-build] [--sizes 1000,10000,100000] [--large] [--acled 500000] [--vis-max 10000]
 * [--timeout 120] [--apps ours,vis]`.
 */
import { parseArgs } from 'node:util';

/** What to run. */
export interface BenchArgs {
  build: boolean;
  /** Generated chronicle/1 datasets, by number of events. */
  sizes: number[];
  /** ACLED-shaped CSV exports, by number of rows, loaded through the importer (ours only). */
  acled: number[];
  /** The cap on one page load, in seconds. */
  timeoutSeconds: number;
  /** Which timelines to run: ours, vis-timeline, or both. */
  apps: ('ours' | 'vis')[];
  /** vis-timeline runs up to this many events (past it, the table says why not). */
  visMax: number;
}

/** The usage text printed with argument errors. */
export const BENCH_USAGE =
  'usage: npm run bench -- [--no-build] [--sizes 1000,10000,100000] [--large] [--acled 500000] ' +
  '[--vis-max 10000] [--timeout 120] [--apps ours,vis]\n' +
  '  --large  adds the 500,000 tier: 500,000 generated events and an ACLED CSV of 500,000 rows';

/** The tier `--large` adds (slow: minutes per page load; never in CI). */
export const LARGE_TIER = 500_000;

function counts(text: string, name: string): number[] {
  if (text.trim() === '') return [];
  const values = text.split(',').map((part) => Number(part.trim().replaceAll('_', '')));
  if (values.some((n) => !Number.isSafeInteger(n) || n < 1)) {
    throw new Error(`--${name} must be whole numbers ≥ 1 separated by commas, got "${text}"`);
  }
  return values;
}

/** Reads the arguments, or throws an Error whose message says what is wrong. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'no-build': { type: 'boolean', default: false },
      sizes: { type: 'string', default: '1000,10000,100000' },
      large: { type: 'boolean', default: false },
      acled: { type: 'string', default: '' },
      'vis-max': { type: 'string', default: '10000' },
      timeout: { type: 'string', default: '120' },
      apps: { type: 'string', default: 'ours,vis' },
    },
    strict: true,
    allowPositionals: false,
  });
  const sizes = counts(values.sizes, 'sizes');
  const acled = counts(values.acled, 'acled');
  if (values.large) {
    if (!sizes.includes(LARGE_TIER)) sizes.push(LARGE_TIER);
    if (!acled.includes(LARGE_TIER)) acled.push(LARGE_TIER);
  }
  if (sizes.length + acled.length === 0) throw new Error('--sizes and --acled are both empty');
  const timeoutSeconds = Number(values.timeout);
  if (!(timeoutSeconds > 0)) {
    throw new Error(`--timeout must be a positive number of seconds, got "${values.timeout}"`);
  }
  const visMax = Number(values['vis-max']);
  if (!(visMax >= 0)) throw new Error(`--vis-max must be a number ≥ 0, got "${values['vis-max']}"`);
  const apps = values.apps.split(',').map((part) => part.trim());
  const known = (app: string): app is 'ours' | 'vis' => app === 'ours' || app === 'vis';
  const unknown = apps.filter((app) => !known(app));
  if (unknown.length > 0 || apps.length === 0) {
    throw new Error(`--apps takes "ours", "vis" or "ours,vis", got "${values.apps}"`);
  }
  return {
    build: !values['no-build'],
    sizes,
    acled,
    timeoutSeconds,
    apps: apps.filter(known),
    visMax,
  };
}
