/**
 * The analyst's corrections to a draft before it is accepted, kept honest: a place chosen from the
 * extractor's candidates keeps that candidate's gazetteer entry and precision; a place set by hand
 * is a manual geocode whose ref is the basis the analyst typed; a date set by hand says so. Two
 * drafts of one article merge into one that keeps every excerpt. Pure: the review calls these.
 */
import type { IncidentFeature } from '../schema';
import type { Category, DatePrecision, LocationPrecision } from '../vocabulary';
import type { DraftIncident, DraftWhen } from '../extract/draftTypes';
import { draftToIncident, type Converted } from '../extract/draftToIncident';

/** A coordinate the analyst set on the map, with the basis they typed. */
export interface ManualPlace {
  lon: number;
  lat: number;
  basis: string;
  precision: LocationPrecision;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

/** A draft as the analyst has it: the extractor's fields, perhaps corrected, perhaps placed by hand. */
export interface AuthoredDraft extends DraftIncident {
  manualPlace?: ManualPlace;
}

export const ANALYST_DATE_BASIS = 'set by the analyst';

/** Put candidate `index` first: the place becomes that gazetteer entry, its precision with it. */
export function choosePlace(draft: AuthoredDraft, index: number): AuthoredDraft {
  const where = draft.where;
  const chosen = where?.candidates[index];
  if (!where || !chosen) return draft;
  const rest = where.candidates.filter((_, i) => i !== index);
  const kept: AuthoredDraft = { ...draft };
  delete kept.manualPlace;
  return {
    ...kept,
    where: {
      ...where,
      name: chosen.name,
      country: chosen.country,
      precision: chosen.precision,
      candidates: [chosen, ...rest],
    },
  };
}

/** Place the draft by hand. Returns why not when the place is not complete. */
export function placeByHand(draft: AuthoredDraft, place: ManualPlace): AuthoredDraft | string {
  if (!Number.isFinite(place.lon) || !Number.isFinite(place.lat)) return 'click the map to set the point first';
  if (!place.basis.trim()) return 'type the basis for this point (what says it is here)';
  if (!place.name.trim()) return 'type the name of the place';
  if (!/^[A-Z]{2}$/.test(place.country)) return 'the country must be a two-letter code such as LY';
  return { ...draft, manualPlace: { ...place, basis: place.basis.trim(), name: place.name.trim() } };
}

/** Set the dates by hand: the basis then says the analyst set them. Returns why not when they do not hold. */
export function setWhen(
  draft: AuthoredDraft,
  when: { start: string; end?: string; precision: DatePrecision },
): AuthoredDraft | string {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (!day.test(when.start)) return 'the start is not a date';
  if (when.end && !day.test(when.end)) return 'the end is not a date';
  if (when.end && when.end < when.start) return 'the end is before the start';
  const next: DraftWhen = {
    ...draft.when,
    start: when.start,
    precision: when.precision,
    basis: ANALYST_DATE_BASIS,
  };
  if (when.end && when.end !== when.start) next.end = when.end;
  else delete next.end;
  return { ...draft, when: next };
}

export function setFields(
  draft: AuthoredDraft,
  fields: Partial<Pick<DraftIncident, 'title' | 'actors'>> & { category?: Category },
): AuthoredDraft {
  return { ...draft, ...fields };
}

/** Two drafts into one: the fields of `first`, the excerpts, actors and figures of both, in text order. */
export function mergeDrafts(first: AuthoredDraft, second: AuthoredDraft): AuthoredDraft {
  const excerpts = [...first.excerpts, ...second.excerpts]
    .filter((e, i, all) => all.findIndex((x) => x.offset === e.offset && x.quote === e.quote) === i)
    .sort((a, b) => a.offset - b.offset);
  const actors = [...first.actors, ...second.actors.filter((a) => !first.actors.some((b) => b.actor === a.actor))];
  const figures = (a?: DraftIncident['casualties']['killed'], b?: DraftIncident['casualties']['killed']) =>
    (a ?? b) ? [...(a ?? []), ...(b ?? []).filter((f) => !(a ?? []).some((g) => g.text === f.text))] : undefined;
  const killed = figures(first.casualties.killed, second.casualties.killed);
  const wounded = figures(first.casualties.wounded, second.casualties.wounded);
  return {
    ...first,
    excerpts,
    actors,
    casualties: { ...(killed ? { killed } : {}), ...(wounded ? { wounded } : {}) },
  };
}

/** An authored draft as an incident: the extractor's conversion, with a manual place where one was set. */
export function authoredToIncident(
  draft: AuthoredDraft,
  article: { sourceId: string; text: string },
  incidentId: string,
): Converted {
  const manual = draft.manualPlace;
  if (!manual) return draftToIncident(draft, article, incidentId);
  const placeholder = { name: manual.name, country: manual.country, lon: manual.lon, lat: manual.lat, score: 1 };
  const where = draft.where ?? {
    asWritten: 'not named in the text',
    kind: 'literal' as const,
    evidence: { start: 0, end: 0 },
  };
  const converted = draftToIncident(
    {
      ...draft,
      where: {
        ...where,
        name: manual.name,
        country: manual.country,
        precision: manual.precision,
        candidates: [{ ...placeholder, source: 'manual', precision: manual.precision }],
      },
    },
    article,
    incidentId,
  );
  if (!converted.ok) return converted;
  const feature: IncidentFeature = converted.feature;
  const whereProps = { ...feature.properties.where };
  delete whereProps.note;
  return {
    ok: true,
    feature: {
      ...feature,
      geometry: { type: 'Point', coordinates: [manual.lon, manual.lat] },
      properties: {
        ...feature.properties,
        where: { ...whereProps, geocode: { source: 'manual', ref: manual.basis.slice(0, 600) } },
      },
    },
  };
}
