/** Load the bundled dataset (data/) once at start, with the same schema the validator uses. */
import incidentsText from '../../data/incidents.geojson?raw';
import sourcesJson from '../../data/sources.json';
import actorsJson from '../../data/actors.json';
import referencePlacesJson from '../../data/reference-places.json';
import { parseIncidents, type ParsedDataset } from './parseIncidents';
import { actorCatalogSchema, sourceCatalogSchema, type Actor, type Source } from './sourceCatalog';
import { parseContextLayers, unverifiedExcerpts, type ContextLayer } from './contextLayers';
import { readReferencePlaces, type ReferencePlace } from './referencePlaces';

const contextFiles = import.meta.glob('../../data/context/*.geojson', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const sourceTextFiles = import.meta.glob('../../data/sources/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export interface BundledDataset extends ParsedDataset {
  sources: Map<string, Source>;
  sourceTexts: Map<string, string>;
  actors: Map<string, Actor>;
  datasetVersion: string;
  contextLayers: ContextLayer[];
  /** Places that excerpts state distances from, by `country|name as written`. */
  referencePlaces: Record<string, ReferencePlace>;
  /** Context layers that were skipped, each named with what is wrong. */
  contextProblems: string[];
}

function loadContextLayers(texts: ReadonlyMap<string, string>): {
  contextLayers: ContextLayer[];
  contextProblems: string[];
} {
  const files: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [path, text] of Object.entries(contextFiles)) {
    const name = path.replace(/^.*\//, 'data/context/');
    try {
      files[name] = JSON.parse(text);
    } catch (error) {
      problems.push(`${name}: not valid JSON (${(error as Error).message})`);
    }
  }
  const parsed = parseContextLayers(files);
  const unverified = parsed.layers.flatMap((l) => unverifiedExcerpts(l, texts));
  const ok = parsed.layers.filter((l) => unverifiedExcerpts(l, texts).length === 0);
  return { contextLayers: ok, contextProblems: [...problems, ...parsed.problems, ...unverified] };
}

export function loadBundledDataset(text: string = incidentsText): BundledDataset {
  let parsed: ParsedDataset;
  try {
    parsed = parseIncidents(JSON.parse(text));
  } catch (error) {
    parsed = {
      incidents: [],
      rejected: [
        { number: 0, field: 'data/incidents.geojson', reason: `is not valid JSON: ${(error as Error).message}` },
      ],
    };
  }
  const sources = sourceCatalogSchema.parse(sourcesJson).sources;
  const actors = actorCatalogSchema.parse(actorsJson).actors;
  const sourceTexts = new Map(
    Object.entries(sourceTextFiles).map(([path, body]) => [path.replace(/^.*\/(.+)\.txt$/, '$1'), body]),
  );
  return {
    ...parsed,
    ...loadContextLayers(sourceTexts),
    sources: new Map(sources.map((s) => [s.id, s])),
    sourceTexts,
    actors: new Map(actors.map((a) => [a.id, a])),
    referencePlaces: readReferencePlaces(referencePlacesJson.places),
    datasetVersion: parsed.metadata?.version ?? 'unversioned',
  };
}
