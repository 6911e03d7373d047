/** Time limits for the benchmark's waits, so that a hung page can never stall the run. */

/** Raised when a step takes longer than its limit. */
export class TimeoutError extends Error {
  constructor(
    readonly label: string,
    readonly ms: number,
  ) {
    super(`timed out (>${Math.round(ms / 1000)} s)`);
  }
}

/** `promise`, or a TimeoutError after `ms` milliseconds. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(label, ms)), ms);
  });
  try {
    return await Promise.race([promise, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** A short reason for a failed step, for the results table. */
export function failureText(error: unknown): string {
  if (error instanceof TimeoutError) return error.message;
  const text = error instanceof Error ? error.message : String(error);
  const firstLine = text.split('\n')[0] ?? text;
  return firstLine.length > 60 ? `failed: ${firstLine.slice(0, 57)}…` : `failed: ${firstLine}`;
}
