/** Chains of reporting in words: who carried a claim, step by step, origin first. */
import type { ReportingStep } from './schema';

const names = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/** "A", "A and B", "A, B and C". */
export function joinNames(list: readonly string[]): string {
  return names.format(list);
}

/**
 * One name per step, origin first; a step of parallel channels is their names joined
 * ("Interfax, TASS and RIA Novosti").
 */
export function namedSteps(
  steps: readonly ReportingStep[],
  nameOf: (sourceId: string) => string,
): string[] {
  return steps.map((step) =>
    typeof step === 'string' ? nameOf(step) : joinNames(step.map(nameOf)),
  );
}
