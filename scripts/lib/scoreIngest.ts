/**
 * Scoring drafts against the curated dataset. A draft matches a curated incident when one of its
 * excerpts overlaps one of the incident's excerpts in the same source (character ranges). A draft
 * matches a deliberate exclusion (data/unmapped.json, which has summaries but no offsets) when it
 * comes from that exclusion's source and its excerpts share at least three content words with the
 * summary. Each curated incident is then scored on one matched draft: the one overlapping most,
 * preferring a draft not already scored for another incident (so "Damascus and Homs" drafts pair
 * with their own incidents).
 */
import type { DraftIncident } from '../../src/data/extract/draftTypes';
import { kmApart } from '../../src/data/extract/draftParts';

export interface CuratedIncident {
  id: string;
  coordinates: [number, number];
  precision: string;
  when: { start: string; precision: string };
  excerpts: Array<{ source: string; offset: number; quote: string }>;
}

export interface Exclusion {
  id: string;
  source: string;
  summary: string;
}

export interface SourcedDraft {
  source: string;
  draft: DraftIncident;
}

export interface IncidentScore {
  incident: CuratedIncident;
  draft?: SourcedDraft;
  placeScored: boolean;
  placeOk?: boolean;
  placeKm?: number;
  dateScored: boolean;
  dateOk?: boolean;
}

const FINE = new Set(['poi', 'district', 'city']);
const STOP = new Set(['that', 'with', 'from', 'this', 'have', 'said', 'which', 'their', 'they', 'were', 'will', 'been', 'week', 'last']);

export function overlap(d: SourcedDraft, incident: CuratedIncident): number {
  let total = 0;
  for (const c of incident.excerpts) {
    if (c.source !== d.source) continue;
    for (const e of d.draft.excerpts) {
      const lo = Math.max(c.offset, e.offset);
      const hi = Math.min(c.offset + c.quote.length, e.offset + e.quote.length);
      if (hi > lo) total += hi - lo;
    }
  }
  return total;
}

const contentWords = (text: string) =>
  new Set((text.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !STOP.has(w)));

export function matchesExclusion(d: SourcedDraft, exclusion: Exclusion): boolean {
  if (d.source !== exclusion.source) return false;
  const summary = contentWords(exclusion.summary);
  const excerpt = contentWords(d.draft.excerpts.map((e) => e.quote).join(' '));
  return [...summary].filter((w) => excerpt.has(w)).length >= 3;
}

export function scoreIncidents(incidents: CuratedIncident[], drafts: SourcedDraft[]): IncidentScore[] {
  const used = new Set<SourcedDraft>();
  return incidents.map((incident) => {
    const matched = drafts
      .map((d) => ({ d, o: overlap(d, incident) }))
      .filter((m) => m.o > 0)
      .sort((a, b) => Number(used.has(a.d)) - Number(used.has(b.d)) || b.o - a.o);
    const draft = matched[0]?.d;
    const placeScored = !!draft && FINE.has(incident.precision);
    const dateScored = !!draft && incident.when.precision === 'day';
    if (!draft) return { incident, placeScored, dateScored };
    used.add(draft);
    const top = draft.draft.where?.candidates[0];
    const placeKm = top ? kmApart(top, { lon: incident.coordinates[0], lat: incident.coordinates[1] }) : undefined;
    return {
      incident,
      draft,
      placeScored,
      placeOk: placeScored ? placeKm !== undefined && placeKm <= 25 : undefined,
      placeKm,
      dateScored,
      dateOk: dateScored ? draft.draft.when.start === incident.when.start : undefined,
    };
  });
}

export const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);
