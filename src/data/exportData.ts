/**
 * Exports of the incidents a user is looking at, carrying every provenance field.
 *   - GeoJSON: the features as stored, plus the sources they cite and what the export covers.
 *   - CSV: one row per incident, UTF-8 with a BOM, every field quoted, CRLF line ends, so it opens
 *     cleanly in a spreadsheet. Cells that a spreadsheet would run as a formula are defused
 *     (lib/spreadsheetCsv.ts, the writer of every CSV the app offers).
 */
import type { Incident } from './parseIncidents';
import type { Actor, Source } from './sourceCatalog';
import type { ImportedSource } from './import/types';
import { spreadsheetCsv } from '../lib/spreadsheetCsv';
import { currentOverride, type Grade, type GradeOverride } from './claims/grade';

export interface ExportContext {
  sources: ReadonlyMap<string, Source>;
  /** Where excerpts of imported rows come from: file and row, outlet and link as given. */
  importedSources?: ReadonlyMap<string, ImportedSource>;
  actors: ReadonlyMap<string, Actor>;
  /** In words: the window, filters and view, e.g. "19–23 Feb 2016; map view; filters: actor Islamic State". */
  scope: string;
  datasetVersion: string;
  exportedAt: string;
  /** Analysts' grade overrides by incident id, newest last: carried with each feature that has one. */
  gradeHistory?: Readonly<Record<string, GradeOverride[]>>;
  /** The suggested grade of an incident (claims/gradeOf.ts), when the export carries grades. */
  suggestedGrade?: (incident: Incident) => Grade;
}

/** The grade in force (override, else suggested) and the suggested one, when the export carries grades. */
function gradesOf(incident: Incident, ctx: ExportContext) {
  const suggested = ctx.suggestedGrade?.(incident);
  if (!suggested) return {};
  return { grade: currentOverride(ctx.gradeHistory?.[incident.id])?.grade ?? suggested, gradeSuggested: suggested };
}

/** The feature, with its grades, the override in force and the whole history of overrides when it has any. */
function withGrade(incident: Incident, ctx: ExportContext) {
  const history = ctx.gradeHistory?.[incident.id];
  const grades = gradesOf(incident, ctx);
  if (!history?.length && !grades.grade) return incident.feature;
  const overrides = history?.length ? { gradeOverride: currentOverride(history) ?? null, gradeHistory: history } : {};
  return { ...incident.feature, properties: { ...incident.feature.properties, ...grades, ...overrides } };
}

export function toGeoJsonExport(incidents: Incident[], ctx: ExportContext) {
  const cited = new Set(incidents.flatMap((i) => i.feature.properties.excerpts.map((e) => e.source)));
  return {
    type: 'FeatureCollection' as const,
    metadata: {
      generator: 'Incident Atlas',
      datasetVersion: ctx.datasetVersion,
      exportedAt: ctx.exportedAt,
      scope: ctx.scope,
      count: incidents.length,
    },
    sources: [...cited].sort().map((id) => {
      const imported = ctx.importedSources?.get(id);
      return ctx.sources.get(id) ?? (imported ? { id, imported: true, ...imported } : { id, missing: true });
    }),
    features: incidents.map((i) => withGrade(i, ctx)),
  };
}

export const CSV_COLUMNS = [
  'id',
  'title',
  'category',
  'status',
  'date_start',
  'date_end',
  'date_precision',
  'date_basis',
  'start_open',
  'end_open',
  'reported',
  'longitude',
  'latitude',
  'place',
  'place_as_written',
  'country',
  'location_precision',
  'geocode_source',
  'geocode_ref',
  'location_note',
  'actors',
  'claimed_by',
  'killed',
  'wounded',
  'excerpts',
  'sources',
  'grade',
  'grade_suggested',
  'grade_override',
  'provenance',
  'summary',
  'coded_as',
  'title_made',
] as const;

type Figures = NonNullable<Incident['feature']['properties']['casualties']>['killed'];
const figures = (list: Figures | undefined) =>
  (list ?? []).map((f) => `${f.text} (${[f.min ?? '', f.max ?? ''].join('–')}; ${f.attribution})`).join(' | ');

const gradeCell = (o: GradeOverride | undefined) => (o ? `${o.grade}: ${o.reason} (${o.at})` : '');

export function toCsv(incidents: Incident[], ctx: ExportContext): string {
  const rows = incidents.map((incident) => {
    const p = incident.feature.properties;
    const actorName = (id: string) => ctx.actors.get(id)?.name ?? id;
    const row: Record<(typeof CSV_COLUMNS)[number], unknown> = {
      id: p.id,
      title: p.title,
      category: p.category,
      status: p.status,
      date_start: p.when.start,
      date_end: p.when.end ?? p.when.start,
      date_precision: p.when.precision,
      date_basis: p.when.basis,
      start_open: Boolean(p.when.startOpen),
      end_open: Boolean(p.when.endOpen),
      reported: p.reported,
      longitude: incident.lngLat[0],
      latitude: incident.lngLat[1],
      place: p.where.name,
      place_as_written: p.where.asWritten,
      country: p.where.country,
      location_precision: p.where.precision,
      geocode_source: p.where.geocode.source,
      geocode_ref: p.where.geocode.ref,
      location_note: p.where.note ?? '',
      actors: p.actors.map((a) => `${actorName(a.actor)} (${a.role})`).join('; '),
      claimed_by: (p.claimedBy ?? []).map(actorName).join('; '),
      killed: figures(p.casualties?.killed),
      wounded: figures(p.casualties?.wounded),
      excerpts: p.excerpts.map((e) => `“${e.quote}” [${e.source} @${e.offset}]`).join(' | '),
      sources: [...new Set(p.excerpts.map((e) => e.source))]
        .map((id) => {
          const s = ctx.sources.get(id);
          const imported = ctx.importedSources?.get(id);
          if (!s && imported)
            return `${imported.outlet ?? 'imported'}: ${imported.fileName}, ${imported.unit} ${imported.row}${imported.url ? ` <${imported.url}>` : ''} (not checked against an archived text)`;
          return s
            ? `${s.outlet}${s.carries ? `/${s.carries}` : ''}: ${s.headline} (${s.dateline ?? 'no dateline'}, ${s.published.date}, ${s.published.precision})`
            : id;
        })
        .join(' | '),
      grade: gradesOf(incident, ctx).grade ?? '',
      grade_suggested: gradesOf(incident, ctx).gradeSuggested ?? '',
      grade_override: gradeCell(currentOverride(ctx.gradeHistory?.[p.id])),
      provenance: p.provenance,
      summary: p.summary ? `${p.summary.text} (${p.summary.by})` : '',
      coded_as: p.codedAs ? [p.codedAs.scheme, p.codedAs.type, p.codedAs.subType].filter(Boolean).join(' / ') : '',
      title_made: Boolean(p.titleMade),
    };
    return CSV_COLUMNS.map((c) => row[c]);
  });
  return spreadsheetCsv([CSV_COLUMNS, ...rows]);
}
