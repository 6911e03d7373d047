import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEdtfParser } from '../model/edtf';
import { validateDataset } from '../model/validate';
import { checkImport, importCsvText } from './importDataset';

const docs = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs');
const read = (path: string) => readFileSync(join(docs, path), 'utf8');

beforeAll(loadEdtfParser);

describe('the templates the opener links to', () => {
  it('the JSON template is valid, with its unsourced event as a warning', () => {
    const result = validateDataset(JSON.parse(read('templates/chronicle-template.json')));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.warnings.map((w) => w.eventId)).toEqual(['second-event']);
  });

  it('the CSV template imports as Chronicle CSV without a problem', () => {
    const result = checkImport(importCsvText(read('templates/chronicle-template.csv')));
    expect(result.ok && result.report).toMatchObject({
      format: 'chronicle-csv',
      events: 2,
      problems: [],
    });
  });
});
