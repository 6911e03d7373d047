/// <reference lib="webworker" />
/**
 * The dataset worker: download with progress, parse, validate, and post back either the whole
 * dataset or every problem. Nothing half-loads, and nothing here throws past the message.
 */
import { parseDatasetJson } from './loadDataset';
import type {
  DatasetProgress,
  DatasetWorkerMessage,
  DatasetWorkerRequest,
} from './datasetWorkerProtocol';
import { loadEdtfParser } from './edtf';
import { errorText, validateDataset } from './validate';
import { DOCUMENT_PATH } from './validationProblem';

declare const self: DedicatedWorkerGlobalScope;

function post(message: DatasetWorkerMessage): void {
  self.postMessage(message);
}

function progress(p: DatasetProgress): void {
  post({ kind: 'progress', progress: p });
}

async function download(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
  }
  const header = response.headers.get('content-length');
  const total = header !== null && /^\d+$/.test(header) ? Number(header) : null;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let loaded = 0;
  let lastReport = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    if (loaded - lastReport > 256 * 1024) {
      lastReport = loaded;
      progress({ phase: 'downloading', loaded, total });
    }
  }
  parts.push(decoder.decode());
  progress({ phase: 'downloading', loaded, total: total ?? loaded });
  return parts.join('');
}

function failure(message: string): DatasetWorkerMessage {
  return {
    kind: 'result',
    parseMs: 0,
    result: { ok: false, problems: [{ path: DOCUMENT_PATH, message }] },
  };
}

async function load(request: DatasetWorkerRequest): Promise<void> {
  let text: string;
  if (request.kind === 'url') {
    try {
      text = await download(request.url);
    } catch (error) {
      post(failure(`could not download ${request.url}: ${errorText(error)}`));
      return;
    }
  } else {
    text = request.text;
  }
  const started = performance.now();
  progress({ phase: 'parsing', loaded: text.length, total: text.length });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // The loader's own reading says where the syntax breaks (line and column).
    post({ kind: 'result', parseMs: performance.now() - started, result: parseDatasetJson(text) });
    return;
  }
  progress({ phase: 'validating', loaded: text.length, total: text.length });
  await loadEdtfParser();
  const result = validateDataset(parsed);
  post({ kind: 'result', result, parseMs: performance.now() - started });
}

self.onmessage = (event: MessageEvent<DatasetWorkerRequest>) => {
  void load(event.data);
};
