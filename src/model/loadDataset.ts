/**
 * Getting a dataset from text or from a URL into the validator. Every failure on the way (network,
 * HTTP status, JSON syntax) becomes a problem in the result; nothing here throws.
 */
import { findJsonSyntaxError, lineAndColumn } from './jsonSyntax';
import type { ValidationProblem, ValidationResult } from './validate';
import { errorText, validateDataset } from './validate';
import { DOCUMENT_PATH } from './validationProblem';

/** The part of a fetch `Response` the loader reads. */
export interface FetchedResponse {
  ok: boolean;
  status: number;
  statusText: string;
  text(): Promise<string>;
}

/** A `fetch`-like function; tests pass a fake. */
export type FetchLike = (url: string) => Promise<FetchedResponse>;

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
export function parseDatasetJson(text: string): ValidationResult {
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
  return validateDataset(value);
}

/** Fetches a dataset and validates it; network and HTTP errors are returned as problems. */
export async function loadDatasetFromUrl(
  url: string,
  fetchImpl: FetchLike = globalThis.fetch,
): Promise<ValidationResult> {
  let response: FetchedResponse;
  try {
    response = await fetchImpl(url);
  } catch (error) {
    return failure(`could not fetch ${url}: ${errorText(error)}`);
  }
  try {
    if (!response.ok) {
      const status = `${response.status} ${response.statusText}`.trim();
      return failure(`could not load ${url}: the server answered HTTP ${status}`);
    }
    return parseDatasetJson(await response.text());
  } catch (error) {
    return failure(`could not read ${url}: ${errorText(error)}`);
  }
}
