/**
 * `npx tsx scripts/buildBenchPage.ts`: build the benchmark page (bench/vite.config.ts) to
 * .bench/dist, always, so what is measured is the code checked out. The page draws the offline
 * basemap from public/; on a fresh clone, where `npm run build` has not prepared it yet, this
 * prepares it first. scripts/bench.ts and the bench web server of playwright.config.ts run it.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// prepBasemap writes PROVENANCE.json last: its presence means a complete basemap.
if (!existsSync('public/basemap/PROVENANCE.json')) execSync('npm run prep-basemap', { stdio: 'inherit' });
execSync('npx vite build --config bench/vite.config.ts --logLevel warn', { stdio: 'inherit' });
