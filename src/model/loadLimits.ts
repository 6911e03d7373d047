/**
 * The limits of loading a dataset, written once (the README's "Loading another dataset" and the
 * loading pages quote them), and how sizes and addresses are worded. Only the i18n core is
 * imported, which the page's first load holds already: the first load includes this module, not
 * the loader.
 */
import { intlLocale, t } from '../i18n/i18n';

/**
 * The largest dataset Chronicle opens without asking, in bytes (after decompression): 100 MB,
 * about 130,000 events of the generator's shape. Past it, the page says how large the file is and
 * offers "Load anyway", since a phone or a small laptop can run out of memory on more.
 */
export const DATASET_SIZE_LIMIT_BYTES = 100 * 1024 * 1024;

/**
 * How long a server may send nothing, while it is asked for the dataset or sends it, before the
 * page says so and offers Retry: 30 seconds. A slow but steady download never times out.
 */
export const STALL_TIMEOUT_MS = 30_000;

/** Number formats by locale and fraction digits: making one costs more than using it. */
const sizeFormats = new Map<string, Intl.NumberFormat>();

function sizeNumber(value: number, maximumFractionDigits: number): string {
  const locale = intlLocale();
  const key = `${locale} ${maximumFractionDigits}`;
  let format = sizeFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits });
    sizeFormats.set(key, format);
  }
  return format.format(value);
}

/** A size for people: "740 bytes", "96.4 kB", "12.5 MB", "300 MB". */
export function byteSize(bytes: number): string {
  if (bytes < 1024) return t('load.bytes', { count: bytes });
  if (bytes < 1_048_576) return t('load.kilobytes', { size: sizeNumber(bytes / 1024, 1) });
  const mb = bytes / 1_048_576;
  return t('load.megabytes', { size: sizeNumber(mb, mb < 10 ? 1 : 0) });
}

/** An address short enough for a heading or a message: long ones keep their start and end. */
export function shortAddress(address: string, max = 120): string {
  if (address.length <= max) return address;
  const half = Math.floor((max - 1) / 2);
  return `${address.slice(0, half)}…${address.slice(-half)}`;
}
