/**
 * The filters and layers part of a shared link:
 *   hide=airstrike,legal  actor=islamic-state  hideprec=region,country  q=Daesh
 *   hidegrade=weak,contested  hidesrc=summary,none (what an incident is sourced by)  colour=grade
 *   layers=heatmap,-clusters  context=aleppo-supply-road  area=11.5,32,13.5,33.5 (west,south,east,north)
 * Unknown values are dropped with a short notice; the rest still apply. A value repeated in a list
 * counts once, lists are read in one pass however long, and numbers are plain decimals. Every
 * link writeUrlFilters writes, parseUrlFilters reads back without a notice.
 */
import {
  CATEGORIES,
  LOCATION_PRECISIONS,
  PROVENANCES,
  type Category,
  type LocationPrecision,
  type Provenance,
} from '../data/vocabulary';
import type { BaseLayer, ColourBy } from '../store/types';
import { DEFAULT_BASE_LAYERS } from '../store/filtersSlice';
import { GRADES, type Grade } from '../data/claims/grade';

export interface UrlFilters {
  hide?: Category[];
  actor?: string;
  hidePrecisions?: LocationPrecision[];
  hideGrades?: Grade[];
  /** Provenance levels hidden by the "Sourced by" filter. */
  hideSourcing?: Provenance[];
  colour?: ColourBy;
  q?: string;
  layers?: Partial<Record<BaseLayer, boolean>>;
  context?: string[];
  area?: [number, number, number, number];
}

export interface FilterContext {
  actorIds: ReadonlySet<string>;
  contextIds: ReadonlySet<string>;
}

const clip = (v: string) => v.slice(0, 40);
const CATEGORY_SET: ReadonlySet<string> = new Set(CATEGORIES);
const PRECISION_SET: ReadonlySet<string> = new Set(LOCATION_PRECISIONS);
const GRADE_SET: ReadonlySet<string> = new Set(GRADES);
const PROVENANCE_SET: ReadonlySet<string> = new Set(PROVENANCES);
const LAYER_SET: ReadonlySet<string> = new Set(Object.keys(DEFAULT_BASE_LAYERS));

/** Comma-separated words, trimmed, empty ones dropped, each kept once in first-seen order; one pass. */
function parseList(value: string | null): string[] | null {
  if (value === null) return null;
  const seen = new Set<string>();
  for (const part of value.split(',')) {
    const word = part.trim();
    if (word) seen.add(word);
  }
  return [...seen];
}

/** The words that are allowed, in order; the others are named (the first few) in one notice. */
function known<T extends string>(
  values: string[] | null,
  allowed: ReadonlySet<string>,
  name: string,
  notices: string[],
): T[] | undefined {
  if (values === null) return undefined;
  const ok: T[] = [];
  const bad: string[] = [];
  for (const value of values) {
    if (allowed.has(value)) ok.push(value as T);
    else if (bad.length < 5) bad.push(value);
  }
  if (bad.length) notices.push(`Ignored ${name}=${clip(bad.join(','))}: not known.`);
  return ok;
}

/** A number as a link writes it: plain decimal digits with an optional minus and fraction (no 0x, 1e3, spaces or Infinity). */
export const DECIMAL = /^-?\d+(\.\d+)?$/;

function parseArea(area: string, notices: string[]): UrlFilters['area'] {
  const parts = area.split(',');
  const n = parts.map(Number);
  const [w, s, e, north] = n;
  if (
    parts.length === 4 &&
    parts.every((p) => DECIMAL.test(p)) &&
    w < e &&
    s < north &&
    Math.abs(s) <= 90 &&
    Math.abs(north) <= 90 &&
    Math.abs(w) <= 180 &&
    Math.abs(e) <= 180
  )
    return [w, s, e, north];
  notices.push(
    `Ignored area=${clip(area)}: expected west,south,east,north in decimal degrees, e.g. area=11.5,32,13.5,33.5.`,
  );
  return undefined;
}

export function parseUrlFilters(params: URLSearchParams, ctx: FilterContext, notices: string[]): UrlFilters {
  const out: UrlFilters = {};
  const hide = known<Category>(parseList(params.get('hide')), CATEGORY_SET, 'hide', notices);
  if (hide?.length) out.hide = hide;
  const actor = params.get('actor');
  if (actor !== null) {
    if (ctx.actorIds.has(actor)) out.actor = actor;
    else notices.push(`Ignored actor=${clip(actor)}: no actor has that id.`);
  }
  const hidePrecisions = known<LocationPrecision>(
    parseList(params.get('hideprec')),
    PRECISION_SET,
    'hideprec',
    notices,
  );
  if (hidePrecisions?.length) out.hidePrecisions = hidePrecisions;
  const hideGrades = known<Grade>(parseList(params.get('hidegrade')), GRADE_SET, 'hidegrade', notices);
  if (hideGrades?.length) out.hideGrades = hideGrades;
  const hideSourcing = known<Provenance>(parseList(params.get('hidesrc')), PROVENANCE_SET, 'hidesrc', notices);
  if (hideSourcing?.length) out.hideSourcing = hideSourcing;
  const colour = params.get('colour');
  if (colour === 'grade' || colour === 'category') out.colour = colour;
  else if (colour !== null) notices.push(`Ignored colour=${clip(colour)}: use colour=grade or colour=category.`);
  const q = params.get('q');
  if (q !== null && q.trim()) out.q = q.slice(0, 200);
  const layerWords = parseList(params.get('layers'));
  if (layerWords) out.layers = parseLayers(layerWords, notices);
  const context = known<string>(parseList(params.get('context')), ctx.contextIds, 'context', notices);
  if (context?.length) out.context = context;
  const area = params.get('area');
  if (area !== null) {
    const box = parseArea(area, notices);
    if (box) out.area = box;
  }
  return out;
}

/** `heatmap,-clusters`: on or off for each named layer; a layer named twice takes its last word. */
function parseLayers(words: string[], notices: string[]): Partial<Record<BaseLayer, boolean>> {
  const layers: Partial<Record<BaseLayer, boolean>> = {};
  const names = words.map((word) => word.replace(/^-/, ''));
  known<BaseLayer>(names, LAYER_SET, 'layers', notices);
  names.forEach((name, i) => {
    if (LAYER_SET.has(name)) layers[name as BaseLayer] = !words[i].startsWith('-');
  });
  return layers;
}

export function writeUrlFilters(f: UrlFilters, params: URLSearchParams): void {
  if (f.hide?.length) params.set('hide', f.hide.join(','));
  if (f.actor) params.set('actor', f.actor);
  if (f.hidePrecisions?.length) params.set('hideprec', f.hidePrecisions.join(','));
  if (f.hideGrades?.length) params.set('hidegrade', f.hideGrades.join(','));
  if (f.hideSourcing?.length) params.set('hidesrc', f.hideSourcing.join(','));
  if (f.colour === 'grade') params.set('colour', 'grade');
  if (f.q?.trim()) params.set('q', f.q);
  const changed = Object.entries(f.layers ?? {}).filter(([l, on]) => DEFAULT_BASE_LAYERS[l as BaseLayer] !== on);
  if (changed.length) params.set('layers', changed.map(([l, on]) => (on ? l : `-${l}`)).join(','));
  if (f.context?.length) params.set('context', f.context.join(','));
  const area = f.area && writeArea(f.area);
  if (area) params.set('area', area);
}

const MICRO = 1_000_000;
/** A whole number of micro-degrees as plain decimal text: 11500000 → "11.5", -3 → "-0.000003". */
function microDegrees(m: number): string {
  const whole = Math.floor(Math.abs(m) / MICRO);
  const fraction = String(Math.abs(m) % MICRO)
    .padStart(6, '0')
    .replace(/0+$/, '');
  return `${m < 0 ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}
/** v in micro-degrees, rounded down (or up), within ±limit. */
function toMicro(v: number, up: boolean, limit: number): number {
  let m = Math.round(v * MICRO);
  if (!up && m / MICRO > v) m -= 1;
  if (up && m / MICRO < v) m += 1;
  return Math.max(-limit * MICRO, Math.min(limit * MICRO, m));
}
/** The two sides of a box, at least one micro-degree apart and inside ±limit. */
function apart(low: number, high: number, limit: number): [number, number] {
  if (low < high) return [low, high];
  return high < limit * MICRO ? [low, low + 1] : [high - 1, high];
}

/**
 * The box as the link writes it: six decimals (about 10 cm), rounded outward so that the written
 * box holds the one drawn, clamped to the world (incidents all lie within it) and never empty,
 * so that the link is always one the parser accepts. Undefined for a box that is not numbers.
 */
export function writeArea([w, s, e, n]: [number, number, number, number]): string | undefined {
  if (![w, s, e, n].every(Number.isFinite)) return undefined;
  const [west, east] = apart(toMicro(w, false, 180), toMicro(e, true, 180), 180);
  const [south, north] = apart(toMicro(s, false, 90), toMicro(n, true, 90), 90);
  return [west, south, east, north].map(microDegrees).join(',');
}
