/**
 * The peer variant of the benchmark: Leaflet + Leaflet.markercluster, as a user would otherwise
 * pick. The same land polygons (drawn on a canvas) and the same points; each tick clears the
 * cluster group and adds the window's markers with addLayers, then waits for the painted frame.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import type { SyntheticIncident } from '../src/data/synthetic';
import type { BenchScene } from './types';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

export async function createLeafletScene(container: HTMLElement, items: SyntheticIncident[]): Promise<BenchScene> {
  // The plugin extends the global L, as it does on any page that loads it with a script tag.
  (window as unknown as { L: typeof L }).L = L;
  await import('leaflet.markercluster');
  const renderer = L.canvas();
  const map = L.map(container, {
    center: [30, 25],
    zoom: 3,
    maxZoom: 18,
    preferCanvas: true,
    zoomAnimation: false,
    fadeAnimation: false,
    markerZoomAnimation: false,
    attributionControl: false,
  });
  const land = await (await fetch('/basemap/land.geojson')).json();
  L.geoJSON(land, { style: { color: '#a3acb6', weight: 0.5, fillColor: '#f6f4ef', fillOpacity: 1 } }).addTo(map);
  container.style.background = '#d9e2ea';
  const markers = items.map((s) =>
    L.circleMarker([s.lngLat[1], s.lngLat[0]], {
      renderer,
      radius: 3.5,
      weight: 1,
      color: '#fff',
      fillColor: '#882255',
      fillOpacity: 1,
    }),
  );
  const group = L.markerClusterGroup({ chunkedLoading: false, animate: false });
  group.addLayers(markers);
  map.addLayer(group);
  let drawn = markers.length;
  await frame();
  return {
    async apply(from, to) {
      group.clearLayers();
      const subset = markers.filter((_, i) => items[i].startDay <= to && items[i].endDay >= from);
      drawn = subset.length;
      group.addLayers(subset);
      await frame();
    },
    drawnCount: () => drawn,
    renderer: () => 'Leaflet canvas 2D (no WebGL)',
    // Leaflet picks through each marker's own click handler; its click latency is not measured.
    pickAt: () => null,
    samplePoints: () => [],
  };
}
