import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeValidDataset } from './fixtures';
import type { FetchLike, FetchedResponse } from './loadDataset';
import { loadDatasetFromUrl, parseDatasetJson } from './loadDataset';

const validText = JSON.stringify(makeValidDataset(), null, 2);

function rejectedWith(text: string): string[] {
  const result = parseDatasetJson(text);
  if (result.ok) throw new Error('expected the text to be rejected');
  return result.problems.map((problem) => `${problem.path}: ${problem.message}`);
}

describe('parseDatasetJson', () => {
  it('parses and validates a dataset file', () => {
    expect(parseDatasetJson(validText)).toEqual({ ok: true, dataset: makeValidDataset() });
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
      expect.stringMatching(/^events\[0\]\.time\.precision: expected one of .*got "week"$/),
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

function respond(status: number, body: string, statusText = ''): FetchedResponse {
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText,
    text: () => Promise.resolve(body),
  };
}

describe('loadDatasetFromUrl', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('fetches and validates a dataset', async () => {
    const fetchImpl = vi.fn<FetchLike>(() => Promise.resolve(respond(200, validText)));
    await expect(loadDatasetFromUrl('data/x.json', fetchImpl)).resolves.toEqual({
      ok: true,
      dataset: makeValidDataset(),
    });
    expect(fetchImpl).toHaveBeenCalledWith('data/x.json');
  });

  it('reports an HTTP error status', async () => {
    const fetchImpl: FetchLike = () => Promise.resolve(respond(404, 'Not here', 'Not Found'));
    await expect(loadDatasetFromUrl('data/missing.json', fetchImpl)).resolves.toEqual({
      ok: false,
      problems: [
        {
          path: '(document)',
          message: 'could not load data/missing.json: the server answered HTTP 404 Not Found',
        },
      ],
    });
  });

  it('reports a network error', async () => {
    const fetchImpl: FetchLike = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(loadDatasetFromUrl('https://example.com/d.json', fetchImpl)).resolves.toEqual({
      ok: false,
      problems: [
        {
          path: '(document)',
          message: 'could not fetch https://example.com/d.json: Failed to fetch',
        },
      ],
    });
  });

  it('reports a fetch that throws instead of rejecting', async () => {
    const fetchImpl: FetchLike = () => {
      throw new Error('bad URL');
    };
    const result = await loadDatasetFromUrl('::', fetchImpl);
    expect(result).toEqual({
      ok: false,
      problems: [{ path: '(document)', message: 'could not fetch ::: bad URL' }],
    });
  });

  it('reports a body that cannot be read', async () => {
    const fetchImpl: FetchLike = () =>
      Promise.resolve({ ...respond(200, ''), text: () => Promise.reject(new Error('aborted')) });
    const result = await loadDatasetFromUrl('d.json', fetchImpl);
    expect(result).toEqual({
      ok: false,
      problems: [{ path: '(document)', message: 'could not read d.json: aborted' }],
    });
  });

  it('reports a body that is not JSON, with line and column', async () => {
    const fetchImpl: FetchLike = () => Promise.resolve(respond(200, '<!doctype html>'));
    const result = await loadDatasetFromUrl('d.json', fetchImpl);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: '(document)',
          message: expect.stringContaining('not valid JSON at line 1, column 1: expected a value'),
        },
      ],
    });
  });

  it('uses the global fetch by default, and reports its absence', async () => {
    vi.stubGlobal('fetch', undefined);
    const result = await loadDatasetFromUrl('d.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/^could not fetch d\.json: /);
  });
});
