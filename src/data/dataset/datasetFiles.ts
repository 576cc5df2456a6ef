/**
 * The files of a dataset folder laid out exactly like data/: `incidents.geojson`, `sources.json`,
 * `sources/<id>.txt` and `actors.json`. It holds the bundled incidents and those accepted from the
 * user's added articles (each as shown now, local edits applied), every source they cite with its
 * archived text byte for byte and the SHA-256 recorded when it was archived, so that, put in place
 * of data/, it passes `npm run validate-data`. Imported files are left out: their excerpts were
 * never checked against an archived text. Which incidents carry local edits is said in
 * `incidents.geojson` metadata (`localEdits`), never hidden.
 */
import type { ZipEntry } from '../../lib/storedZip';
import type { Incident } from '../incidentList';
import type { IncidentFeature } from '../schema';
import type { Actor, Source } from '../sourceCatalog';

export interface DatasetParts {
  /** Every loaded incident; those of imported files (not archived articles) are left out. */
  incidents: readonly Incident[];
  /** Ids of the layers made from added articles: their incidents are exported. */
  articleSetIds: ReadonlySet<string>;
  sources: ReadonlyMap<string, Source>;
  sourceTexts: ReadonlyMap<string, string>;
  actors: ReadonlyMap<string, Actor>;
  datasetVersion: string;
  exportedAt: string;
  /** Incidents shown with a local edit, with the fields it changed. */
  localEdits: ReadonlyArray<{ id: string; fields: string[]; editedAt: string }>;
}

export interface DatasetFiles {
  entries: ZipEntry[];
  incidentCount: number;
  sourceCount: number;
  /** Loaded incidents that were left out (imported files). */
  leftOut: number;
  /** Exported incidents that carry a local edit. */
  editedCount: number;
  /**
   * Excerpts left out of exported incidents because they cite an imported row, not an archived
   * text (an incident merged in this browser with an imported one): the export holds only what
   * validate-data can check. An incident left with no excerpt is left out and counted in leftOut.
   */
  excerptsLeftOut: number;
}

const NOTE =
  'Exported from Incident Atlas. Each archived text is sources/<id>.txt byte for byte; sha256 is of that file. ' +
  'Sources added in the browser record how their text was obtained under archive.cleaning.';

/** A feature as data/incidents.geojson writes it: the id beside the properties too. */
const asFileFeature = (feature: IncidentFeature) => ({ ...feature, id: feature.properties.id });

/** The feature with only the excerpts that cite a catalogued source (not an imported row), and how many were dropped. */
function withArchivedExcerpts(feature: IncidentFeature, archived: (id: string) => boolean) {
  const excerpts = feature.properties.excerpts.filter((e) => archived(e.source));
  const dropped = feature.properties.excerpts.length - excerpts.length;
  return {
    feature: dropped === 0 ? feature : { ...feature, properties: { ...feature.properties, excerpts } },
    dropped,
  };
}

export function datasetFiles(parts: DatasetParts): DatasetFiles {
  // Imported rows are not in the catalogue of sources; a catalogued source must have its text (checked below).
  const archived = (id: string) => parts.sources.has(id);
  const candidates = parts.incidents
    .filter((i) => !i.datasetId || parts.articleSetIds.has(i.datasetId))
    .map((i) => ({ incident: i, ...withArchivedExcerpts(i.feature, archived) }));
  const keptWith = candidates.filter((c) => c.feature.properties.excerpts.length > 0);
  const kept = keptWith.map((c) => c.incident);
  const excerptsLeftOut = keptWith.reduce((n, c) => n + c.dropped, 0);
  const features = [...keptWith]
    .sort((a, b) => a.incident.startDay - b.incident.startDay || a.incident.id.localeCompare(b.incident.id))
    .map((c) => asFileFeature(c.feature));
  const cited = new Set(features.flatMap((f) => f.properties.excerpts.map((e) => e.source)));
  // Every source with an archived text: the bundled ones (as in data/) and every added article.
  const sources = [...parts.sources.values()].filter((s) => parts.sourceTexts.has(s.id));
  const missing = [...cited].filter((id) => !sources.some((s) => s.id === id));
  if (missing.length > 0)
    throw new Error(`these cited sources have no archived text in this browser: ${missing.join(', ')}`);
  const edited = parts.localEdits.filter((e) => kept.some((i) => i.id === e.id));
  const collection = {
    type: 'FeatureCollection',
    metadata: {
      version: `${parts.datasetVersion || 'dataset'}+export-${parts.exportedAt.slice(0, 10)}`,
      title: 'Incident Atlas dataset',
      description:
        `Exported ${parts.exportedAt}: ${features.length} incidents, ${sources.length} archived sources. ` +
        (edited.length > 0
          ? `${edited.length} incident(s) carry local edits made in the browser, listed in localEdits.`
          : 'No incident carries a local edit.'),
      exportedAt: parts.exportedAt,
      localEdits: edited,
    },
    features,
  };
  const entries: ZipEntry[] = [
    { name: 'incidents.geojson', data: `${JSON.stringify(collection, null, 2)}\n` },
    { name: 'sources.json', data: `${JSON.stringify({ note: NOTE, sources }, null, 2)}\n` },
    { name: 'actors.json', data: `${JSON.stringify({ actors: [...parts.actors.values()] }, null, 2)}\n` },
    ...sources.map((s) => ({ name: `sources/${s.id}.txt`, data: parts.sourceTexts.get(s.id) ?? '' })),
  ];
  return {
    entries,
    incidentCount: features.length,
    sourceCount: sources.length,
    leftOut: parts.incidents.length - kept.length,
    editedCount: edited.length,
    excerptsLeftOut,
  };
}
