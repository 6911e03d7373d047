/** The command line of `npm run bench`: `[--no-build] [--sizes 1000,10000,100000] [--timeout 120]`. */
import { parseArgs } from 'node:util';

/** What to run. */
export interface BenchArgs {
  build: boolean;
  sizes: number[];
  /** The cap on one page load, in seconds. */
  timeoutSeconds: number;
  /** Which timelines to run: ours, vis-timeline, or both. */
  apps: ('ours' | 'vis')[];
}

/** The usage text printed with argument errors. */
export const BENCH_USAGE =
  'usage: npm run bench -- [--no-build] [--sizes 1000,10000,100000] [--timeout 120] [--apps ours,vis]';

/** Reads the arguments, or throws an Error whose message says what is wrong. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'no-build': { type: 'boolean', default: false },
      sizes: { type: 'string', default: '1000,10000,100000' },
      timeout: { type: 'string', default: '120' },
      apps: { type: 'string', default: 'ours,vis' },
    },
    strict: true,
    allowPositionals: false,
  });
  const sizes = values.sizes.split(',').map((part) => Number(part.trim().replaceAll('_', '')));
  if (sizes.length === 0 || sizes.some((n) => !Number.isSafeInteger(n) || n < 1)) {
    throw new Error(`--sizes must be whole numbers ≥ 1 separated by commas, got "${values.sizes}"`);
  }
  const timeoutSeconds = Number(values.timeout);
  if (!(timeoutSeconds > 0)) {
    throw new Error(`--timeout must be a positive number of seconds, got "${values.timeout}"`);
  }
  const apps = values.apps.split(',').map((part) => part.trim());
  const known = (app: string): app is 'ours' | 'vis' => app === 'ours' || app === 'vis';
  const unknown = apps.filter((app) => !known(app));
  if (unknown.length > 0 || apps.length === 0) {
    throw new Error(`--apps takes "ours", "vis" or "ours,vis", got "${values.apps}"`);
  }
  return { build: !values['no-build'], sizes, timeoutSeconds, apps: apps.filter(known) };
}
