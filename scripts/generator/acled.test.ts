import { describe, expect, it } from 'vitest';
import { checkImport, importCsvText } from '../../src/formats/importDataset';
import { generateAcledCsv } from './acled';

describe('generateAcledCsv', () => {
  it('writes rows that the ACLED importer reads whole', () => {
    const checked = checkImport(importCsvText(generateAcledCsv({ events: 300, seed: 3 })));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.report.problems).toEqual([]);
    expect(checked.dataset.events).toHaveLength(300);
  });

  it('gives the same file for the same seed', () => {
    const args = { events: 20, seed: 7 };
    expect(generateAcledCsv(args)).toBe(generateAcledCsv(args));
    expect(generateAcledCsv(args)).not.toBe(generateAcledCsv({ ...args, seed: 8 }));
  });
});
