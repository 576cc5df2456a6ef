/**
 * Store ↔ URL. On start the link's state is applied (bad values are dropped with a notice);
 * afterwards the window, rules and view replace the current history entry, and each new
 * selection pushes one, so back and forward step through selections.
 */
import type { AppStore } from '../store/appStore';
import type { AppState } from '../store/types';
import { parseUrlState, serializeUrlState, type UrlState } from './urlState';

const current = (s: AppState): UrlState => ({
  from: s.timeRange[0], to: s.timeRange[1], incident: s.selectedId ?? undefined,
  rule: s.matchRule, mode: s.windowMode, timeline: s.timelineZoom, camera: s.camera ?? undefined,
});

export function applyUrl(store: AppStore, location: Pick<Location, 'search' | 'hash'>, announce = true): void {
  const s = store.getState();
  const { state, notices } = parseUrlState(location.search, location.hash, {
    domain: s.timeDomain,
    incidentIds: new Set(s.incidents.map((i) => i.id)),
  });
  if (state.rule) s.setMatchRule(state.rule);
  if (state.mode) s.setWindowMode(state.mode);
  s.setTimelineZoom(state.timeline ?? 'reporting');
  s.setTimeRange([state.from ?? s.timeDomain[0], state.to ?? s.timeDomain[1]]);
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
    const { search, hash } = serializeUrlState(current(s), { domain: s.timeDomain });
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
    store.subscribe((s) => [s.timeRange, s.matchRule, s.windowMode, s.timelineZoom, s.camera] as const, replaceSoon, {
      equalityFn: (a, b) => a.every((v, i) => v === b[i]),
    }),
    store.subscribe((s) => s.selectedId, () => {
      if (applying) return;
      win.clearTimeout(pending);
      write(true);
    }),
  ];
  return () => {
    win.removeEventListener('popstate', onPop);
    win.clearTimeout(pending);
    unsubscribers.forEach((u) => u());
  };
}
