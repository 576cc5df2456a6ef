/** Recolour the offline basemap and the incident layers when the theme changes; an online style's own layers are left as its author made them. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppStore } from '../store/appStore';
import { selectDarkTheme } from '../store/displaySlice';
import { BASEMAP_PALETTES, basemapPaint } from './basemapStyle';
import { incidentThemePaint } from './layers/incidentLayers';

export function bindThemeToMap(map: MapLibreMap, store: AppStore): () => void {
  return store.subscribe(
    selectDarkTheme,
    (dark) => {
      const paint = [
        ...basemapPaint(dark ? BASEMAP_PALETTES.dark : BASEMAP_PALETTES.light),
        ...incidentThemePaint(dark),
      ];
      for (const [layer, property, value] of paint) {
        if (map.getLayer(layer))
          map.setPaintProperty(
            layer,
            property as Parameters<MapLibreMap['setPaintProperty']>[1],
            value as Parameters<MapLibreMap['setPaintProperty']>[2],
          );
      }
    },
    { fireImmediately: true },
  );
}
