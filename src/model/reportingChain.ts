/** Chains of reporting in words: who carried a claim, step by step, origin first. */
import { intlLocale } from '../i18n/i18n';
import type { ReportingStep } from './schema';

const listFormats = new Map<string, Intl.ListFormat>();

/** "A", "A and B", "A, B and C" ("A, B og C" in Norwegian). */
export function joinNames(list: readonly string[]): string {
  const locale = intlLocale();
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format.format(list);
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
