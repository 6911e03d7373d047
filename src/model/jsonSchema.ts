/**
 * The JSON Schema of the Chronicle format, generated from the zod schema so the two cannot drift.
 * `npm run schema` writes it to data/schema.json; jsonSchema.test.ts fails when that file is stale.
 * It describes the shape only: id references, time order and count ranges are checked by validate.ts.
 */
import * as z from 'zod/mini';
import { Dataset, FORMAT_VERSION } from './schema';

/** Where the generated schema is written, relative to the project root. */
export const SCHEMA_FILE = 'data/schema.json';

/** The JSON Schema (draft 2020-12) for a dataset file in the current format, as accepted on input. */
export function datasetJsonSchema(): object {
  const { $schema, ...rest } = z.toJSONSchema(Dataset, { io: 'input' });
  return {
    $schema,
    $id: `urn:chronicle:format:${FORMAT_VERSION.replace('/', '-')}`,
    title: `Chronicle dataset (${FORMAT_VERSION})`,
    description:
      'An interactive timeline of a news story: actors, locations, sources and source-linked events. ' +
      'Generated from src/model/schema.ts by `npm run schema`; see docs/data-format.md. ' +
      'Shape only: references between ids, time order and count ranges are checked by the app.',
    ...rest,
  };
}

/** The schema file's exact text: 2-space indented JSON with a trailing newline. */
export function datasetJsonSchemaText(): string {
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
}
