/**
 * The filters and layers part of a shared link:
 *   hide=airstrike,legal  actor=islamic-state  hideprec=region,country  q=Daesh
 *   layers=heatmap,-clusters  context=aleppo-supply-road  area=11.5,32,13.5,33.5 (west,south,east,north)
 * Unknown values are dropped with a short notice; the rest still apply.
 */
import { CATEGORIES, LOCATION_PRECISIONS, type Category, type LocationPrecision } from '../data/vocabulary';
import type { BaseLayer } from '../store/types';
import { DEFAULT_BASE_LAYERS } from '../store/filtersSlice';

export interface UrlFilters {
  hide?: Category[];
  actor?: string;
  hidePrecisions?: LocationPrecision[];
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
const list = (v: string | null) =>
  v === null
    ? null
    : v
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);

function known<T extends string>(
  values: string[] | null,
  allowed: readonly T[] | ReadonlySet<string>,
  name: string,
  notices: string[],
): T[] | undefined {
  if (values === null) return undefined;
  const ok = values.filter((v) =>
    Array.isArray(allowed) ? allowed.includes(v as T) : (allowed as ReadonlySet<string>).has(v),
  ) as T[];
  const bad = values.filter((v) => !ok.includes(v as T));
  if (bad.length) notices.push(`Ignored ${name}=${clip(bad.join(','))}: not known.`);
  return ok;
}

export function parseUrlFilters(params: URLSearchParams, ctx: FilterContext, notices: string[]): UrlFilters {
  const out: UrlFilters = {};
  const hide = known(list(params.get('hide')), CATEGORIES, 'hide', notices);
  if (hide?.length) out.hide = hide;
  const actor = params.get('actor');
  if (actor !== null) {
    if (ctx.actorIds.has(actor)) out.actor = actor;
    else notices.push(`Ignored actor=${clip(actor)}: no actor has that id.`);
  }
  const hidePrecisions = known(list(params.get('hideprec')), LOCATION_PRECISIONS, 'hideprec', notices);
  if (hidePrecisions?.length) out.hidePrecisions = hidePrecisions;
  const q = params.get('q');
  if (q !== null && q.trim()) out.q = q.slice(0, 200);
  const layerWords = list(params.get('layers'));
  if (layerWords) {
    const names = Object.keys(DEFAULT_BASE_LAYERS) as BaseLayer[];
    const layers =
      known(
        layerWords.map((w) => w.replace(/^-/, '')),
        names,
        'layers',
        notices,
      ) ?? [];
    out.layers = Object.fromEntries(layers.map((l) => [l, !layerWords.includes(`-${l}`)]));
  }
  const context = known(list(params.get('context')), ctx.contextIds, 'context', notices);
  if (context?.length) out.context = context;
  const area = params.get('area');
  if (area !== null) {
    const n = area.split(',').map(Number);
    const [w, s, e, north] = n;
    if (
      n.length === 4 &&
      n.every(Number.isFinite) &&
      w < e &&
      s < north &&
      Math.abs(s) <= 90 &&
      Math.abs(north) <= 90 &&
      Math.abs(w) <= 180 &&
      Math.abs(e) <= 180
    )
      out.area = [w, s, e, north];
    else notices.push(`Ignored area=${clip(area)}: expected west,south,east,north in degrees.`);
  }
  return out;
}

export function writeUrlFilters(f: UrlFilters, params: URLSearchParams): void {
  if (f.hide?.length) params.set('hide', f.hide.join(','));
  if (f.actor) params.set('actor', f.actor);
  if (f.hidePrecisions?.length) params.set('hideprec', f.hidePrecisions.join(','));
  if (f.q?.trim()) params.set('q', f.q.trim());
  const changed = Object.entries(f.layers ?? {}).filter(([l, on]) => DEFAULT_BASE_LAYERS[l as BaseLayer] !== on);
  if (changed.length) params.set('layers', changed.map(([l, on]) => (on ? l : `-${l}`)).join(','));
  if (f.context?.length) params.set('context', f.context.join(','));
  if (f.area) params.set('area', f.area.map((v) => Number(v.toFixed(4))).join(','));
}
