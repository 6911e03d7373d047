import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, datasetJsonSchema, datasetJsonSchemaText } from './jsonSchema';

function readSchemaFile(): string {
  try {
    // A path string, not a URL object: under jsdom, `URL` is not the one node:fs accepts.
    const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
    return readFileSync(join(root, SCHEMA_FILE), 'utf8');
  } catch {
    return '(missing)';
  }
}

describe('data/schema.json', () => {
  it('matches the zod schema (if not, run `npm run schema`)', () => {
    expect(
      readSchemaFile() === datasetJsonSchemaText(),
      `${SCHEMA_FILE} is out of date with src/model/schema.ts: run \`npm run schema\` and commit the result`,
    ).toBe(true);
  });

  it('describes a strict object with the format version, requiring only what a minimal dataset needs', () => {
    expect(datasetJsonSchema()).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'urn:chronicle:format:chronicle-2',
      type: 'object',
      additionalProperties: false,
      properties: { format: { const: 'chronicle/2' } },
      required: ['format', 'id', 'title', 'events'],
    });
  });

  it('lets a time be written as an EDTF string or an object', () => {
    const schema = JSON.stringify(datasetJsonSchema());
    expect(schema).toContain('"notBefore"');
    expect(schema).toContain('"edtf"');
  });

  it('is 2-space indented JSON ending in a newline', () => {
    const text = datasetJsonSchemaText();
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toMatch(/^ {2}"\$schema"/);
  });
});
