/// <reference lib="webworker" />
/**
 * The dataset worker: read the file or download the URL (with progress and a size limit), parse,
 * validate, and post back the dataset in parts, or every problem, or why it could not be had.
 * Nothing half-loads, and nothing here throws past the message.
 */
import {
  DATASET_PART_SIZE,
  type DatasetRequest,
  type DatasetWorkerMessage,
  type DatasetWorkerRequest,
} from './datasetWorkerProtocol';
import { loadLanguage } from '../i18n/i18n';
import { loadDataset, type DatasetProgress } from './loadDataset';
import { shareEqualParts } from './shareEqualParts';
import type { ImportReport } from '../formats/importTypes';
import type { ChronicleEvent, Dataset } from './schema';
import type { ValidationWarning } from './validationProblem';

declare const self: DedicatedWorkerGlobalScope;

function post(message: DatasetWorkerMessage): void {
  self.postMessage(message);
}

/**
 * At most one progress message per this many milliseconds, one at each change of phase, and the
 * latest one always sent in the end (a trickle of bytes followed by silence still shows them).
 */
const PROGRESS_INTERVAL_MS = 100;

function throttledProgress(): (progress: DatasetProgress) => void {
  let last = 0;
  let phase: DatasetProgress['phase'] | null = null;
  let pending: DatasetProgress | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const send = (progress: DatasetProgress) => {
    clearTimeout(timer);
    pending = null;
    last = performance.now();
    phase = progress.phase;
    post({ kind: 'progress', progress });
  };
  return (progress) => {
    if (progress.phase !== phase || performance.now() - last >= PROGRESS_INTERVAL_MS) {
      send(progress);
      return;
    }
    if (pending === null) {
      timer = setTimeout(() => {
        if (pending !== null) send(pending);
      }, PROGRESS_INTERVAL_MS);
    }
    pending = progress;
  };
}

function slices<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += DATASET_PART_SIZE) {
    out.push(items.slice(start, start + DATASET_PART_SIZE));
  }
  return out;
}

/**
 * Sends the events ahead in parts as the validator reads them, so that the page takes in one part
 * while the worker checks the next (at 100,000 events taking them in is over a second of the
 * page's time). `sent` counts the events sent; the rest go with the dataset. Each part's equal
 * small pieces are made one object first (shareEqualParts.ts), so that they arrive as one.
 */
function eventsAhead(): { add: (event: ChronicleEvent) => void; sent: () => number } {
  let part: ChronicleEvent[] = [];
  let sent = 0;
  return {
    add: (event) => {
      part.push(event);
      if (part.length < DATASET_PART_SIZE) return;
      post({ kind: 'part', collection: 'events', items: shareEqualParts(part) });
      sent += part.length;
      part = [];
    },
    sent: () => sent,
  };
}

function postDataset(
  dataset: Dataset,
  finalUrl: string | null,
  warnings: ValidationWarning[],
  imported: ImportReport | null,
  eventsSent: number,
): void {
  const { actors, locations, sources, events, ...head } = dataset;
  post({
    kind: 'dataset',
    head,
    warnings,
    imported,
    counts: {
      actors: actors.length,
      locations: locations.length,
      sources: sources.length,
      events: events.length,
    },
    finalUrl,
  });
  for (const items of slices(actors)) post({ kind: 'part', collection: 'actors', items });
  for (const items of slices(locations)) post({ kind: 'part', collection: 'locations', items });
  for (const items of slices(sources)) post({ kind: 'part', collection: 'sources', items });
  for (const items of slices(events.slice(eventsSent))) {
    post({ kind: 'part', collection: 'events', items: shareEqualParts(items) });
  }
  post({ kind: 'done' });
}

async function load(request: DatasetRequest): Promise<void> {
  const ahead = eventsAhead();
  const result = await loadDataset(request, {
    onProgress: throttledProgress(),
    onEvent: ahead.add,
  });
  if (result.status === 'ready') {
    postDataset(result.dataset, result.finalUrl, result.warnings, result.imported, ahead.sent());
  } else if (result.status === 'invalid') post({ kind: 'invalid', problems: result.problems });
  else post({ kind: 'failed', failure: result.failure });
}

/** Loads the page's catalog first, so that problems and failures come back in its language. */
async function answer({ request, language }: DatasetWorkerRequest): Promise<void> {
  try {
    await loadLanguage(language);
  } catch {
    // A catalog that cannot load leaves the messages in English; the dataset still loads.
  }
  await load(request);
}

self.onmessage = (event: MessageEvent<DatasetWorkerRequest>) => {
  void answer(event.data);
};
// Says the script has started, so the page can tell a worker that never loaded from a slow one.
post({ kind: 'started' });
