/**
 * Presenting a briefing, on the map: each step the camera flies to the step's view (or jumps
 * there when the user asks for reduced motion, and stays put for a step without a location), and
 * the incidents the step is about are emphasised while the rest are dimmed. The dimming is a
 * multiplier on the layers' own opacities, so the styles' expressions (hollow markers, themes)
 * stay as they are, and it is taken off when presenting stops.
 */
import type { ExpressionSpecification, Map as MaplibreMap } from 'maplibre-gl';
import type { AppStore } from '../store/appStore';
import { selectPresentedStep } from '../store/briefingSlice';
import { stepIncidentIds } from '../data/briefing/briefing';
import { LAYER_IDS } from './layers/ids';

/** How much of its opacity an incident keeps when the step is not about it. */
export const DIMMED = 0.2;
const FLY_MS = 1600;

/** [layer, paint property] pairs dimmed by the emphasis. */
const DIMMABLE: Array<[string, string]> = [
  [LAYER_IDS.points, 'circle-opacity'],
  [LAYER_IDS.points, 'circle-stroke-opacity'],
  [LAYER_IDS.labels, 'text-opacity'],
  [LAYER_IDS.clusters, 'circle-opacity'],
  [LAYER_IDS.clusterCount, 'text-opacity'],
];

/** The paint expression that keeps `base` for the step's incidents and dims the rest (clusters count as "the rest"). */
export function emphasis(base: unknown, ids: string[]): ExpressionSpecification {
  const about: ExpressionSpecification = ['in', ['coalesce', ['get', 'incidentId'], ''], ['literal', ids]];
  return ['*', (base ?? 1) as number, ['case', about, 1, DIMMED]] as ExpressionSpecification;
}

export function bindBriefing(map: MaplibreMap, store: AppStore): () => void {
  const original = new Map<string, unknown>();
  const key = (layer: string, prop: string) => `${layer}|${prop}`;
  const paint = (layer: string, prop: string, value: unknown) => {
    if (map.getLayer(layer)) map.setPaintProperty(layer, prop as never, value as never);
  };

  const emphasise = (ids: string[] | null) => {
    for (const [layer, prop] of DIMMABLE) {
      if (!map.getLayer(layer)) continue;
      const k = key(layer, prop);
      if (!original.has(k)) original.set(k, map.getPaintProperty(layer, prop as never));
      paint(layer, prop, ids ? emphasis(original.get(k), ids) : original.get(k));
    }
    if (!ids) original.clear();
  };

  const moveTo = () => {
    const step = selectPresentedStep(store.getState());
    emphasise(step ? stepIncidentIds(step) : null);
    const camera = step?.view.camera;
    if (!camera) return;
    const target = { center: [camera.lon, camera.lat] as [number, number], zoom: camera.zoom };
    if (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches) map.jumpTo(target);
    else map.flyTo({ ...target, duration: FLY_MS, essential: false });
  };

  const unsubscribe = store.subscribe((s) => s.presenting, moveTo, { fireImmediately: true });
  return () => {
    unsubscribe();
    emphasise(null);
  };
}
