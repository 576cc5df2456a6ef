/**
 * What the first paint loads: the scripts and style sheets that the built index.html names, and
 * their gzip size (Node's default level, as a static server would send them). One definition for
 * the budget check (scripts/checkDist.ts), the benchmark report (scripts/bench.ts) and the offline
 * measurement (scripts/measureOffline.ts), so that all three count the same files the same way.
 *
 * The budget: 400 kB of gzip JavaScript, of which maplibre-gl is about 282 kB and React about
 * 62 kB. Parts that show only when asked for are loaded as their own chunks (src/ui/lazyPanels.tsx,
 * the About panel, authoring, the GPU layer) so that the app's own share stays near 50 kB.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const FIRST_PAINT_JS_BUDGET = 400 * 1024;

export interface FirstPaintFile {
  file: string;
  gzip: number;
}

export function firstPaintFiles(dist = 'dist'): { js: FirstPaintFile[]; css: FirstPaintFile[] } {
  const names = [
    ...readFileSync(join(dist, 'index.html'), 'utf8').matchAll(/"[^"]*(assets\/[^"]+\.(?:m?js|css))"/g),
  ].map((m) => m[1]);
  const sized = [...new Set(names)].map((file) => ({ file, gzip: gzipSync(readFileSync(join(dist, file))).length }));
  return { js: sized.filter((f) => !f.file.endsWith('.css')), css: sized.filter((f) => f.file.endsWith('.css')) };
}

export const totalGzip = (files: FirstPaintFile[]) => files.reduce((n, f) => n + f.gzip, 0);
