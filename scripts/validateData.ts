/**
 * `npm run validate-data [-- --dir path]`: check the dataset (schema, unique ids, verbatim excerpts
 * at their offsets, source hashes, actors, coordinates inside the named country, no event before
 * its report). Prints each problem with the incident id and field; exits 1 if there is any.
 */
import { join } from 'node:path';
import { validateDataset } from './lib/validateDataset';

const dirFlag = process.argv.indexOf('--dir');
const dir = dirFlag >= 0 ? process.argv[dirFlag + 1] : join(process.cwd(), 'data');
const { count, problems } = validateDataset(dir);

for (const problem of problems) console.log(`✗ ${problem.id}  ${problem.field}: ${problem.reason}`);
console.log(problems.length === 0 ? `✓ ${count} incidents valid (${dir})` : `${problems.length} problems in ${dir}`);
process.exit(problems.length === 0 ? 0 : 1);
