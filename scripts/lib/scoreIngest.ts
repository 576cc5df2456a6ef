/**
 * Scoring drafts against the curated dataset. A draft matches a curated incident when one of its
 * excerpts overlaps one of the incident's excerpts in the same source (character ranges). A draft
 * matches a deliberate exclusion (data/unmapped.json, which has summaries but no offsets) when it
 * comes from that exclusion's source and its excerpts share at least three content words with the
 * summary. Each curated incident is then scored on one matched draft, paired one-to-one where
 * possible by largest overlap; equal overlaps (one sentence naming several places, "Damascus and
 * Homs") are paired by nearest place, so each such draft is scored against its own incident.
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
const STOP = new Set([
  'that',
  'with',
  'from',
  'this',
  'have',
  'said',
  'which',
  'their',
  'they',
  'were',
  'will',
  'been',
  'week',
  'last',
]);

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
  // One-to-one first: all (incident, draft) pairs by overlap, largest first; among equal overlaps
  // (one sentence, several places) the pair whose place is nearer. Incidents left over then take
  // their best draft even if it is already taken.
  const km = (d: SourcedDraft, i: CuratedIncident) => {
    const top = d.draft.where?.candidates[0];
    return top ? kmApart(top, { lon: i.coordinates[0], lat: i.coordinates[1] }) : Infinity;
  };
  const pairs = incidents.flatMap((i) =>
    drafts.map((d) => ({ i, d, o: overlap(d, i), km: km(d, i) })).filter((p) => p.o > 0),
  );
  pairs.sort((a, b) => b.o - a.o || a.km - b.km);
  const chosen = new Map<CuratedIncident, SourcedDraft>();
  const used = new Set<SourcedDraft>();
  for (const p of pairs) {
    if (chosen.has(p.i) || used.has(p.d)) continue;
    chosen.set(p.i, p.d);
    used.add(p.d);
  }
  for (const p of pairs) if (!chosen.has(p.i)) chosen.set(p.i, p.d);
  return incidents.map((incident) => {
    const draft = chosen.get(incident);
    const placeScored = !!draft && FINE.has(incident.precision);
    const dateScored = !!draft && incident.when.precision === 'day';
    if (!draft) return { incident, placeScored, dateScored };
    const placeKm = draft.draft.where ? km(draft, incident) : undefined;
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
