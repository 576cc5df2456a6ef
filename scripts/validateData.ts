/**
 * `npm run validate-data [-- --dir path | -- path]` (or DATA_DIR=path): check the dataset (schema, unique ids, verbatim excerpts
 * at their offsets, source hashes, actors, coordinates inside the named country, no event before
 * its report). Prints each problem with the incident id and field; exits 1 if there is any.
 * A folder given (an exported dataset, say) is checked on its own files: a file it lacks is read
 * from data/ only for the broken-data fixtures, which override just what they break.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateDataset } from './lib/validateDataset';

const dirFlag = process.argv.indexOf('--dir');
const positional = process.argv.slice(2).find((arg, i, args) => !arg.startsWith('--') && args[i - 1] !== '--dir');
const given = dirFlag >= 0 ? process.argv[dirFlag + 1] : (positional ?? process.env.DATA_DIR);
if (given !== undefined && !existsSync(join(given, 'incidents.geojson'))) {
  console.log(`✗ ${given}: no incidents.geojson there; give a folder laid out like data/`);
  process.exit(1);
}
const dir = given ? resolve(given) : join(process.cwd(), 'data');
const { count, problems } = validateDataset(dir);

for (const problem of problems) console.log(`✗ ${problem.id}  ${problem.field}: ${problem.reason}`);
console.log(problems.length === 0 ? `✓ ${count} incidents valid (${dir})` : `${problems.length} problems in ${dir}`);
process.exit(problems.length === 0 ? 0 : 1);
