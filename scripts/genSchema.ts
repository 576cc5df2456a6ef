/** `npm run gen-schema`: write data/incidents.schema.json from the zod schema in src/data/schema.ts. `--check` fails if it is stale. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { incidentFeatureSchema } from '../src/data/schema';

const path = join(process.cwd(), 'data', 'incidents.schema.json');
const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Incident Atlas dataset',
  description: 'Generated from src/data/schema.ts by `npm run gen-schema`. Do not edit by hand.',
  type: 'object',
  required: ['type', 'features'],
  properties: {
    type: { const: 'FeatureCollection' },
    metadata: { type: 'object' },
    features: { type: 'array', items: z.toJSONSchema(incidentFeatureSchema, { io: 'input' }) },
  },
};
const text = JSON.stringify(schema, null, 2) + '\n';
if (process.argv.includes('--check')) {
  const current = readFileSync(path, 'utf8');
  if (current !== text) {
    console.error('data/incidents.schema.json is out of date: run npm run gen-schema');
    process.exit(1);
  }
  console.log('✓ data/incidents.schema.json matches src/data/schema.ts');
} else {
  writeFileSync(path, text);
  console.log('wrote data/incidents.schema.json');
}
