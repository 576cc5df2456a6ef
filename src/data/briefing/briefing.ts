/**
 * A briefing: an ordered list of steps, each a view of the atlas (camera, time window, filters,
 * layers, selection, imported-layer visibility) with a plain-text caption and excerpts cited from
 * the selected incident. This is also the `.briefing.json` file format and what a briefing link
 * holds, so dates are written YYYY-MM-DD and every field is plain JSON.
 */
import type { Category, LocationPrecision, Provenance } from '../vocabulary';
import type { Grade } from '../claims/grade';

export const BRIEFING_FORMAT = 'incident-atlas-briefing';
export const BRIEFING_VERSION = 1;

export type StepLayer = 'points' | 'clusters' | 'heatmap' | 'labels';

export interface StepCamera {
  zoom: number;
  lat: number;
  lon: number;
}

export interface StepView {
  /** null: the step has no location, and the camera stays where it is. */
  camera: StepCamera | null;
  /** The time window, inclusive, YYYY-MM-DD. */
  from: string;
  to: string;
  rule: 'overlaps' | 'contained';
  mode: 'sliding' | 'cumulative';
  incident: string | null;
  hiddenCategories: Category[];
  actorId: string | null;
  hiddenPrecisions: LocationPrecision[];
  hiddenProvenances: Provenance[];
  searchText: string;
  baseLayers: Record<StepLayer, boolean>;
  contextLayersOn: string[];
  /** Imported layers switched off, by dataset id. */
  hiddenDatasets: string[];
  /** Grades switched off (absent in briefings made before grades could be filtered: none). */
  hiddenGrades?: Grade[];
  /** What the markers are coloured by (absent: by category). */
  colourBy?: 'category' | 'grade';
}

/** An excerpt of an incident, cited by its place in the incident's list; the quote as it read when cited. */
export interface CitedExcerpt {
  incidentId: string;
  index: number;
  quote: string;
}

export interface BriefingStep {
  id: string;
  /** Plain text; line breaks are kept, nothing in it is ever read as HTML. */
  caption: string;
  view: StepView;
  cited: CitedExcerpt[];
  /** How long autoplay stays on this step. */
  seconds: number;
}

export interface Briefing {
  format: typeof BRIEFING_FORMAT;
  version: typeof BRIEFING_VERSION;
  id: string;
  title: string;
  /** When it was last changed, ISO 8601. */
  updated: string;
  steps: BriefingStep[];
}

export const DEFAULT_STEP_SECONDS = 6;
export const MAX_CAPTION = 2000;
export const MAX_TITLE = 200;
export const MAX_STEPS = 200;

/** A new id: random enough to tell briefings and steps apart across browsers. */
export function newId(prefix: string, random: () => number = Math.random): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.floor(random() * 36 ** 6).toString(36)}`;
}

export function emptyBriefing(title: string, now = new Date().toISOString()): Briefing {
  return { format: BRIEFING_FORMAT, version: BRIEFING_VERSION, id: newId('briefing'), title, updated: now, steps: [] };
}

/** The incidents a step is about: its selection and those it cites, each once. */
export function stepIncidentIds(step: BriefingStep): string[] {
  const ids = [step.view.incident, ...step.cited.map((c) => c.incidentId)].filter((id): id is string => Boolean(id));
  return [...new Set(ids)];
}

/** The caption's first line, shortened, to name a step in a list or a button. */
export function captionHeadline(caption: string, max = 60): string {
  const first = caption.trim().split('\n')[0]?.trim() ?? '';
  if (!first) return 'No caption';
  return first.length > max ? `${first.slice(0, max - 1)}…` : first;
}
