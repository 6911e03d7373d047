import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { makeTestDataset } from './testDataset';
import type { DatasetLoadResult, DatasetProgress, FetchLike } from './loadDataset';
import { loadDataset, parseDatasetJson } from './loadDataset';
import { shortAddress } from './loadLimits';

const validText = JSON.stringify(makeTestDataset(), null, 2);

function rejectedWith(text: string): string[] {
  const result = parseDatasetJson(text);
  if (result.ok) throw new Error('expected the text to be rejected');
  return result.problems.map((problem) => `${problem.path}: ${problem.message}`);
}

describe('parseDatasetJson', () => {
  it('parses and validates a dataset file', () => {
    expect(parseDatasetJson(validText)).toEqual({
      ok: true,
      dataset: makeTestDataset(),
      warnings: [],
    });
  });

  it('ignores a byte order mark', () => {
    expect(parseDatasetJson(`\uFEFF${validText}`).ok).toBe(true);
  });

  it('reports a missing comma with its line and column', () => {
    const text = validText.replace('"format": "chronicle/2",', '"format": "chronicle/2"');
    expect(rejectedWith(text)).toEqual([
      '(document): not valid JSON at line 3, column 3: expected "," or "}", found "\\"id\\": \\"test-unrest\\","',
    ]);
  });

  it.each([
    ['a trailing comma', '{\n  "a": 1,\n}', 'line 3, column 1: expected another item after ","'],
    ['an unterminated string', '{\n  "title": "Unrest', 'line 2, column 19: expected a closing "'],
    [
      'a comment',
      '{\n  // the title\n  "title": "x"\n}',
      'line 2, column 3: expected a field name',
    ],
    ['single quotes', "{'title': 'x'}", 'line 1, column 2: expected a field name in double quotes'],
    ['a truncated file', '{"events": [', 'line 1, column 13: expected a value'],
    ['text after the object', '{}\n}', 'line 2, column 1: expected the end of the text'],
  ])('reports %s with its line and column', (_, text, detail) => {
    expect(rejectedWith(text)).toEqual([expect.stringContaining(`not valid JSON at ${detail}`)]);
  });

  it.each(['', '   \n  '])('reports an empty file (%j)', (text) => {
    expect(rejectedWith(text)).toEqual(['(document): the file is empty: expected a JSON object']);
  });

  it.each([
    ['null', 'null'],
    ['[]', 'a list (JSON array)'],
    ['"dataset"', 'a string ("dataset")'],
    ['42', 'a number (42)'],
  ])('reports the JSON value %s as not a dataset', (text, found) => {
    expect(rejectedWith(text)).toEqual([
      `(document): expected the dataset to be a JSON object, got ${found}`,
    ]);
  });

  it('passes validation problems through', () => {
    const text = validText.replace('"at": "2022-01-04"', '"at": "2022-01-04", "precision": "week"');
    expect(rejectedWith(text)).toEqual([
      expect.stringMatching(
        /^events\[0\]\.time\.precision: event "square-protest" \(.*\): expected one of .*got "week"$/,
      ),
    ]);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(parseDatasetJson(text).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

const URL_A = 'http://localhost:3000/data/x.json';
const ELSEWHERE = 'https://elsewhere.example/d.json';
const MB = 1_048_576;

function respond(status: number, body: BodyInit | null, headers: Record<string, string> = {}) {
  return new Response(body, { status, headers });
}

function fetching(response: () => Response | Promise<Response>): FetchLike {
  return () => Promise.resolve(response());
}

async function loadUrl(url: string, fetchImpl: FetchLike, maxBytes = 10 * MB) {
  const progress: DatasetProgress[] = [];
  const result = await loadDataset(
    { kind: 'url', url, maxBytes },
    { fetchImpl, onProgress: (p) => progress.push(p) },
  );
  return { result, progress };
}

function failureOf(result: DatasetLoadResult) {
  if (result.status !== 'failed') throw new Error(`expected a failure, got ${result.status}`);
  return result.failure;
}

/** A body that sends `chunk` forever (an endless stream, or a gzip bomb once inflated). */
function endless(chunk: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({ pull: (controller) => controller.enqueue(chunk) });
}

describe('loadDataset from an address', () => {
  it('downloads, parses and validates, reporting each stage in bytes', async () => {
    const fetchImpl = vi.fn<FetchLike>(fetching(() => respond(200, validText)));
    const { result, progress } = await loadUrl(URL_A, fetchImpl);
    expect(result).toEqual({
      status: 'ready',
      dataset: makeTestDataset(),
      finalUrl: URL_A,
      warnings: [],
      imported: null,
    });
    expect(fetchImpl).toHaveBeenCalledWith(URL_A, expect.objectContaining({ cache: 'no-cache' }));
    expect(progress.map((p) => p.phase)).toEqual([
      'connecting',
      'downloading',
      'downloading',
      'parsing',
      'validating',
    ]);
    expect(progress[2]?.loaded).toBe(new TextEncoder().encode(validText).byteLength);
  });

  it('says "not found" for a 404, and for a web page sent in place of a missing file', async () => {
    const missing = await loadUrl(
      URL_A,
      fetching(() => respond(404, 'Not here')),
    );
    expect(failureOf(missing.result)).toEqual({
      kind: 'not-found',
      message: `nothing was found at ${URL_A} (the server answered 404): check the address.`,
    });
    const spa = await loadUrl(
      URL_A,
      fetching(() => respond(200, '\n  <!doctype html><html>')),
    );
    expect(failureOf(spa.result)).toMatchObject({
      kind: 'not-found',
      message: expect.stringContaining('sent a web page instead of a JSON file'),
    });
  });

  it('reports another HTTP status', async () => {
    const { result } = await loadUrl(
      URL_A,
      fetching(() => respond(500, 'oops')),
    );
    expect(failureOf(result)).toEqual({
      kind: 'http',
      message: `could not download ${URL_A}: the server answered 500.`,
    });
  });

  it('explains a failed connection to another site as possibly CORS', async () => {
    const fetchImpl: FetchLike = () => Promise.reject(new TypeError('Failed to fetch'));
    const { result } = await loadUrl(ELSEWHERE, fetchImpl);
    const failure = failureOf(result);
    expect(failure.kind).toBe('unreachable');
    expect(failure.message).toContain('elsewhere.example does not let other sites read its files');
    expect(failure.message).toContain('Access-Control-Allow-Origin');
    expect(failure.message).not.toContain('Failed to fetch');
  });

  it('says a download broke off, and after how much', async () => {
    let sent = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) controller.error(new TypeError('network error'));
        else controller.enqueue(new Uint8Array(2 * MB).fill(32));
        sent = true;
      },
    });
    const { result } = await loadUrl(
      URL_A,
      fetching(() => respond(200, body)),
    );
    expect(failureOf(result).message).toMatch(/broke off after 2 MB: the connection closed/);
  });

  it('refuses a body larger than the limit before reading it, by its content-length', async () => {
    const body = endless(new Uint8Array(MB));
    const { result, progress } = await loadUrl(
      URL_A,
      fetching(() => respond(200, body, { 'content-length': String(300 * MB) })),
    );
    expect(failureOf(result)).toEqual({
      kind: 'too-large',
      limitBytes: 10 * MB,
      sizeBytes: 300 * MB,
      message: `${URL_A} is 300 MB, more than the 10 MB Chronicle opens without asking.`,
    });
    expect(progress.filter((p) => p.phase === 'downloading')).toEqual([]);
  });

  it('stops an endless stream at the limit, counting the bytes as they come', async () => {
    const { result, progress } = await loadUrl(
      URL_A,
      fetching(() => respond(200, endless(new Uint8Array(64 * 1024).fill(32)))),
      MB,
    );
    expect(failureOf(result)).toMatchObject({ kind: 'too-large', limitBytes: MB, sizeBytes: null });
    expect(failureOf(result).message).toContain('larger than 1 MB (reading stopped there)');
    expect(Math.max(...progress.map((p) => p.loaded))).toBeLessThanOrEqual(MB);
  });

  it('counts decompressed bytes: a compressed content-length is no promise', async () => {
    const { result } = await loadUrl(
      URL_A,
      fetching(() =>
        respond(200, endless(new Uint8Array(64 * 1024).fill(32)), {
          'content-length': '1000',
          'content-encoding': 'gzip',
        }),
      ),
      MB,
    );
    expect(failureOf(result).kind).toBe('too-large');
  });

  it('resolves a cancelled download as cancelled', async () => {
    const controller = new AbortController();
    const fetchImpl: FetchLike = (_, init) =>
      new Promise((_, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError')));
      });
    const loading = loadDataset(
      { kind: 'url', url: URL_A, maxBytes: MB },
      { fetchImpl, signal: controller.signal },
    );
    controller.abort();
    expect(failureOf(await loading).kind).toBe('cancelled');
  });
});

/** A file of `text` (jsdom's Blob cannot stream). */
function fileOf(content: string | Uint8Array<ArrayBuffer>) {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return {
    size: bytes.byteLength,
    stream: vi.fn(() => new Response(bytes).body ?? new ReadableStream<Uint8Array<ArrayBuffer>>()),
  };
}

describe('loadDataset from a file', () => {
  it('reads the file itself, reporting bytes read', async () => {
    const file = fileOf(validText);
    const progress: DatasetProgress[] = [];
    const result = await loadDataset(
      { kind: 'file', file, name: 'mine.json', maxBytes: MB },
      { onProgress: (p) => progress.push(p) },
    );
    expect(result).toEqual({
      status: 'ready',
      dataset: makeTestDataset(),
      finalUrl: null,
      warnings: [],
      imported: null,
    });
    expect(progress[0]).toEqual({ phase: 'reading', loaded: 0, total: file.size });
  });

  it('refuses a file over the limit by its size, without reading it', async () => {
    const file = fileOf(new Uint8Array(2 * MB));
    const result = await loadDataset({ kind: 'file', file, name: 'big.json', maxBytes: MB });
    expect(failureOf(result)).toEqual({
      kind: 'too-large',
      limitBytes: MB,
      sizeBytes: 2 * MB,
      message: 'big.json is 2 MB, more than the 1 MB Chronicle opens without asking.',
    });
    expect(file.stream).not.toHaveBeenCalled();
  });

  it('passes syntax problems through with line and column', async () => {
    const file = fileOf('{\n  "a": 1,\n}');
    const result = await loadDataset({ kind: 'file', file, name: 'x.json', maxBytes: MB });
    expect(result).toEqual({
      status: 'invalid',
      problems: [
        {
          path: '(document)',
          message: expect.stringContaining('not valid JSON at line 3, column 1') as string,
        },
      ],
    });
  });
});

describe('shortAddress', () => {
  it('keeps short addresses and cuts long ones in the middle', () => {
    expect(shortAddress('https://x.example/a.json')).toBe('https://x.example/a.json');
    const long = `https://x.example/${'a'.repeat(3_000_000)}.json`;
    const short = shortAddress(long);
    expect(short).toHaveLength(119);
    expect(short.startsWith('https://x.example/')).toBe(true);
    expect(short.endsWith('a.json')).toBe(true);
  });
});
