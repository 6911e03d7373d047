/**
 * Getting a dataset from a file or a URL into the validator, in the dataset worker (or, where no
 * worker can start, on the page). Every failure on the way (network, HTTP status, size, JSON
 * syntax) becomes a result with a plain message; nothing here throws.
 */
import type { Dataset } from './schema';
import { findJsonSyntaxError, lineAndColumn } from './jsonSyntax';
import { byteSize, shortAddress } from './loadLimits';
import { loadEdtfParser } from './edtf';
import { validateDataset } from './validate';
import {
  DOCUMENT_PATH,
  errorText,
  type ValidationProblem,
  type ValidationResult,
} from './validationProblem';

/** The part of a `File` the loader reads: its size and its bytes as a stream. */
export type ReadableFile = Pick<Blob, 'size' | 'stream'>;

/** What to load: a URL (absolute http/https), or a file the reader chose, within a size limit. */
export type DatasetRequest =
  | { kind: 'url'; url: string; maxBytes: number }
  | { kind: 'file'; file: ReadableFile; name: string; maxBytes: number };

/** Where loading is, for the progress bar. `total` is null when it is not known. */
export interface DatasetProgress {
  /**
   * `connecting`: waiting for the server; `downloading` / `reading`: bytes of the URL or the file;
   * `parsing`: reading the JSON; `validating`: checking it; `receiving`: the page receiving the
   * checked events (counted in events, not bytes).
   */
  phase: 'connecting' | 'downloading' | 'reading' | 'parsing' | 'validating' | 'receiving';
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

/** The outcome of loading: the dataset, the problems in its data, or why it could not be had. */
export type DatasetLoadResult =
  | { status: 'ready'; dataset: Dataset; finalUrl: string | null }
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
}

const failure = (message: string): ValidationResult => ({
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
    return { path: DOCUMENT_PATH, message: `not valid JSON: ${engineReason(error)}` };
  }
  const { line, column } = lineAndColumn(text, found.offset);
  const near = text.slice(found.offset, found.offset + 20).split('\n')[0] ?? '';
  const what = near === '' ? 'the end of the text' : JSON.stringify(near);
  return {
    path: DOCUMENT_PATH,
    message: `not valid JSON at line ${line}, column ${column}: expected ${found.expected}, found ${what}`,
  };
}

/** Parses the text of a JSON file and validates it; JSON syntax errors come with line and column. */
export function parseDatasetJson(text: string, onValidating?: () => void): ValidationResult {
  if (typeof text !== 'string') return failure('expected the text of a JSON file');
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return failure('the file is empty: expected a JSON object');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    try {
      return { ok: false, problems: [jsonSyntaxProblem(body, error)] };
    } catch {
      return failure(`not valid JSON: ${engineReason(error)}`);
    }
  }
  onValidating?.();
  return validateDataset(value);
}

/** A failure on the way, carried out of the reading loop. */
class LoadError extends Error {
  constructor(readonly failure: LoadFailure) {
    super(failure.message);
  }
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
      ? `larger than ${byteSize(limitBytes)} (reading stopped there)`
      : byteSize(sizeBytes);
  return new LoadError({
    kind: 'too-large',
    limitBytes,
    sizeBytes,
    message: `${what} is ${size}, more than the ${byteSize(limitBytes)} Chronicle opens without asking.`,
  });
}

/**
 * Reads a byte stream to text, counting bytes against `maxBytes` as they come (so an endless
 * stream or a gzip bomb stops at the limit). `check` sees the text read so far after each chunk.
 */
async function readText(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
  onBytes: (loaded: number) => void,
  overLimit: (loaded: number) => LoadError,
  broken: (loaded: number, error: unknown) => LoadError,
  check?: (start: string) => void,
): Promise<string> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
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
    parts.push(decoder.decode(chunk.value, { stream: true }));
    if (check && parts.length <= 4) check(parts.join(''));
    onBytes(loaded);
  }
  parts.push(decoder.decode());
  return parts.join('');
}

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
        message: `nothing was found at ${shortAddress(url)}: the server sent a web page instead of a JSON file, which usually means the address is wrong.`,
      });
    }
  };
}

async function downloadText(url: string, maxBytes: number, options: LoadOptions): Promise<string> {
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
    if (signal?.aborted) throw new LoadError({ kind: 'cancelled', message: 'loading was stopped' });
    throw new LoadError({
      kind: 'unreachable',
      message: sameOrigin
        ? `could not download ${shortAddress(url)}: the connection to the server failed (${errorText(error)}).`
        : `could not download ${shortAddress(url)}: the connection to ${host} failed, or ${host} does not let other sites read its files (it would have to send the header Access-Control-Allow-Origin).`,
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
            message: `nothing was found at ${shortAddress(url)} (the server answered ${status}): check the address.`,
          }
        : {
            kind: 'http',
            message: `could not download ${shortAddress(url)}: the server answered ${status}.`,
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
  if (body === null) return '';
  return readText(
    body,
    maxBytes,
    (loaded) => onProgress?.({ phase: 'downloading', loaded, total }),
    () => tooLarge(shortAddress(url), maxBytes, null),
    (loaded, error) =>
      signal?.aborted
        ? new LoadError({ kind: 'cancelled', message: 'loading was stopped' })
        : new LoadError({
            kind: 'unreachable',
            message: `the download of ${shortAddress(url)} broke off after ${byteSize(loaded)}: the connection closed before the end of the file (${errorText(error)}).`,
          }),
    refuseWebPage(url),
  );
}

async function readFileText(
  file: ReadableFile,
  name: string,
  maxBytes: number,
  options: LoadOptions,
): Promise<string> {
  const { onProgress } = options;
  if (file.size > maxBytes) throw tooLarge(name, maxBytes, file.size);
  onProgress?.({ phase: 'reading', loaded: 0, total: file.size });
  return readText(
    file.stream(),
    maxBytes,
    (loaded) => onProgress?.({ phase: 'reading', loaded, total: file.size }),
    () => tooLarge(name, maxBytes, null),
    (_, error) =>
      new LoadError({
        kind: 'unreadable',
        message: `could not read the file ${name}: ${errorText(error)} (it may have been moved or changed since it was chosen).`,
      }),
  );
}

/**
 * Loads, parses and validates a dataset, reporting progress. The text is read once and dropped
 * when this returns; only the dataset (or the problems) is kept. Never rejects.
 */
export async function loadDataset(
  request: DatasetRequest,
  options: LoadOptions = {},
): Promise<DatasetLoadResult> {
  let text: string;
  let finalUrl: string | null = null;
  try {
    if (request.kind === 'url') {
      text = await downloadText(request.url, request.maxBytes, {
        ...options,
        fetchImpl: async (url, init) => {
          const response = await (options.fetchImpl ?? globalThis.fetch)(url, init);
          finalUrl = response.url || url;
          return response;
        },
      });
    } else {
      text = await readFileText(request.file, request.name, request.maxBytes, options);
    }
  } catch (error) {
    if (error instanceof LoadError) return { status: 'failed', failure: error.failure };
    return { status: 'failed', failure: { kind: 'unreadable', message: errorText(error) } };
  }
  options.onProgress?.({ phase: 'parsing', loaded: text.length, total: text.length });
  // Times may be written in EDTF; its parser loads here, where datasets from elsewhere are read.
  await loadEdtfParser();
  const result = parseDatasetJson(text, () =>
    options.onProgress?.({ phase: 'validating', loaded: 0, total: null }),
  );
  return result.ok
    ? { status: 'ready', dataset: result.dataset, finalUrl }
    : { status: 'invalid', problems: result.problems };
}
