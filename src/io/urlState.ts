/**
 * What a shared link holds, parsed and written as a declarative schema:
 *   ?from=2016-02-15&to=2016-02-24&incident=<id>&rule=contained&mode=cumulative&timeline=record&order=oldest#map=6.00/32.790/12.480
 * Every value is checked; a bad one is dropped with a short notice, never a crash. A link without
 * from and to opens on the reporting period; one with only one of them runs to the record's end.
 */
import type { MatchRule } from '../data/timeIndex';
import type { WindowMode } from '../time/window';
import type { TimelineZoom } from '../time/extent';
import type { Camera } from '../store/types';
import { LIST_ORDERS, type ListOrder } from '../geo/orderIncidents';
import { fromDayNumber, toDayNumber } from '../lib/days';
import { DECIMAL, parseUrlFilters, writeUrlFilters, type FilterContext, type UrlFilters } from './urlFilters';

export interface UrlState {
  from?: number;
  to?: number;
  incident?: string;
  rule?: MatchRule;
  mode?: WindowMode;
  timeline?: TimelineZoom;
  order?: ListOrder;
  camera?: Camera;
  filters?: UrlFilters;
}

export interface ParseContext extends Partial<FilterContext> {
  domain: [number, number];
  incidentIds: Pick<ReadonlySet<string>, 'has'>;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Why a link's id or date may not be found: links are shared, imports stay in the browser that made them. */
const ELSEWHERE = 'it may be an import from another browser';

function parseDay(value: string | null, name: string, ctx: ParseContext, notices: string[]): number | undefined {
  if (value === null) return undefined;
  const day = ISO_DAY.test(value) ? toDayNumber(value) : NaN;
  if (!Number.isFinite(day) || fromDayNumber(day) !== value) {
    notices.push(`Ignored ${name}=${value.slice(0, 40)}: not a date written YYYY-MM-DD.`);
    return undefined;
  }
  if (day < ctx.domain[0] || day > ctx.domain[1]) {
    notices.push(
      `Ignored ${name}=${value}: outside the data (${fromDayNumber(ctx.domain[0])} to ${fromDayNumber(ctx.domain[1])}); ${ELSEWHERE}.`,
    );
    return undefined;
  }
  return day;
}

export function parseCamera(hash: string, notices: string[]): Camera | undefined {
  const match = /(?:^#|&)map=([^&]*)/.exec(hash);
  if (!match) return undefined;
  const raw = match[1].split('/');
  const parts = raw.map(Number);
  const [zoom, lat, lon] = parts;
  if (
    parts.length !== 3 ||
    raw.some((p) => !DECIMAL.test(p)) ||
    zoom < 0 ||
    zoom > 22 ||
    Math.abs(lat) > 85.06 ||
    Math.abs(lon) > 180
  ) {
    notices.push(`Ignored #map=${match[1].slice(0, 40)}: expected zoom/latitude/longitude, e.g. #map=6/32.79/12.48.`);
    return undefined;
  }
  return { zoom, lat, lon };
}

export function parseUrlState(search: string, hash: string, ctx: ParseContext): { state: UrlState; notices: string[] } {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const state: UrlState = {};
  const from = parseDay(params.get('from'), 'from', ctx, notices);
  const to = parseDay(params.get('to'), 'to', ctx, notices);
  if (from !== undefined && to !== undefined && from > to) notices.push('Ignored from/to: the start is after the end.');
  else {
    if (from !== undefined) state.from = from;
    if (to !== undefined) state.to = to;
  }
  const incident = params.get('incident');
  if (incident !== null) {
    if (ctx.incidentIds.has(incident)) state.incident = incident;
    else
      notices.push(
        `Ignored incident=${incident.slice(0, 60)}: no incident has that id in the loaded data; ${ELSEWHERE}.`,
      );
  }
  const rule = params.get('rule');
  if (rule === 'overlaps' || rule === 'contained') state.rule = rule;
  else if (rule !== null) notices.push(`Ignored rule=${rule.slice(0, 20)}: use overlaps or contained.`);
  const mode = params.get('mode');
  if (mode === 'sliding' || mode === 'cumulative') state.mode = mode;
  else if (mode !== null) notices.push(`Ignored mode=${mode.slice(0, 20)}: use sliding or cumulative.`);
  const timeline = params.get('timeline');
  if (timeline === 'reporting' || timeline === 'record') state.timeline = timeline;
  else if (timeline !== null) notices.push(`Ignored timeline=${timeline.slice(0, 20)}: use reporting or record.`);
  const order = params.get('order');
  if ((LIST_ORDERS as readonly string[]).includes(order ?? '')) state.order = order as ListOrder;
  else if (order !== null) notices.push(`Ignored order=${order.slice(0, 20)}: use ${LIST_ORDERS.join(', ')}.`);
  const camera = parseCamera(hash, notices);
  if (camera) state.camera = camera;
  const filters = parseUrlFilters(
    params,
    { actorIds: ctx.actorIds ?? new Set(), contextIds: ctx.contextIds ?? new Set() },
    notices,
  );
  if (Object.keys(filters).length > 0) state.filters = filters;
  return { state, notices };
}

/** What a link leaves out stands for these: the record's days and the reporting period (the default window). */
export interface LinkDefaults {
  domain: [number, number];
  reporting: [number, number];
}

/** The window a link opens on: its from and to, the record's end for one left out, or the reporting period for both. */
export function windowOfLink(
  state: Pick<UrlState, 'from' | 'to'>,
  { domain, reporting }: LinkDefaults,
): [number, number] {
  if (state.from === undefined && state.to === undefined) return reporting;
  return [state.from ?? domain[0], state.to ?? domain[1]];
}

/** The query string and hash for a state; defaults are left out to keep links short. */
export function serializeUrlState(state: UrlState, defaults: LinkDefaults): { search: string; hash: string } {
  const params = new URLSearchParams();
  const [from, to] = windowOfLink(state, defaults);
  // The default window goes without dates; any other is written whole, so the link reads as the window it opens.
  if (from !== defaults.reporting[0] || to !== defaults.reporting[1]) {
    params.set('from', fromDayNumber(from));
    params.set('to', fromDayNumber(to));
  }
  if (state.incident) params.set('incident', state.incident);
  if (state.rule && state.rule !== 'overlaps') params.set('rule', state.rule);
  if (state.mode && state.mode !== 'sliding') params.set('mode', state.mode);
  if (state.timeline && state.timeline !== 'reporting') params.set('timeline', state.timeline);
  if (state.order && state.order !== 'newest') params.set('order', state.order);
  if (state.filters) writeUrlFilters(state.filters, params);
  const search = params.toString();
  return { search: search ? `?${search}` : '', hash: writeCamera(state.camera) };
}

/** Fixed decimals, and never "-0.00": a link is written one way only. */
const fixed = (v: number, digits: number) => v.toFixed(digits).replace(/^-(0\.0+)$/, '$1');

/**
 * #map=zoom/lat/lon as parseCamera reads it: the longitude wrapped into −180…180 (the map's centre
 * can drift past the antimeridian) and zoom and latitude kept in range, so the link is always accepted.
 */
function writeCamera(c: Camera | undefined): string {
  if (!c || ![c.zoom, c.lat, c.lon].every(Number.isFinite)) return '';
  const zoom = Math.max(0, Math.min(22, c.zoom));
  const lat = Math.max(-85.06, Math.min(85.06, c.lat));
  const lon = c.lon >= -180 && c.lon <= 180 ? c.lon : ((((c.lon + 180) % 360) + 360) % 360) - 180;
  return `#map=${fixed(zoom, 2)}/${fixed(lat, 4)}/${fixed(lon, 4)}`;
}
