/** The bundled dataset, read from data/ for the claims kernel's tests. */
import { readFileSync } from 'node:fs';
import { parseIncidents } from '../data/parseIncidents';
import { actorCatalogSchema, sourceCatalogSchema } from '../data/sourceCatalog';
import type { ReportContext } from '../data/claims/deriveReports';

const read = (path: string) => readFileSync(path, 'utf8');
export const bundledText = (id: string) => read(`data/sources/${id}.txt`);
const sources = sourceCatalogSchema.parse(JSON.parse(read('data/sources.json'))).sources;
const actors = actorCatalogSchema.parse(JSON.parse(read('data/actors.json'))).actors;
const { incidents } = parseIncidents(JSON.parse(read('data/incidents.geojson')));

export const bundledContext: ReportContext = {
  actors,
  sourceInfo: (id) => {
    const s = sources.find((x) => x.id === id);
    return s && { outlet: s.outlet, agency: s.carries ?? s.outlet, published: s.published.date, text: bundledText(id) };
  },
};

export const bundledIncident = (id: string) => incidents.find((i) => i.id === id)!.feature.properties;
export const bundledIncidents = () => incidents.map((i) => i.feature.properties);
