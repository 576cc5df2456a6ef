/**
 * Store ↔ URL. On start the link's state is applied (bad values are dropped with a notice);
 * afterwards the window, rules and view replace the current history entry, and each new
 * selection pushes one, so back and forward step through selections.
 */
import type { AppStore } from '../store/appStore';
import type { AppState } from '../store/types';
import { parseUrlState, serializeUrlState, windowOfLink, type UrlState } from './urlState';
import { boxFromCorners } from '../geo/analysis';

const filtersOf = (s: AppState): UrlState['filters'] => ({
  hide: s.hiddenCategories,
  actor: s.actorId ?? undefined,
  hidePrecisions: s.hiddenPrecisions,
  hideGrades: s.hiddenGrades,
  hideSourcing: s.hiddenProvenances,
  colour: s.colourBy,
  q: s.searchText,
  layers: s.baseLayers,
  context: s.contextLayersOn,
  area: s.area ? areaBounds(s) : undefined,
});
const areaBounds = (s: AppState): [number, number, number, number] => {
  const ring = s.area!.polygon.geometry.coordinates[0];
  const xs = ring.map((c) => c[0]);
  const ys = ring.map((c) => c[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
};

function applyFilters(store: AppStore, f: UrlState['filters'] = {}): void {
  const s = store.getState();
  s.clearFilters();
  f.hide?.forEach((c) => s.toggleCategory(c));
  f.hidePrecisions?.forEach((p) => s.togglePrecision(p));
  f.hideGrades?.forEach((g) => s.toggleGrade(g));
  f.hideSourcing?.forEach((p) => s.toggleProvenance(p));
  s.setColourBy(f.colour ?? 'category');
  s.setActor(f.actor ?? null);
  s.setSearchText(f.q ?? '');
  for (const [layer, on] of Object.entries({ points: true, clusters: true, heatmap: false, labels: true, ...f.layers }))
    s.setBaseLayer(layer as keyof typeof f.layers, on);
  for (const layer of s.contextLayers)
    s.setContextLayer(layer.metadata.id, Boolean(f.context?.includes(layer.metadata.id)));
  if (f.area) {
    const polygon = boxFromCorners([f.area[0], f.area[1]], [f.area[2], f.area[3]]);
    s.setArea({ polygon, label: 'box from the link' });
    s.setDrawnArea(polygon);
  }
}

const current = (s: AppState): UrlState => ({
  from: s.timeRange[0],
  to: s.timeRange[1],
  incident: s.selectedId ?? undefined,
  rule: s.matchRule,
  mode: s.windowMode,
  timeline: s.timelineZoom,
  order: s.listOrder,
  camera: s.camera ?? undefined,
  filters: filtersOf(s),
});

export function applyUrl(store: AppStore, location: Pick<Location, 'search' | 'hash'>, announce = true): void {
  const s = store.getState();
  const { state, notices } = parseUrlState(location.search, location.hash, {
    domain: s.timeDomain,
    // Asked about one id at most: a search, not a set of 100,000 built at every load.
    incidentIds: { has: (id: string) => s.incidents.some((i) => i.id === id) },
    actorIds: new Set(s.actors.keys()),
    contextIds: new Set(s.contextLayers.map((l) => l.metadata.id)),
  });
  applyFilters(store, state.filters);
  if (state.rule) s.setMatchRule(state.rule);
  if (state.mode) s.setWindowMode(state.mode);
  s.setTimelineZoom(state.timeline ?? 'reporting');
  s.setListOrder(state.order ?? 'newest');
  s.setTimeRange(windowOfLink(state, { domain: s.timeDomain, reporting: s.reportingPeriod }));
  s.selectIncident(state.incident ?? null);
  if (state.camera) store.setState({ camera: state.camera });
  if (announce) notices.forEach((n) => s.addNotice(n));
}

export function bindUrl(store: AppStore, win: Window = window): () => void {
  applyUrl(store, win.location);
  let applying = false;
  let pending = 0;

  const write = (push: boolean) => {
    const s = store.getState();
    const { search, hash } = serializeUrlState(current(s), { domain: s.timeDomain, reporting: s.reportingPeriod });
    const url = `${win.location.pathname}${search}${hash}`;
    if (url === `${win.location.pathname}${win.location.search}${win.location.hash}`) return;
    if (push) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };
  const replaceSoon = () => {
    if (applying) return;
    win.clearTimeout(pending);
    pending = win.setTimeout(() => write(false), 250);
  };

  const onPop = () => {
    applying = true;
    applyUrl(store, win.location, false);
    applying = false;
  };
  win.addEventListener('popstate', onPop);
  const unsubscribers = [
    store.subscribe(
      (s) =>
        [
          s.timeRange,
          s.matchRule,
          s.windowMode,
          s.timelineZoom,
          s.listOrder,
          s.camera,
          s.hiddenCategories,
          s.actorId,
          s.hiddenPrecisions,
          s.hiddenGrades,
          s.hiddenProvenances,
          s.colourBy,
          s.searchText,
          s.baseLayers,
          s.contextLayersOn,
          s.area,
        ] as const,
      replaceSoon,
      {
        equalityFn: (a, b) => a.every((v, i) => v === b[i]),
      },
    ),
    store.subscribe(
      (s) => s.selectedId,
      () => {
        if (applying) return;
        win.clearTimeout(pending);
        write(true);
      },
    ),
  ];
  return () => {
    win.removeEventListener('popstate', onPop);
    win.clearTimeout(pending);
    unsubscribers.forEach((u) => u());
  };
}
