/**
 * Getting a dataset from a file or a URL into the validator, in the dataset worker (or, where no
 * worker can start, on the page). Every failure on the way (network, HTTP status, size, JSON
 * syntax) becomes a result with a plain message; nothing here throws.
 */
import { t } from '../i18n/i18n';
import type { CsvImport } from '../formats/importDataset';
import type { ImportOptions, ImportReport, ImportResult } from '../formats/importTypes';
import type { Dataset } from './schema';
import { findJsonSyntaxError, lineAndColumn } from './jsonSyntax';
import { byteSize, shortAddress } from './loadLimits';
import { loadEdtfParser } from './edtf';
import { validateDataset, type ValidationOptions } from './validate';
import {
  DOCUMENT_PATH,
  errorText,
  type ValidationProblem,
  type ValidationResult,
  type ValidationWarning,
} from './validationProblem';

/** The part of a `File` the loader reads: its size and its bytes as a stream. */
export type ReadableFile = Pick<Blob, 'size' | 'stream'>;

/**
 * What to load: a URL (absolute http/https), or a file the reader chose, within a size limit; for
 * a file that is not Chronicle JSON, how to import it (the preview's choices).
 */
export type DatasetRequest = (
  | { kind: 'url'; url: string; maxBytes: number }
  | { kind: 'file'; file: ReadableFile; name: string; maxBytes: number }
) & { importOptions?: ImportOptions };

/** Where loading is, for the progress bar. `total` is null when it is not known. */
export interface DatasetProgress {
  /**
   * `connecting`: waiting for the server; `downloading` / `reading`: bytes of the URL or the file;
   * `parsing`: reading the JSON; `importing`: making events of a file in another format (a CSV's
   * rows are read as it streams in); `validating`: checking it; `receiving`: the page receiving the
   * checked events (counted in events, not bytes).
   */
  phase:
    'connecting' | 'downloading' | 'reading' | 'parsing' | 'importing' | 'validating' | 'receiving';
  loaded: number;
  total: number | null;
}

/** Why a dataset could not be had at all, as opposed to problems in its data. */
export type LoadFailure =
  | { kind: 'too-large'; message: string; limitBytes: number; sizeBytes: number | null }
  | {
      kind: 'timeout' | 'unreachable' | 'not-found' | 'http' | 'unreadable' | 'cancelled';
      message: string;
    };

/**
 * The outcome of loading: the dataset (with its warnings, and for a file in another format what
 * the import did, for the preview), the problems in its data, or why it could not be had.
 */
export type DatasetLoadResult =
  | {
      status: 'ready';
      dataset: Dataset;
      warnings: ValidationWarning[];
      finalUrl: string | null;
      imported: ImportReport | null;
    }
  | { status: 'invalid'; problems: ValidationProblem[] }
  | { status: 'failed'; failure: LoadFailure };

/** A `fetch`-like function; tests pass a fake. */
export type FetchLike = (
  url: string,
  init: { signal?: AbortSignal; cache: RequestCache },
) => Promise<Response>;

/** How to load: where to report progress, what can stop it, and which fetch to use. */
export interface LoadOptions {
  onProgress?: (progress: DatasetProgress) => void;
  signal?: AbortSignal;
  fetchImpl?: FetchLike;
  /**
   * Given the events of a Chronicle JSON document as they are checked, before the rest is
   * (`ValidationOptions.onEvent`); the result still decides whether they are a dataset.
   */
  onEvent?: ValidationOptions['onEvent'];
}

const failure = (message: string): { ok: false; problems: ValidationProblem[] } => ({
  ok: false,
  problems: [{ path: DOCUMENT_PATH, message }],
});

/** V8 words errors "… in JSON at position 12 (line 2 column 3)"; the position is reported apart. */
function engineReason(error: unknown): string {
  return errorText(error)
    .replace(/,? ".*" is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '');
}

function jsonSyntaxProblem(text: string, error: unknown): ValidationProblem {
  const found = findJsonSyntaxError(text);
  if (found === undefined) {
    return { path: DOCUMENT_PATH, message: t('load.notJson', { reason: engineReason(error) }) };
  }
  const { line, column } = lineAndColumn(text, found.offset);
  const near = text.slice(found.offset, found.offset + 20).split('\n')[0] ?? '';
  const what = near === '' ? t('load.endOfText') : JSON.stringify(near);
  return {
    path: DOCUMENT_PATH,
    message: t('load.notJsonAt', { line, column, expected: found.expected, found: what }),
  };
}

/** The value of a JSON text, or its syntax problem with line and column. */
function parseJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; problems: ValidationProblem[] } {
  if (typeof text !== 'string') return failure(t('load.expectedText'));
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return failure(t('load.emptyFile'));
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    try {
      return { ok: false, problems: [jsonSyntaxProblem(body, error)] };
    } catch {
      return failure(t('load.notJson', { reason: engineReason(error) }));
    }
  }
}

/** Parses the text of a JSON file and validates it; JSON syntax errors come with line and column. */
export function parseDatasetJson(text: string, onValidating?: () => void): ValidationResult {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  onValidating?.();
  return validateDataset(parsed.value);
}

/** A failure on the way, carried out of the reading loop. */
class LoadError extends Error {
  constructor(readonly failure: LoadFailure) {
    super(failure.message);
  }
}

/** A Google Sheets address: it can be read from another site only when published to the web. */
function isGoogleSheet(url: string): boolean {
  return /^https:\/\/docs\.google\.com\/spreadsheets\//.test(url);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function tooLarge(what: string, limitBytes: number, sizeBytes: number | null): LoadError {
  const size =
    sizeBytes === null
      ? t('load.largerThan', { limit: byteSize(limitBytes) })
      : byteSize(sizeBytes);
  return new LoadError({
    kind: 'too-large',
    limitBytes,
    sizeBytes,
    message: t('load.tooLarge', { what, size, limit: byteSize(limitBytes) }),
  });
}

/**
 * Reads a byte stream as text, handing each piece to `sink` as it comes and counting bytes against
 * `maxBytes` (so an endless stream or a gzip bomb stops at the limit). `check` sees the text read
 * so far after each of the first chunks.
 */
async function readText(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
  onBytes: (loaded: number) => void,
  overLimit: (loaded: number) => LoadError,
  broken: (loaded: number, error: unknown) => LoadError,
  sink: TextSink,
  check?: (start: string) => void,
): Promise<void> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const start: string[] = [];
  let loaded = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (error) {
      throw broken(loaded, error);
    }
    if (chunk.done) break;
    loaded += chunk.value.byteLength;
    if (loaded > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw overLimit(loaded);
    }
    const text = decoder.decode(chunk.value, { stream: true });
    if (check && start.length < 4) {
      start.push(text);
      check(start.join(''));
    }
    try {
      await sink(text);
    } catch (error) {
      void reader.cancel().catch(() => undefined);
      throw error;
    }
    onBytes(loaded);
  }
  await sink(decoder.decode());
}

/** Where read text goes, piece by piece. */
type TextSink = (text: string) => void | Promise<void>;

/**
 * A JSON document never starts with "<"; a web page does. Static hosts and dev servers answer a
 * missing file with the site's own index.html (status 200), which is "not found" to the reader.
 */
function refuseWebPage(url: string): (start: string) => void {
  return (start) => {
    const first = start.replace(/^[\s\uFEFF]+/, '').charAt(0);
    if (first === '<') {
      throw new LoadError({
        kind: 'not-found',
        message: t('load.webPage', { address: shortAddress(url) }),
      });
    }
  };
}

async function downloadText(
  url: string,
  maxBytes: number,
  options: LoadOptions,
  sink: TextSink,
): Promise<void> {
  const { onProgress, signal, fetchImpl = globalThis.fetch } = options;
  const host = hostOf(url);
  const sameOrigin =
    typeof location !== 'undefined' && new URL(url, location.href).origin === location.origin;
  onProgress?.({ phase: 'connecting', loaded: 0, total: null });
  let response: Response;
  try {
    // `no-cache`: a re-opened address is asked again, so an edited file is not shown stale.
    response = await fetchImpl(url, { signal, cache: 'no-cache' });
  } catch (error) {
    if (signal?.aborted) throw new LoadError({ kind: 'cancelled', message: t('load.stopped') });
    throw new LoadError({
      kind: 'unreachable',
      message: sameOrigin
        ? t('load.connectionFailed', { address: shortAddress(url), reason: errorText(error) })
        : `${t('load.crossOriginFailed', { address: shortAddress(url), host })}${isGoogleSheet(url) ? ` ${t('load.googleSheetAdvice')}` : ''}`,
    });
  }
  if (!response.ok) {
    void response.body?.cancel().catch(() => undefined);
    const status = `${response.status} ${response.statusText}`.trim();
    const missing = response.status === 404 || response.status === 410;
    throw new LoadError(
      missing
        ? {
            kind: 'not-found',
            message: t('load.notFound', { address: shortAddress(url), status }),
          }
        : {
            kind: 'http',
            message: t('load.httpError', { address: shortAddress(url), status }),
          },
    );
  }
  const header = response.headers.get('content-length');
  const announced = header !== null && /^\d+$/.test(header) ? Number(header) : null;
  // With compression, content-length counts the compressed bytes: a hint, never trusted alone.
  const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
  const total = encoded ? null : announced;
  if (total !== null && total > maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    throw tooLarge(shortAddress(url), maxBytes, total);
  }
  onProgress?.({ phase: 'downloading', loaded: 0, total });
  const body = response.body ?? new Response(await response.text()).body;
  if (body === null) return;
  await readText(
    body,
    maxBytes,
    (loaded) => onProgress?.({ phase: 'downloading', loaded, total }),
    () => tooLarge(shortAddress(url), maxBytes, null),
    (loaded, error) =>
      signal?.aborted
        ? new LoadError({ kind: 'cancelled', message: t('load.stopped') })
        : new LoadError({
            kind: 'unreachable',
            message: t('load.brokeOff', {
              address: shortAddress(url),
              size: byteSize(loaded),
              reason: errorText(error),
            }),
          }),
    sink,
    refuseWebPage(url),
  );
}

async function readFileText(
  file: ReadableFile,
  name: string,
  maxBytes: number,
  options: LoadOptions,
  sink: TextSink,
): Promise<void> {
  const { onProgress } = options;
  if (file.size > maxBytes) throw tooLarge(name, maxBytes, file.size);
  onProgress?.({ phase: 'reading', loaded: 0, total: file.size });
  await readText(
    file.stream(),
    maxBytes,
    (loaded) => onProgress?.({ phase: 'reading', loaded, total: file.size }),
    () => tooLarge(name, maxBytes, null),
    (_, error) =>
      new LoadError({
        kind: 'unreadable',
        message: t('load.fileUnreadable', { name, reason: errorText(error) }),
      }),
    sink,
  );
}

/** An import checked by the validator, with its report for the preview. */
async function checked(imported: ImportResult): Promise<CollectedDataset> {
  const { checkImport } = await import('../formats/importDataset');
  const result = checkImport(imported);
  return result.ok
    ? { ok: true, dataset: result.dataset, warnings: result.warnings, imported: result.report }
    : result;
}

/** The dataset a collector read, checked, with what an import did; or the problems. */
type CollectedDataset =
  | { ok: true; dataset: Dataset; warnings: ValidationWarning[]; imported: ImportReport | null }
  | { ok: false; problems: ValidationProblem[] };

/**
 * Collects the text of a dataset as it is read, deciding by its content what it is: JSON
 * (Chronicle's, or TimelineJS's) is kept whole to be parsed at the end; anything else is read as
 * CSV row by row as it streams in, by the importer, which loads only then.
 */
class TextCollector {
  private kind: 'json' | 'csv' | null = null;
  private readonly parts: string[] = [];
  private csv: CsvImport | null = null;
  private failure: string | null = null;
  /** Characters read so far. */
  length = 0;

  /** True once the text is known to be a table (CSV or TSV), not JSON. */
  get isTable(): boolean {
    return this.kind === 'csv';
  }

  constructor(private readonly options: ImportOptions) {}

  readonly sink: TextSink = async (text) => {
    this.length += text.length;
    if (this.failure !== null) return;
    if (this.kind === null) {
      this.parts.push(text);
      // Only the new piece is looked at: what came before it was all white space.
      const start = text.replace(/^[\s\uFEFF]+/, '');
      if (start === '') return;
      this.kind = start.startsWith('{') || start.startsWith('[') ? 'json' : 'csv';
      if (this.kind === 'json') return;
      const first = this.parts.join('');
      this.parts.length = 0;
      const { createCsvImport } = await import('../formats/importDataset');
      this.csv = createCsvImport(first, this.options);
      this.push(first);
      return;
    }
    if (this.kind === 'json') this.parts.push(text);
    else this.push(text);
  };

  private push(text: string): void {
    try {
      this.csv?.push(text);
    } catch (error) {
      this.failure = errorText(error);
    }
  }

  /** The dataset once everything is read, checked, with what an import did. */
  async finish(onValidating: () => void, validation: ValidationOptions): Promise<CollectedDataset> {
    if (this.failure !== null) return failure(this.failure);
    if (this.csv !== null) {
      let imported;
      try {
        imported = this.csv.end();
      } catch (error) {
        return failure(errorText(error));
      }
      onValidating();
      return checked(imported);
    }
    const parsed = parseJson(this.parts.join(''));
    this.parts.length = 0;
    if (!parsed.ok) return parsed;
    onValidating();
    const { timelineJsVersion, importTimelineJsJson } = await import('../formats/timelineJsJson');
    if (timelineJsVersion(parsed.value) !== null) {
      return checked(importTimelineJsJson(parsed.value, this.options));
    }
    const result = validateDataset(parsed.value, validation);
    return result.ok ? { ...result, imported: null } : result;
  }
}

/**
 * Loads, parses and validates a dataset, reporting progress: Chronicle JSON, or a file in another
 * format imported on the way (see `src/formats/`). The text is read once and dropped when this
 * returns; only the dataset (or the problems) is kept. Never rejects.
 */
export async function loadDataset(
  request: DatasetRequest,
  options: LoadOptions = {},
): Promise<DatasetLoadResult> {
  let finalUrl: string | null = null;
  const name = request.kind === 'file' ? request.name : request.url;
  const collector = new TextCollector({ name, ...request.importOptions });
  // Times may be written in EDTF; its parser loads here, where datasets from elsewhere are read.
  const edtf = loadEdtfParser();
  try {
    if (request.kind === 'url') {
      await downloadText(
        request.url,
        request.maxBytes,
        {
          ...options,
          fetchImpl: async (url, init) => {
            const response = await (options.fetchImpl ?? globalThis.fetch)(url, init);
            finalUrl = response.url || url;
            return response;
          },
        },
        collector.sink,
      );
    } else {
      await readFileText(request.file, request.name, request.maxBytes, options, collector.sink);
    }
  } catch (error) {
    if (error instanceof LoadError) return { status: 'failed', failure: error.failure };
    return { status: 'failed', failure: { kind: 'unreadable', message: errorText(error) } };
  }
  options.onProgress?.({
    phase: collector.isTable ? 'importing' : 'parsing',
    loaded: collector.length,
    total: collector.length,
  });
  await edtf;
  const result = await collector.finish(
    () => options.onProgress?.({ phase: 'validating', loaded: 0, total: null }),
    { onEvent: options.onEvent },
  );
  return result.ok
    ? {
        status: 'ready',
        dataset: result.dataset,
        warnings: result.warnings,
        finalUrl,
        imported: result.imported,
      }
    : { status: 'invalid', problems: result.problems };
}
