/** Load the bundled dataset (data/) once at start, with the same schema the validator uses. */
import incidentsText from '../../data/incidents.geojson?raw';
import sourcesJson from '../../data/sources.json';
import actorsJson from '../../data/actors.json';
import { parseIncidents, type ParsedDataset } from './parseIncidents';
import { actorCatalogSchema, sourceCatalogSchema, type Actor, type Source } from './sourceCatalog';

const sourceTextFiles = import.meta.glob('../../data/sources/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export interface BundledDataset extends ParsedDataset {
  sources: Map<string, Source>;
  sourceTexts: Map<string, string>;
  actors: Map<string, Actor>;
  datasetVersion: string;
}

export function loadBundledDataset(text: string = incidentsText): BundledDataset {
  let parsed: ParsedDataset;
  try {
    parsed = parseIncidents(JSON.parse(text));
  } catch (error) {
    parsed = { incidents: [], rejected: [{ number: 0, field: 'data/incidents.geojson', reason: `is not valid JSON: ${(error as Error).message}` }] };
  }
  const sources = sourceCatalogSchema.parse(sourcesJson).sources;
  const actors = actorCatalogSchema.parse(actorsJson).actors;
  const sourceTexts = new Map(
    Object.entries(sourceTextFiles).map(([path, body]) => [path.replace(/^.*\/(.+)\.txt$/, '$1'), body]),
  );
  return {
    ...parsed,
    sources: new Map(sources.map((s) => [s.id, s])),
    sourceTexts,
    actors: new Map(actors.map((a) => [a.id, a])),
    datasetVersion: parsed.metadata?.version ?? 'unversioned',
  };
}
