/** The "Later reporting" section of docs/data-format.md names every field and value it adds. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { knownFieldsAt } from './knownFields';
import { ACCOUNTS, CLAIM_RELATIONS, CLAIM_STATUSES, CLAIM_SUBJECTS } from './schema';

const docPath = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'data-format.md');
const doc = readFileSync(docPath, 'utf8');
const section = doc.slice(doc.indexOf('## Later reporting'));

describe('docs/data-format.md: later reporting', () => {
  it('has a section of its own', () => {
    expect(doc.indexOf('## Later reporting')).toBeGreaterThan(0);
  });

  it('names every field of a claim and of a withdrawal, and the fields it adds elsewhere', () => {
    const fields = [
      ...knownFieldsAt(['claims', 0]),
      ...knownFieldsAt(['events', 0, 'casualties', 0, 'withdrawn']),
      'account',
      'outlet',
      'headline',
      'copyOf',
      'noLink',
      'note',
      'status',
      'withdrawn',
    ];
    expect(fields.length).toBeGreaterThan(20);
    expect(fields.filter((field) => !section.includes(`\`${field}\``))).toEqual([]);
  });

  it('names every account, subject, relation and status', () => {
    const values = [...ACCOUNTS, ...CLAIM_SUBJECTS, ...CLAIM_RELATIONS, ...CLAIM_STATUSES];
    expect(values.filter((value) => !section.includes(`\`${value}\``))).toEqual([]);
  });
});
