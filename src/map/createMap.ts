/** Create the map once, with controls; nothing else. */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { ATTRIBUTION, BASEMAP_PALETTES, offlineStyle } from './basemapStyle';

maplibregl.setWorkerUrl(workerUrl);

/** Where the app is served, as an absolute URL: Vite's base (e.g. /atlas/ from `vite build --base=/atlas/`) on this page's origin. */
export const appBaseUrl = (): string => new URL(import.meta.env.BASE_URL, window.location.href).href;

export function createMap(container: HTMLElement, onReset: () => void, dark: boolean): maplibregl.Map {
  const online = import.meta.env.VITE_BASEMAP_STYLE as string | undefined;
  const map = new maplibregl.Map({
    container,
    style: online || offlineStyle(appBaseUrl(), dark ? BASEMAP_PALETTES.dark : BASEMAP_PALETTES.light),
    center: [25, 30],
    zoom: 2.5,
    attributionControl: false,
    keyboard: true,
    dragRotate: false,
    pitchWithRotate: false,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(
    new maplibregl.AttributionControl({ customAttribution: online ? ATTRIBUTION : undefined }),
    'bottom-right',
  );
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ResetViewControl(onReset), 'top-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
  return map;
}

class ResetViewControl implements maplibregl.IControl {
  private container?: HTMLElement;
  constructor(private readonly onReset: () => void) {}
  onAdd(): HTMLElement {
    this.container = document.createElement('div');
    this.container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'atlas-reset-view';
    button.title = 'Reset view to all incidents';
    button.setAttribute('aria-label', 'Reset view to all incidents');
    button.textContent = '⤢';
    button.addEventListener('click', this.onReset);
    this.container.appendChild(button);
    return this.container;
  }
  onRemove(): void {
    this.container?.remove();
  }
}
