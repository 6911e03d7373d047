/** Writes data/schema.json from the zod schema: `npm run schema`. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SCHEMA_FILE, datasetJsonSchemaText } from '../src/model/jsonSchema';

const target = fileURLToPath(new URL(`../${SCHEMA_FILE}`, import.meta.url));
writeFileSync(target, datasetJsonSchemaText());
console.log(`wrote ${SCHEMA_FILE}`);
