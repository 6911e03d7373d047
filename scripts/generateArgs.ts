/**
 * The command line of `npm run generate`: `--events N --seed S --out FILE [--check]`, read into
 * options or a message that says what is wrong and how to call it.
 */
import { parseArgs } from 'node:util';

/** The usage line printed with every argument error. */
export const GENERATE_USAGE =
  'usage: npm run generate -- --events N --seed S --out FILE [--format json|acled-csv] [--check]\n' +
  '  --events N   how many events (a whole number, 0 to 10,000,000)\n' +
  '  --seed S     the random seed (a whole number, 0 to 4294967295); same seed, same dataset\n' +
  '  --out FILE   where to write the JSON (or the CSV)\n' +
  '  --format F   json (chronicle/1, the default) or acled-csv (an ACLED-shaped export)\n' +
  '  --check      validate the written dataset with validateDataset and report the time taken';

/** What to generate and where to write it. */
export interface GenerateArgs {
  events: number;
  seed: number;
  out: string;
  /** chronicle/1 JSON, or an ACLED-shaped CSV export for the importer. */
  format: 'json' | 'acled-csv';
  check: boolean;
}

/** Parsed arguments, or why they could not be. */
export type ParsedGenerateArgs = { ok: true; args: GenerateArgs } | { ok: false; message: string };

const MAX_EVENTS = 10_000_000;
const MAX_SEED = 4_294_967_295;

function wholeNumber(name: string, text: string | undefined, max: number): number | string {
  if (text === undefined) return `--${name} is required`;
  const value = Number(text.replaceAll('_', ''));
  if (!/^\d[\d_]*$/.test(text) || !Number.isSafeInteger(value)) {
    return `--${name} must be a whole number, got "${text}"`;
  }
  if (value > max) return `--${name} must be at most ${max.toLocaleString('en-US')}, got ${text}`;
  return value;
}

/** Reads the generator's arguments (without the node and script paths). */
export function parseGenerateArgs(argv: readonly string[]): ParsedGenerateArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        events: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string', default: 'json' },
        check: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const events = wholeNumber('events', values.events, MAX_EVENTS);
  if (typeof events === 'string') return { ok: false, message: events };
  const seed = wholeNumber('seed', values.seed, MAX_SEED);
  if (typeof seed === 'string') return { ok: false, message: seed };
  if (values.out === undefined || values.out.trim() === '') {
    return { ok: false, message: '--out is required: the file to write the dataset to' };
  }
  const format = values.format;
  if (format !== 'json' && format !== 'acled-csv') {
    return { ok: false, message: `--format must be json or acled-csv, got "${format}"` };
  }
  return { ok: true, args: { events, seed, out: values.out, format, check: values.check } };
}
