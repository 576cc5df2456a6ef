/**
 * The pin an analyst sets while placing a draft on the map (store field `placingPin`, set by the
 * review). A click puts the pin there; the pin can be dragged; either writes the point back to the
 * store, where the review reads it. The map only draws and moves the pin: what it means is the review's.
 */
import { Marker, type Map as MaplibreMap, type MapMouseEvent } from 'maplibre-gl';
import type { AppStore } from '../store/appStore';
import type { PinRequest } from '../store/authoringSlice';

function pinElement(): HTMLElement {
  const el = document.createElement('div');
  el.className = 'placing-pin';
  el.dataset.testid = 'placing-pin';
  el.setAttribute('aria-label', 'The point being placed (drag to move)');
  el.setAttribute('role', 'img');
  // Maplibre positions the element with its own transform; the pin's shape is drawn inside it.
  el.appendChild(document.createElement('span')).className = 'placing-pin-shape';
  return el;
}

export function bindPlacingPin(map: MaplibreMap, store: AppStore): () => void {
  let marker: Marker | null = null;

  const onClick = (e: MapMouseEvent) => {
    if (store.getState().placingPin) store.getState().movePin([e.lngLat.lng, e.lngLat.lat]);
  };

  const draw = (pin: PinRequest | null, previous: PinRequest | null) => {
    map.getCanvas().style.cursor = pin ? 'crosshair' : '';
    if (!pin?.lngLat) {
      marker?.remove();
      marker = null;
      return;
    }
    if (!marker) {
      marker = new Marker({ element: pinElement(), draggable: true, anchor: 'bottom' });
      marker.on('dragend', () => {
        const at = marker?.getLngLat();
        if (at) store.getState().movePin([at.lng, at.lat]);
      });
      marker.setLngLat(pin.lngLat).addTo(map);
    } else marker.setLngLat(pin.lngLat);
    // A new placing starts with the map on the draft's place, so the analyst sees where the pin is.
    if (!previous || previous.draftId !== pin.draftId)
      map.easeTo({ center: pin.lngLat, zoom: Math.max(map.getZoom(), 9) });
  };

  const unsubscribe = store.subscribe((s) => s.placingPin, draw, { fireImmediately: true });
  map.on('click', onClick);
  return () => {
    unsubscribe();
    map.off('click', onClick);
    marker?.remove();
  };
}
