/**
 * The pin an analyst sets while placing a draft on the map (store field `placingPin`, set by the
 * review). A click puts the pin there; the pin can be dragged; either writes the point back to the
 * store, where the review reads it. The map only draws and moves the pin: what it means is the
 * review's. Drawn as a layer of its own (no DOM marker, so first paint carries no marker code).
 */
import type { GeoJSONSource, Map as MaplibreMap, MapLayerMouseEvent, MapMouseEvent } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { AppStore } from '../store/appStore';
import type { PinRequest } from '../store/authoringSlice';

export const PIN_SOURCE = 'placing-pin';
export const PIN_LAYER = 'placing-pin';

const pinData = (pin: PinRequest | null): FeatureCollection => ({
  type: 'FeatureCollection',
  features: pin?.lngLat
    ? [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: pin.lngLat } }]
    : [],
});

function ensureLayer(map: MaplibreMap): GeoJSONSource {
  if (!map.getSource(PIN_SOURCE)) map.addSource(PIN_SOURCE, { type: 'geojson', data: pinData(null) });
  if (!map.getLayer(PIN_LAYER))
    map.addLayer({
      id: PIN_LAYER,
      type: 'circle',
      source: PIN_SOURCE,
      paint: {
        'circle-radius': 9,
        'circle-color': '#d55e00',
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 3,
      },
    });
  return map.getSource(PIN_SOURCE) as GeoJSONSource;
}

export function bindPlacingPin(map: MaplibreMap, store: AppStore): () => void {
  let dragging = false;
  const placing = () => store.getState().placingPin !== null;
  const at = (e: MapMouseEvent): [number, number] => [e.lngLat.lng, e.lngLat.lat];

  const onClick = (e: MapMouseEvent) => {
    if (placing()) store.getState().movePin(at(e));
  };
  const onPinDown = (e: MapLayerMouseEvent) => {
    if (!placing()) return;
    e.preventDefault();
    dragging = true;
    map.getCanvas().style.cursor = 'grabbing';
  };
  const onMove = (e: MapMouseEvent) => {
    if (dragging) store.getState().movePin(at(e));
  };
  const onUp = () => {
    if (!dragging) return;
    dragging = false;
    map.getCanvas().style.cursor = placing() ? 'crosshair' : '';
  };

  let centredFor: string | null = null;
  const draw = (pin: PinRequest | null) => {
    map.getCanvas().style.cursor = pin ? 'crosshair' : '';
    if (!pin && !map.getSource(PIN_SOURCE)) return;
    ensureLayer(map).setData(pinData(pin));
    // A new placing starts with the map on the draft's place, so the analyst sees where the pin is.
    if (pin?.lngLat && centredFor !== pin.draftId) map.easeTo({ center: pin.lngLat, zoom: Math.max(map.getZoom(), 9) });
    centredFor = pin?.draftId ?? null;
  };

  const unsubscribe = store.subscribe((s) => s.placingPin, draw, { fireImmediately: true });
  map.on('click', onClick);
  map.on('mousedown', PIN_LAYER, onPinDown);
  map.on('mousemove', onMove);
  map.on('mouseup', onUp);
  return () => {
    unsubscribe();
    map.off('click', onClick);
    map.off('mousedown', PIN_LAYER, onPinDown);
    map.off('mousemove', onMove);
    map.off('mouseup', onUp);
  };
}
