/**
 * Map events → store actions. Clicks select an incident, expand a cluster, or list incidents
 * that share one coordinate; hovering shows a plain-text tooltip; moveend records the view.
 */
import * as maplibregl from 'maplibre-gl';
import type { GeoJSONSource, MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import type { AppStore } from '../store/appStore';
import { formatDayRange } from '../lib/days';
import { INTERACTIVE_LAYER_IDS, LAYER_IDS, SOURCE_IDS } from './layers/ids';

const HIT_PADDING_PX = 4;

/** `pickFallback` finds an incident where the native layers have none: the GPU layer while it shows the window. */
export function bindMapToStore(
  map: maplibregl.Map,
  store: AppStore,
  pickFallback: (point: maplibregl.Point) => string | null = () => null,
): () => void {
  const tooltip = new maplibregl.Popup({
    closeButton: false,
    closeOnClick: false,
    className: 'atlas-tooltip',
    offset: 12,
  });

  const hitsAt = (point: maplibregl.Point): MapGeoJSONFeature[] =>
    map.queryRenderedFeatures(
      [
        [point.x - HIT_PADDING_PX, point.y - HIT_PADDING_PX],
        [point.x + HIT_PADDING_PX, point.y + HIT_PADDING_PX],
      ],
      { layers: [...INTERACTIVE_LAYER_IDS] },
    );

  const onClick = async (event: MapMouseEvent) => {
    // The analysis tools, and placing a draft's pin, own clicks while they are on.
    if (store.getState().tool !== 'none' || store.getState().placingPin) return;
    const hits = hitsAt(event.point);
    const { selectIncident, showColocated } = store.getState();
    if (hits.length === 0) return selectIncident(pickFallback(event.point));
    const cluster = hits.find((f) => f.layer.id === LAYER_IDS.clusters);
    const points = hits.filter((f) => f.layer.id === LAYER_IDS.points);
    if (points.length === 0 && cluster) return expandCluster(cluster);
    const ids = [...new Set(points.map((f) => String(f.properties.incidentId)))];
    const sameSpot = new Set(points.map((f) => JSON.stringify((f.geometry as GeoJSON.Point).coordinates))).size === 1;
    if (ids.length > 1 && sameSpot) return showColocated(ids);
    selectIncident(ids[0]);
  };

  const expandCluster = async (cluster: MapGeoJSONFeature) => {
    const source = map.getSource(SOURCE_IDS.incidents) as GeoJSONSource;
    const clusterId = Number(cluster.properties.cluster_id);
    const leaves = (await source.getClusterLeaves(clusterId, 100, 0)) as GeoJSON.Feature[];
    const spots = new Set(leaves.map((leaf) => JSON.stringify((leaf.geometry as GeoJSON.Point).coordinates)));
    if (spots.size === 1)
      return store.getState().showColocated(leaves.map((leaf) => String(leaf.properties?.incidentId)));
    const zoom = await source.getClusterExpansionZoom(clusterId);
    map.easeTo({ center: (cluster.geometry as GeoJSON.Point).coordinates as [number, number], zoom: zoom + 0.5 });
  };

  const onMove = (event: MapMouseEvent) => {
    if (store.getState().tool !== 'none') return void tooltip.remove();
    const hit = hitsAt(event.point)[0];
    map.getCanvas().style.cursor = hit ? 'pointer' : '';
    const id = hit && hit.layer.id === LAYER_IDS.points ? String(hit.properties.incidentId) : null;
    if (id !== store.getState().hoveredId) store.getState().hoverIncident(id);
    if (!hit) return void tooltip.remove();
    const text = id ? tooltipText(store, id) : `${hit.properties.point_count} incidents — click to expand`;
    tooltip.setLngLat(event.lngLat).setText(text).addTo(map);
  };

  const onLeave = () => {
    tooltip.remove();
    store.getState().hoverIncident(null);
  };

  const onMoveEnd = () => {
    const b = map.getBounds();
    const c = map.getCenter();
    store.getState().setViewBounds([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], {
      zoom: map.getZoom(),
      lat: c.lat,
      lon: c.lng,
    });
  };

  const clickHandler = (e: MapMouseEvent) => void onClick(e);
  map.on('click', clickHandler);
  map.on('mousemove', onMove);
  map.on('mouseout', onLeave);
  map.on('moveend', onMoveEnd);
  onMoveEnd();
  return () => {
    map.off('click', clickHandler);
    map.off('mousemove', onMove);
    map.off('mouseout', onLeave);
    map.off('moveend', onMoveEnd);
    tooltip.remove();
  };
}

function tooltipText(store: AppStore, id: string): string {
  const incident = store.getState().incidents.find((i) => i.id === id);
  if (!incident) return '';
  return `${incident.feature.properties.title} · ${formatDayRange(incident.startDay, incident.endDay)}`;
}
