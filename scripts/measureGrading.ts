/**
 * `npx tsx scripts/measureGrading.ts`: what grading costs, against a baseline measured in the same
 * run (one pass of the category filter over the same incidents). Three sets: the bundled 47 (every
 * one has excerpts and archived texts), 100,000 imported rows without excerpts (the cheap path,
 * like the synthetic benchmark set) and 100,000 imported rows with one quoted excerpt each and a
 * casualty statement, half of them given by a quoted speaker (the full derivation), no archived text. Times are medians of five runs.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseIncidents } from '../src/data/parseIncidents';
import { actorCatalogSchema, sourceCatalogSchema } from '../src/data/sourceCatalog';
import { reportContextOf } from '../src/data/claims/reportContext';
import { suggestedGrades } from '../src/data/claims/gradeOf';
import type { Incident } from '../src/data/parseIncidents';
import type { ImportedSource } from '../src/data/import/types';

const read = (path: string) => readFileSync(path, 'utf8');
const sources = sourceCatalogSchema.parse(JSON.parse(read('data/sources.json'))).sources;
const actors = actorCatalogSchema.parse(JSON.parse(read('data/actors.json'))).actors;
const { incidents } = parseIncidents(JSON.parse(read('data/incidents.geojson')));
const catalogue = {
  sources: new Map(sources.map((s) => [s.id, s])),
  sourceTexts: new Map(sources.map((s) => [s.id, read(`data/sources/${s.id}.txt`)])),
  importedSources: new Map<string, ImportedSource>(),
  actors: new Map(actors.map((a) => [a.id, a])),
};

const N = Number(process.env.N ?? 100_000);
const copy = (i: number, withExcerpt: boolean): Incident => {
  const base = incidents[i % incidents.length];
  const p = base.feature.properties;
  const source = `import-bench-${i}`;
  // Each row its own source, as an import gives it: file, row and outlet; no archived text.
  if (withExcerpt)
    catalogue.importedSources.set(source, { fileName: 'bench.csv', unit: 'row', row: i + 2, outlet: 'Bench outlet' });
  const excerpt = p.excerpts[0]?.quote ?? 'An air strike hit the town.';
  const properties = withExcerpt
    ? {
        ...p,
        id: `bench-${i}`,
        provenance: 'quoted' as const,
        excerpts: [{ source, quote: excerpt, offset: 0 }],
        // Every other row quotes a speaker, so that half take the full derivation.
        casualties: {
          killed: [{ text: '3 killed', min: 3, max: 3, source, attribution: i % 2 ? 'the mayor' : 'Bench outlet' }],
        },
      }
    : { ...p, id: `bench-${i}`, provenance: 'none' as const, excerpts: [], casualties: undefined };
  return { ...base, index: i, id: properties.id, feature: { ...base.feature, properties } } as Incident;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function measure(name: string, list: Incident[]) {
  const baseline: number[] = [];
  const grading: number[] = [];
  for (let run = 0; run < 5; run++) {
    let t = performance.now();
    list.filter((x) => x.feature.properties.category !== 'legal');
    baseline.push(performance.now() - t);
    const ctx = reportContextOf(catalogue);
    t = performance.now();
    suggestedGrades(list, ctx);
    grading.push(performance.now() - t);
  }
  const [b, g] = [median(baseline), median(grading)];
  console.log(
    `${name}: grading ${g.toFixed(1)} ms, category-filter pass ${b.toFixed(2)} ms, ratio ${(g / b).toFixed(0)}×`,
  );
}

measure(`bundled (${incidents.length})`, incidents);
measure(
  '100,000 imported, no excerpts',
  Array.from({ length: N }, (_, i) => copy(i, false)),
);
measure(
  '100,000 imported, one excerpt and a figure each',
  Array.from({ length: N }, (_, i) => copy(i, true)),
);
